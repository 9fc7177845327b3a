import { describe, expect, it } from 'vitest';
import { illFormedTextAt } from '../../../electron/core/api/well-formed-text';

describe('illFormedTextAt', () => {
  it('passes well-formed text, emoji (a proper surrogate pair) included', () => {
    expect(illFormedTextAt({ text: 'x😀y', n: 1, none: null, list: ['Jawaban', 'ĀāḐ'] })).toBeNull();
    expect(illFormedTextAt('\uD83D\uDE00')).toBeNull();
  });

  it('names the first field holding a lone high or low surrogate, also in arrays and keys', () => {
    expect(illFormedTextAt({ itemId: 'a', text: 'x\uD800y' })).toBe('text');
    expect(illFormedTextAt({ text: 'x\uDC00' })).toBe('text');
    expect(illFormedTextAt({ text: '\uDE00\uD83D' })).toBe('text');
    expect(illFormedTextAt({ rows: [{ name: 'ok' }, { name: 'ok' }, { name: '\uD800' }] })).toBe('rows.2.name');
    expect(illFormedTextAt({ a: '\uD800', b: '\uD800' })).toBe('a');
    expect(illFormedTextAt({ scores: { ['k\uD800']: 1 } })).toBe('scores.(key)');
    expect(illFormedTextAt('\uD800')).toBe('(root)');
  });

  it('walks a deeply nested argument without overflowing the stack', () => {
    let deep: unknown = 'x\uD800';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const started = Date.now();
    expect(illFormedTextAt(deep)).toBe('0.'.repeat(100));
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
