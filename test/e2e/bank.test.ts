import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxTable } from '../../electron/core/bank-import/templates/docx-writer';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { png } from '../support/png';
import { demo } from '../support/core';
import { launchChromium, openStaffPage, screenshot, watchPage } from './support/browser';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';
import { releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';

/**
 * Issue 15's closing story in Chromium, once per language, on the demo LSP: the admin opens the question
 * bank from the home, picks the scheme, imports a Word table (one question mapped by its own Unit/KUK
 * columns with a picture in its stem, one without KUK mapped here to one KUK, one refused with its row and
 * reason) and a GIFT file (a $CATEGORY, a true/false, a matching question refused), maps the GIFT file to
 * one unit, approves, finds the questions approved in the list with the picture in the CBT preview, and
 * sees the coverage view list them under their KUK.
 */

const UNIT_A = 'J.620100.004.02';
const UNIT_B = 'J.620100.005.02';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  browser = await launchChromium();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-e2e-bank-'));
});

afterAll(async () => {
  await browser?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});


/** The layout Indonesian CBT users know, with our Unit and KUK columns. */
function docxFile(tag: string): string {
  const header = ['NO', 'SOAL', 'JAWABAN A', 'JAWABAN B', 'JAWABAN C', 'JAWABAN D', 'JAWABAN E', 'JAWABAN BENAR', 'UNIT', 'KUK'];
  const file = path.join(folder, `soal-${tag}.docx`);
  fs.writeFileSync(
    file,
    docxTable({
      title: 'Bank soal Junior Web Programmer',
      notes: [],
      header,
      widths: header.map(() => 1),
      rows: [
        ['1', { text: `Perhatikan gambar topologi berikut (${tag}). Topologi apakah ini?`, images: [{ bytes: png(40, 24, { rgb: [30, 100, 160] }), extension: 'png' }] }, 'Bintang', 'Cincin', 'Bus', 'Mesh', '', 'A', UNIT_A, '1.1'],
        ['2', `Tipe data untuk bilangan bulat adalah (${tag})`, 'float', 'int', 'string', 'boolean', '', 'B', '', ''],
        ['3', `Soal dengan kunci yang tidak ada (${tag})`, 'ya', 'tidak', '', '', '', 'E', UNIT_A, '1.1'],
      ],
    }),
  );
  return file;
}

function giftFile(tag: string): string {
  const file = path.join(folder, `soal-${tag}.gift`);
  fs.writeFileSync(
    file,
    [
      '$CATEGORY: Jaringan',
      '',
      `::G1:: Perangkat yang meneruskan paket antar jaringan (${tag}) {`,
      '=Router',
      '~Switch',
      '~Hub',
      '~Repeater',
      '}',
      '',
      `::G2:: HTTP berjalan di atas TCP (${tag}). {TRUE}`,
      '',
      `::G3:: Pasangkan protokol dengan port (${tag}) {`,
      '=HTTP -> 80',
      '=SSH -> 22',
      '=DNS -> 53',
      '}',
      '',
    ].join('\n'),
  );
  return file;
}

async function shot(page: Page, name: string) {
  await screenshot(page, name);
}

async function checkFile(page: Page, file: string) {
  await page.getByTestId('bank-import-file').setInputFiles(file);
  await page.getByTestId('bank-import-check').click();
  await page.getByTestId('bank-import-counts').waitFor();
}

const count = async (page: Page, key: string) => (await page.getByTestId(`bank-import-count-${key}`).locator('dd').textContent())?.trim();

for (const language of ['id', 'en'] as const) {
  const T = language === 'id' ? id : en;

  describe(`the question bank from Word and GIFT files (${language})`, () => {
    let room: Room;
    beforeAll(async () => {
      room = await startRoom();
    });
    afterAll(() => room?.stop());

    it('imports a .docx and a GIFT file, maps them to KUK, approves, and sees them in the list, the preview and the coverage view', async () => {
      const { page, problems } = await openStaffPage(browser, room, 'admin', 'admin123!');
      if (language === 'en') {
        await page.getByTestId('lang-en').click();
        await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      }
      await page.getByTestId('link-bank').click();
      const picker = page.getByTestId('bank-scheme');
      const schemeId = (await picker.locator('option').nth(1).getAttribute('value')) ?? '';
      await picker.selectOption(schemeId);
      await page.getByTestId('bank-table').waitFor();
      await page.getByTestId('bank-import').click();

      // The Word table: the picture question mapped by the file's own columns, one to map here, one refused by its row.
      await checkFile(page, docxFile(language));
      expect(await page.getByTestId('bank-import-read').textContent()).toContain(T.bankScreens.import.sourceTypes.docx);
      expect(await count(page, 'add')).toBe('2');
      expect(await count(page, 'refused')).toBe('1');
      expect(await count(page, 'unmapped')).toBe('1');
      const refusal = page.getByTestId('bank-import-refusal');
      expect(await refusal.getAttribute('data-code')).toBe('BANK_KEY_NOT_AN_OPTION');
      expect(await refusal.locator('th').textContent()).toBe(T.bankScreens.import.at.tableRow.replace('{{row}}', '3'));
      expect(await refusal.getByTestId('bank-import-refusal-reason').textContent()).not.toBe('');
      const questions = page.getByTestId('bank-import-question');
      expect(await questions.nth(0).getAttribute('data-mapped')).toBe('true');
      expect(await questions.nth(0).getByTestId('bank-import-mapping').textContent()).toContain(`${UNIT_A} 1.1`);
      await shot(page, `bank-${language}-import-docx`);
      await questions.nth(1).getByTestId('bank-import-map').click();
      const editor = page.getByTestId('bank-import-mapping-editor');
      await editor.getByTestId('kuk-filter').fill(`${UNIT_A} 1.2`);
      await expect.poll(() => editor.getByTestId('kuk-option').count()).toBe(1);
      await editor.getByTestId('kuk-option').check();
      await editor.getByTestId('bank-import-map-save').click();
      await expect.poll(() => questions.nth(1).getAttribute('data-mapped')).toBe('true');
      expect(await questions.nth(1).getByTestId('bank-import-mapping').textContent()).toContain(`${UNIT_A} 1.2`);
      expect(await count(page, 'approvable')).toBe('2');
      await page.getByTestId('bank-import-apply').click();
      const done = page.getByTestId('bank-import-done');
      await done.waitFor();
      expect(await done.textContent()).toContain(T.bankScreens.import.applied.replace('{{added}}', '2').replace('{{approved}}', '2').replace('{{unchanged}}', '0').replace('{{refused}}', '1'));

      // The GIFT file: a matching question refused, the rest mapped to one unit as a whole.
      await page.getByTestId('bank-import-discard').click();
      await checkFile(page, giftFile(language));
      expect(await page.getByTestId('bank-import-read').textContent()).toContain('GIFT');
      expect(await page.getByTestId('bank-import-refusal').getAttribute('data-code')).toBe('BANK_MATCHING');
      expect(await page.getByTestId('bank-import-refusal-reason').textContent()).toBe(T.bankSource.reasons.BANK_MATCHING);
      expect(await count(page, 'add')).toBe('2');
      expect(await count(page, 'unmapped')).toBe('2');
      // True/false became a two-option multiple choice, and the preview says so.
      expect(await questions.nth(1).getByTestId('bank-import-notes').textContent()).toContain(T.bankSource.notes.BANK_TRUE_FALSE.slice(0, 20));
      const unitId = await page.getByTestId('bank-import-unit').locator('option', { hasText: UNIT_B }).getAttribute('value');
      await page.getByTestId('bank-import-unit').selectOption(unitId ?? '');
      await page.getByTestId('bank-import-map-unit').click();
      await expect.poll(() => count(page, 'unmapped')).toBe('0');
      expect(await questions.nth(0).getByTestId('bank-import-mapping').textContent()).toContain(T.bankScreens.import.mappedBy.unit);
      await shot(page, `bank-${language}-import-gift`);
      await page.getByTestId('bank-import-apply').click();
      await done.waitFor();
      expect(await done.textContent()).toContain(T.bankScreens.import.applied.replace('{{added}}', '2').replace('{{approved}}', '2').replace('{{unchanged}}', '0').replace('{{refused}}', '1'));

      // The list: the imported questions, approved; the picture question's preview is the CBT's with its image.
      await page.getByTestId('bank-import-open-bank').click();
      await page.getByTestId('list-search').fill(`(${language})`);
      await expect.poll(() => page.getByTestId('bank-row').count()).toBe(4);
      expect(await page.locator('[data-testid="bank-row"][data-status="approved"]').count()).toBe(4);
      await shot(page, `bank-${language}-list`);
      await page.getByTestId('bank-row').filter({ hasText: 'Perhatikan gambar topologi' }).locator('a').click();
      const preview = page.getByTestId('bank-preview');
      await preview.getByTestId('cbt-question').waitFor();
      await preview.getByTestId('question-image').locator('img').waitFor();
      expect(await preview.getByTestId('cbt-option').count()).toBe(4);
      expect(await page.getByTestId('stamp-approved').textContent()).toContain('Rina Kartikasari');
      await shot(page, `bank-${language}-item`);
      const ref = (await page.getByTestId('bank-item-screen').locator('.page-title__heading').textContent())?.trim() ?? '';

      // Coverage: the question sits under its KUK, which now has written evidence.
      await page.getByTestId('bank-nav-coverage').click();
      await page.getByTestId('coverage-summary').waitFor();
      const kukRow = page.getByTestId('coverage-kuk').filter({ has: page.getByRole('link', { name: ref, exact: true }) });
      expect(await kukRow.count()).toBe(1);
      expect(await kukRow.getAttribute('data-flagged')).toBe('false');
      expect(await kukRow.locator('th').textContent()).toContain('1.1');
      await shot(page, `bank-${language}-coverage`);
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it('shows the imported picture question to a candidate of the scheme’s session, with its zoom', async () => {
      // The demo session takes every approved question of its scheme version, so the import is on the paper.
      const { token } = await releaseToken(room);
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
      const page = await context.newPage();
      const { problems } = watchPage(page, room.origin);
      await page.goto(room.url);
      await page.getByTestId('signin-form').waitFor();
      await signInCandidate(page, demo.people.candidates[0], token.toLowerCase());
      await acceptAndStart(page);
      const cells = page.getByTestId('cbt-grid-cell');
      const total = await cells.count();
      let found = -1;
      for (let i = 0; i < total && found < 0; i++) {
        await cells.nth(i).click();
        await expect.poll(() => page.getByTestId('cbt-question').getAttribute('data-number')).toBe(String(i + 1));
        if ((await page.getByTestId('cbt-prompt').textContent())?.includes(`Perhatikan gambar topologi berikut (${language})`)) found = i;
      }
      expect(found).toBeGreaterThanOrEqual(0);
      const image = page.getByTestId('cbt-stem-images').getByTestId('question-image');
      await image.locator('img').waitFor();
      await image.click();
      await page.getByTestId('image-zoom').waitFor();
      await screenshot(page, `bank-${language}-candidate-zoom`);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('image-zoom').count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
