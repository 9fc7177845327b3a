import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/controls.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rule = (selector: string) => {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[},])\\s*${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(css)?.[1] ?? '';
};

/**
 * The pleno's certificate issue date stretched across its form, about 650 px at 1024 px, for ten
 * characters. A jsdom test sees no layout: this is the rule that keeps a day's box as wide as a day
 * (the panel's input carries the class: test/renderer/screens/certificates/pleno-panel.test.tsx).
 */
describe('a day field', () => {
  it('is no wider than a date', () => {
    expect(rule('.field__input--day')).toMatch(/max-width:\s*12rem/);
  });
});
