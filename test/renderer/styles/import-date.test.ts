import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/registry.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * The import preview's dates ("17 Agu 1995" over the file's "17 Agustus 1995") broke after the day in a
 * narrow column, reading as two values (a jsdom test sees no layout; checked with a Chromium screenshot).
 */
describe('a date in the import preview', () => {
  it('stays on one line', () => {
    expect(/\.import-table\s+\.import-table__date\s*\{([^}]*)\}/.exec(css)?.[1] ?? '').toMatch(/white-space:\s*nowrap/);
  });
});
