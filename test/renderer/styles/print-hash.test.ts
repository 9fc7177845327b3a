import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/print.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rule = (selector: string) => new RegExp(`${selector.replace(/\./g, '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

/**
 * The berita acara's audit seal printed its hash in groups of 8 to compare by eye, but broke a group across two
 * lines ("ca5ed5e" / "1"): break-all broke at any letter though the groups have spaces between them (a jsdom test
 * sees no layout; checked in Chromium's PDF when written).
 */
describe('hashes and numbers on paper', () => {
  it('wrap between their groups, and inside one only when a group alone is wider than the column', () => {
    expect(rule('.print-mono')).not.toMatch(/word-break:\s*break-all/);
    expect(rule('.print-mono')).toMatch(/overflow-wrap:\s*anywhere/);
  });
});
