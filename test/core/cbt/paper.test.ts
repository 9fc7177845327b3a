import { describe, expect, it } from 'vitest';
import { itemOrderOf } from '../../../electron/core/cbt/paper';

describe('itemOrderOf', () => {
  it('reads an order once and hands back the same frozen ids for the same text; other text is read afresh', () => {
    const first = itemOrderOf({ itemOrder: JSON.stringify(['q2', 'q1', 'q3']) });
    expect(first).toEqual(['q2', 'q1', 'q3']);
    // A new string with the same text, as every query returns: no second parse.
    expect(itemOrderOf({ itemOrder: JSON.stringify(['q2', 'q1', 'q3']) })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // The same attempt's order replaced by a bundle import reads as its new text says.
    expect(itemOrderOf({ itemOrder: JSON.stringify(['q3', 'q2', 'q1']) })).toEqual(['q3', 'q2', 'q1']);
    // Anything that is not a list of ids reads as an empty paper, not an error.
    expect(itemOrderOf({ itemOrder: JSON.stringify({ q1: true }) })).toEqual([]);
    expect(itemOrderOf({ itemOrder: JSON.stringify(['q1', 7, null]) })).toEqual(['q1']);
  });
});
