import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/controls.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * The LSP home's key-backup warning sat flush against the panel under it (a jsdom test sees no layout;
 * checked with a Chromium screenshot of a new office's home when written).
 */
describe('a notice between panels', () => {
  it('keeps the panel after it at the panels\' own distance', () => {
    expect(/\.notice\s*\+\s*\.panel\s*\{([^}]*)\}/.exec(css)?.[1] ?? '').toMatch(/margin-top:\s*var\(--space-5\)/);
  });
});
