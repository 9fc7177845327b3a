import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../support/source-files';

export const PDFS = path.join(ROOT, 'test-results', 'pdf');

/** The page as Chromium prints it (A4, print CSS), kept under test-results, and its text as pdftotext reads it. */
export async function pdfText(page: Page, name: string): Promise<string> {
  fs.mkdirSync(PDFS, { recursive: true });
  const file = path.join(PDFS, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  // -layout keeps table rows on one line, so a row's cells can be checked together.
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
