import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/proctor.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rule = (selector: string) => {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?:^|[},])\\s*(?:[^{}]*,\\s*)?${escaped}\\s*(?:,[^{}]*)?\\{([^}]*)\\}`, 'm').exec(css)?.[1] ?? '';
};

/**
 * At 1024x768 (a TUK's laptop) the proctor's board scrolled sideways and its last column, window switches,
 * was cut off: nowrap headers, "Sudah mengumpulkan" on one line and a 190px actions menu made the table
 * wider than its box. A jsdom test sees no layout; these are the rules that keep it inside (checked with a
 * Chromium screenshot at 1024x768 when they were written).
 */
describe('the proctor status board at 1024 px', () => {
  it('lets its headers, the submitted note and the actions cell wrap', () => {
    for (const selector of ['.table.board thead th', '.board .conn--none', '.table.board .actions']) {
      expect(rule(selector), selector).toMatch(/white-space:\s*normal/);
    }
  });

  it('uses tighter cells and a narrower actions menu than other tables', () => {
    expect(rule('.table.board td')).toMatch(/padding-left:\s*var\(--space-2\)/);
    expect(rule('.board .row-actions__list')).toMatch(/min-width:\s*0/);
  });
});
