import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const rule = (file: string, selector: RegExp) => {
  const css = readFileSync(`renderer/src/styles/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
};

/**
 * An option may hold several lines: typed in the bank's option field (a textarea), a Word cell of several
 * paragraphs, Moodle's <br>. The stem kept its lines (pre-wrap) but an option ran them together, so code
 * over three lines ("for (…) {", "echo i;", "}") reached the candidate, and the bank's preview, as one.
 */
describe('a multiple-choice option of several lines', () => {
  it('keeps its line breaks on the test screen and the bank preview (the CBT option)', () => {
    expect(rule('cbt.css', /\.option__text/)).toMatch(/white-space:\s*pre-wrap/);
  });

  it('keeps them in the import preview, where the options are read before applying', () => {
    expect(rule('bank.css', /\.bank-import-options li/)).toMatch(/white-space:\s*pre-wrap/);
  });
});
