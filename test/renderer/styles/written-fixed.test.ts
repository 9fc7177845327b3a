import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/scheduling.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rule = (selector: RegExp) => new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

/**
 * A fixed written test lists each approved question as a choice: its code, then its stem. The label is a
 * flex box, so beside a stem of two lines the code shrank and broke as "PG-" over "05" (walk at 1280x720).
 */
describe('the fixed written test list', () => {
  it('keeps a question code on one line beside a long stem', () => {
    expect(rule(/\.written__fixed \.mono/)).toMatch(/flex:\s*none/);
  });
});
