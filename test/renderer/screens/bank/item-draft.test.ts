import { describe, expect, it } from 'vitest';
import { draftOf, inputOf } from '../../../../renderer/src/screens/bank/item-draft';
import { item } from './support';

describe('draftOf', () => {
  it('reopens a multiple-choice draft saved without options with the blank rows A–D of a new one, which save back as no options', () => {
    const saved = item({ options: [] });
    const draft = draftOf(saved);
    expect(draft.options).toEqual(draftOf(null).options);
    expect(draft.options).toHaveLength(4);
    expect(inputOf(draft).options).toEqual([]);
  });

  it('keeps the options a saved question has, and none for an essay', () => {
    expect(draftOf(item()).options.map((o) => o.id)).toEqual(['float', 'int', 'string']);
    expect(draftOf(item({ kind: 'essay', options: [] })).options).toEqual([]);
  });
});
