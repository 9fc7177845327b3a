import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/db/open';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { staff } from '../support/core';
import { seedSignedPleno, seededNik, setSchemePolicy } from '../support/pleno-rows';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { callApi } from './support/exam-api';
import { startRoom, type Room } from './support/room';

/**
 * The certificate screens in Chromium at 1366×768, once per language: a signed pleno's certificates
 * (seeded rows, issued through the API as the pleno page's button does) in the register, found by NIK,
 * one opened by its name and given a blanko number, the numbering settings' live example, and blanko
 * numbers imported from a sheet by NIK. The pleno story itself is test/e2e/pleno.test.ts.
 */

let room: Room;
let browser: Browser;
let folder: string;
const CANDIDATES = 12;
/** The LSP's own scheme, which the numbering example is made from. */
let schemeCode = '';
/** The last certificate, whose holder's birth place was corrected after it was issued: its page asks for a reprint. */
let correctedId = '';

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-e2e-cert-'));
  const db = new Database(path.join(room.dataDir, DB_FILE_NAME));
  let plenoId: string;
  try {
    db.pragma('busy_timeout = 5000');
    setSchemePolicy(db, '85499');
    plenoId = seedSignedPleno(db, { candidates: CANDIDATES, tag: 'E2E' }).plenoId;
  } finally {
    db.close();
  }
  const { token } = await callApi(room, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password });
  const issued = await callApi(room, 'certificates/issue', { plenoId, issuedOn: '2026-11-12' }, token);
  schemeCode = (await callApi(room, 'schemes/list', { active: true, limit: 1 }, token)).rows[0].code;
  expect(issued.issued).toHaveLength(CANDIDATES);
  correctedId = issued.issued[CANDIDATES - 1].certificateId;
  const after = new Database(path.join(room.dataDir, DB_FILE_NAME));
  try {
    after.pragma('busy_timeout = 5000');
    after.prepare("UPDATE candidate SET birth_place = 'Bandung' WHERE id = (SELECT candidate_id FROM certificate WHERE id = ?)").run(correctedId);
  } finally {
    after.close();
  }
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** Blanko numbers by NIK, as BNSP's list comes back; `tag` keeps each language's numbers apart. */
async function blankoFile(tag: string, indexes: number[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blanko');
  sheet.addRow(['NIK', 'Nomor Blanko']);
  for (const i of indexes) sheet.addRow([seededNik('E2E', i), `BLK-${tag}-${i}`]);
  sheet.addRow(['3201999999999999', `BLK-${tag}-X`]);
  sheet.getColumn(1).numFmt = '@';
  const file = path.join(folder, `blanko-${tag}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe.each([
  // Each language works on its own certificates: the first run's blanko numbers stay set.
  { language: 'id', t: id, base: 0 },
  { language: 'en', t: en, base: 4 },
] as const)('certificate screens ($language)', ({ language, t, base }) => {
  it('register, a certificate, numbering and the blanko import at 1366×768', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: language === 'id' ? 'id-ID' : 'en-US' });
    const page = await context.newPage();
    const { problems } = watchPage(page, room.origin);
    await page.goto(room.url);
    await page.evaluate((lang) => localStorage.setItem('ruang-uji.language', lang), language);
    await page.reload();
    await page.getByTestId('signin-mode-staff').click();
    await page.getByTestId('signin-username').fill(staff.admin.username);
    await page.getByTestId('signin-password').fill(staff.admin.password);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('app-header').waitFor();

    // From the home's link to the register: every certificate, and nothing wider than the screen.
    await page.getByTestId('link-certificates-register').click();
    await page.getByTestId('certificates-table').waitFor();
    expect(await page.getByTestId('certificate-row').count()).toBe(CANDIDATES);
    const widths = await page.evaluate(() => {
      const wrap = document.querySelector('[data-testid="certificates-table"]')?.parentElement;
      return { page: document.documentElement.scrollWidth, wrap: wrap ? wrap.scrollWidth - wrap.clientWidth : -1 };
    });
    expect(widths).toEqual({ page: 1366, wrap: 0 });
    await screenshot(page, `certificates-register-${language}`);

    await page.getByTestId('list-search').fill(seededNik('E2E', base + 3));
    await expect.poll(() => page.getByTestId('certificate-row').count()).toBe(1);
    await page.getByTestId('certificate-row').getByRole('link').click();
    await page.getByTestId('certificate-facts').waitFor();
    expect(await page.getByTestId('certificate-facts').innerText()).toContain(seededNik('E2E', base + 3));
    await page.getByTestId('field-blankoNumber').fill(`BLK-${language}-hand`);
    await page.getByTestId('record-save').click();
    expect(await page.getByTestId('record-saved').innerText()).toBe(t.certificateScreens.detail.blankoSaved);

    await page.getByTestId('certificates-nav-settings').click();
    await page.getByTestId('numbering-form').waitFor();
    await page.getByTestId('field-numberPattern').fill('SERT/{scheme}/{counter:4}/{year}');
    // The example is made from this LSP's own scheme (the 123rd certificate of the sample year), once its
    // schemes have loaded: until then it shows a placeholder code (a loaded CI machine saw that first).
    await expect.poll(() => page.getByTestId('numbering-form').innerText()).toContain(`SERT/${schemeCode}/0123/2026`);
    await screenshot(page, `certificates-numbering-${language}`);

    await page.getByTestId('certificates-nav-blanko').click();
    await page.getByTestId('import-file').setInputFiles(await blankoFile(language, [base, base + 1, base + 2]));
    await page.getByTestId('import-check').click();
    expect(await page.getByTestId('import-count-set').innerText()).toContain('3');
    expect(await page.getByTestId('import-reason').innerText()).toBe(t.certificates.blanko.nik_unknown);
    await screenshot(page, `certificates-blanko-${language}`);
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-done').waitFor();

    await page.getByTestId('certificates-nav-register').click();
    await page.getByTestId('list-search').fill(seededNik('E2E', base + 1));
    await expect.poll(() => page.getByTestId('certificate-row').innerText()).toContain(`BLK-${language}-${base + 1}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});

it("sets the certificate page's reprint notice apart from the facts under it, as the page's other parts are", async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const { problems } = watchPage(page, room.origin);
  await page.goto(room.url);
  await page.getByTestId('signin-mode-staff').click();
  await page.getByTestId('signin-username').fill(staff.admin.username);
  await page.getByTestId('signin-password').fill(staff.admin.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('app-header').waitFor();
  await page.goto(`${room.url}#/certificates/${correctedId}`);
  await page.getByTestId('certificate-holder-changed').waitFor();
  await screenshot(page, 'certificate-holder-changed-id');
  // It sat against them (0 px), where the print button under them keeps 16 px (--space-4).
  const gap = await page.evaluate(() => {
    const notice = document.querySelector('[data-testid="certificate-holder-changed"]')!.getBoundingClientRect();
    const facts = document.querySelector('[data-testid="certificate-facts"]')!.getBoundingClientRect();
    return Math.round(facts.top - notice.bottom);
  });
  expect(gap).toBe(16);
  expect(problems).toEqual([]);
  await context.close();
});
