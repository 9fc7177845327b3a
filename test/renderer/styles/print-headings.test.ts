import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/print.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rule = (selector: string) => new RegExp(`${selector.replace(/\./g, '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

/**
 * The pleno's minutes printed "Tanda tangan" as the last line of a sheet and the signature table alone on the
 * next (a jsdom test sees no layout; checked in Chromium's PDF when written): a form's section heading stays with
 * what it heads.
 */
describe("a printed form's section headings", () => {
  it.each(['.print-form__section', '.print-subtitle'])('are never the last line of a sheet (%s)', (selector) => {
    expect(rule(selector)).toMatch(/break-after:\s*avoid/);
  });
});
