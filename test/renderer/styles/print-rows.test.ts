import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('renderer/src/styles/print.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * The berita acara's proctor actions split a row over two sheets (the reason "Waktu habis, peserta" on one,
 * "meninggalkan ruang" under the repeated header on the next), so the row's time, name and proctor stood apart
 * from half its reason (a jsdom test sees no layout; checked in Chromium's PDF when written).
 */
describe("a printed table's rows", () => {
  it('are kept whole on one sheet', () => {
    expect(/\.print-table tr\s*\{([^}]*)\}/.exec(css)?.[1] ?? '').toMatch(/break-inside:\s*avoid/);
  });
});
