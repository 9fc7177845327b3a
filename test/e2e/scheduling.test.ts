import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { staff } from '../support/core';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
import { callApi } from './support/exam-api';
import { pdfText } from './support/pdf';
import { startRoom, type Room } from './support/room';

/**
 * Issue 16's story in Chromium, once per language, on the demo's LSP: an LSP admin imports three new
 * candidates from a spreadsheet (the registry's import) and takes them through FR.APL.01 (evidence,
 * verification) and FR.APL.02 (staff entry from paper); the assessor reviews the first from their home's
 * review queue (the others through the API); both forms of the first print as the BNSP forms (checked in
 * pdftotext's text); the admin plans a session with them, sees a second session with the same assessor at
 * an overlapping time refused beside the assessor, and assembles a written test drawn per unit, per candidate.
 */

let room: Room;
let browser: Browser;
let admin = '';
let assessorToken = '';
let schemeId = '';
let tukId = '';
let sheets = '';

beforeAll(async () => {
  room = await startRoom();
  sheets = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-e2e-scheduling-'));
  browser = await launchChromium();
  admin = (await callApi(room, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password })).token;
  assessorToken = (await callApi(room, 'auth/signIn', { username: staff.assessor1.username, password: staff.assessor1.password })).token;
  schemeId = (await callApi(room, 'schemes/list', { active: true }, admin)).rows[0].id;
  tukId = (await callApi(room, 'tuks/list', { active: true }, admin)).rows[0].id;
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
  if (sheets) fs.rmSync(sheets, { recursive: true, force: true });
});

const LANGUAGES = [
  { lang: 'id', texts: id, day: 30, prefix: 'Jadwal' },
  { lang: 'en', texts: en, day: 31, prefix: 'Sched' },
] as const;

/** A day ahead on this machine's clock, as the room server reads it (the rules refuse a start in the past). */
function dayAhead(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 32 73 01 (Bandung), born 17-08-1995, then the serial. */
const nik = (serial: number) => `3273011708950${String(serial).padStart(3, '0')}`;

/** The LSP's candidate sheet for a run: a header row, three candidates, NIK typed as text. */
async function candidatesSheet(lang: string, prefix: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Peserta');
  sheet.addRow(['No', 'Nama Lengkap', 'NIK', 'Tempat Lahir', 'Tanggal Lahir', 'L/P', 'Kode Provinsi', 'Institusi']);
  for (let i = 1; i <= 3; i++) sheet.addRow([i, `${prefix} Peserta ${i}`, nik((lang === 'id' ? 100 : 200) + i), 'Bandung', '17/08/1995', 'L', '32', 'SMK Negeri 1 Bandung']);
  const file = path.join(sheets, `peserta-${lang}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function goTo(page: Page, hash: string, testId: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId(testId).first().waitFor();
}

async function language(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

const aplHash = (candidateId: string) => `#/apl/${candidateId}~${schemeId}`;

describe.each(LANGUAGES)('scheduling in $lang', ({ lang, texts, day, prefix }) => {
  it('three candidates imported, their APL.01 and APL.02 entered and printed, a session planned, a double-booking refused, a drawn test', { timeout: 240_000 }, async () => {
    const { page, problems } = await openStaffPage(browser, room, staff.admin.username, staff.admin.password);
    await page.getByTestId('home-lsp_admin').waitFor();
    await language(page, lang);

    // Three candidates imported from the LSP's spreadsheet, as staff would: the registry's import, previewed then applied.
    await goTo(page, '#/candidates', 'candidates-import');
    await page.getByTestId('candidates-import').click();
    await page.getByTestId('import-file').setInputFiles(await candidatesSheet(lang, prefix));
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-counts').waitFor();
    expect(await page.getByTestId('import-count-add').locator('dd').textContent()).toBe('3');
    expect(await page.getByTestId('import-count-refused').locator('dd').textContent()).toBe('0');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-done').waitFor();
    const candidates = (await callApi(room, 'candidates/list', { search: prefix }, admin)).rows;
    expect(candidates.map((c) => c.name)).toEqual([1, 2, 3].map((i) => `${prefix} Peserta ${i}`));

    // FR.APL.01 and FR.APL.02 of each, from the candidate's page, as staff copy the paper forms.
    for (const candidate of candidates) {
      await goTo(page, `#/candidates/${candidate.id}`, 'candidate-screen');
      await page.getByTestId('candidate-apl-open').click();
      const apl01 = page.getByTestId('apl01-form');
      await apl01.waitFor();
      await expect.poll(() => page.getByTestId('gate-apl01_missing').textContent()).toBe(texts.schedulingScreens.gate.apl01_missing);
      await page.getByTestId('evidence-0-description').fill('Ijazah SMK');
      await page.getByTestId('evidence-add-administrative').click();
      await page.getByTestId('evidence-1-description').fill('KTP');
      await apl01.getByTestId('record-save').click();
      const verify = page.getByTestId('apl01-verify');
      await verify.waitFor();
      await verify.getByTestId('record-save').click();
      await page.getByTestId('gate-apl02_missing').waitFor();
      await expect.poll(() => page.getByTestId('gate-apl01_unverified').count()).toBe(0);
      await page.getByTestId('apl02-all-k').click();
      await page.getByTestId('apl02-form').getByTestId('record-save').click();
      await expect.poll(() => page.getByTestId('gate-apl02_unreviewed').textContent()).toBe(texts.schedulingScreens.gate.apl02_unreviewed);
    }

    // The assessor reviews the first on their own screen, the others through the API.
    const reviewer = await openStaffPage(browser, room, staff.assessor1.username, staff.assessor1.password);
    await reviewer.page.getByTestId('home-assessor').waitFor();
    await language(reviewer.page, lang);
    // Their home lists the forms waiting for them; the first candidate's link opens the review.
    await reviewer.page.getByTestId('apl-review-row').filter({ hasText: candidates[0].name }).getByRole('link').click();
    await reviewer.page.getByTestId('apl02-review-form').waitFor();
    expect(reviewer.page.url()).toContain(aplHash(candidates[0].id));
    await reviewer.page.getByTestId('apl02-review-form').getByTestId('record-save').click();
    await expect.poll(() => reviewer.page.getByTestId('apl02-review-state').textContent()).toContain(texts.schedulingScreens.apl02.proceed);
    await reviewer.page.context().close();
    for (const candidate of candidates.slice(1)) {
      await callApi(room, 'apl/reviewSelfAssessment', { candidateId: candidate.id, schemeId, recommendation: 'proceed', note: null }, assessorToken);
    }

    // The first candidate's FR.APL.01 and FR.APL.02 print as the BNSP forms, in the run's language: staff
    // verified APL.01 and the assessor reviewed APL.02 electronically; the candidate signs both on paper.
    await goTo(page, aplHash(candidates[0].id), 'apl-screen');
    const printed = async (form: 'apl01' | 'apl02') => {
      await page.getByTestId(`print-${form}-open`).click();
      await page.getByTestId(`print-${form}`).waitFor();
      await page.getByTestId('print-language').selectOption(lang);
      await expect.poll(() => page.getByTestId('print-view').getAttribute('lang')).toBe(lang);
      expect(await page.getByTestId(form === 'apl01' ? 'signature-applicant' : 'signature-candidate').getAttribute('data-how')).toBe('wet');
      await screenshot(page, `scheduling-print-${form}-${lang}`);
      // pdftotext -layout sets table cells side by side: compare words, whatever the line breaks.
      const text = (await pdfText(page, `scheduling-${form}-${lang}`)).replace(/\s+/g, ' ');
      await page.getByTestId('print-close').click();
      return text;
    };
    const words = (template: string) => template.split('{{')[0].trim();
    const apl01 = await printed('apl01');
    for (const expected of ['FR.APL.01', texts.aplPrint.titleApl01.toUpperCase(), candidates[0].name, candidates[0].nik, 'Ijazah SMK', 'KTP', texts.aplPrint.accepted]) {
      expect(apl01).toContain(expected);
    }
    expect(apl01).toContain(words(texts.aplPrint.verifiedOn));
    const apl02 = await printed('apl02');
    for (const expected of ['FR.APL.02', texts.aplPrint.titleApl02.toUpperCase(), candidates[0].name, texts.aplPrint.proceed, texts.aplPrint.enteredByStaff, staff.assessor1.name]) {
      expect(apl02).toContain(expected);
    }
    expect(apl02).toContain(words(texts.forms.signedOn));

    // The APL list: all three schedulable now.
    await goTo(page, '#/apl', 'apl-list-screen');
    await page.getByTestId('apl-state').selectOption('schedulable');
    await page.getByTestId('list-search').fill(prefix);
    await expect.poll(() => page.getByTestId('apl-row').count()).toBe(3);
    await screenshot(page, `scheduling-apl-list-${lang}`);

    // A session: the demo's TUK, the first demo assessor, the three candidates.
    const date = dayAhead(day);
    await goTo(page, '#/sessions/new', 'planner-form');
    await page.getByTestId('field-schemeId').selectOption(schemeId);
    await page.getByTestId('field-tukId').selectOption(tukId);
    await page.getByTestId('field-date').fill(date);
    await page.getByTestId('field-startTime').fill('08.00');
    await page.getByTestId('field-durationMinutes').fill('240');
    await page.getByTestId('assessor-search').fill(staff.assessor1.name);
    // The search settles (debounced) to the one assessor before the button is pressed.
    await expect.poll(() => page.getByTestId('assessor-add').count()).toBe(1);
    await page.getByTestId('assessor-add').click();
    await page.getByTestId('candidate-search').fill(prefix);
    await expect.poll(() => page.getByTestId('candidate-add').count()).toBe(3);
    await page.getByTestId('candidate-add-all').click();
    await expect.poll(() => page.getByTestId('planner-candidate').count()).toBe(3);
    // The demo's TUK is a TUK Sewaktu: its verification for this session is pending, a warning, not a refusal.
    await expect.poll(() => page.getByTestId('conflict-tukId').getAttribute('data-severity')).toBe('pending');
    // Only the kind there is: no "0 broken rules" beside the one point to settle.
    await expect
      .poll(() => page.getByTestId('planner-conflicts').textContent())
      .toBe(
        texts.schedulingScreens.conflicts.summaryOnly.replace(
          '{{part}}',
          (lang === 'en' ? en.schedulingScreens.conflicts.pending_one : texts.schedulingScreens.conflicts.pending_other).replace('{{count}}', '1'),
        ),
      );
    await screenshot(page, `scheduling-planner-${lang}`);
    await page.getByTestId('planner-save').click();
    await page.getByTestId('written-form').waitFor();
    const firstUrl = page.url();

    // A second session an hour later with the same assessor: refused beside the assessor, and the save too.
    await goTo(page, '#/sessions/new', 'planner-form');
    await page.getByTestId('field-schemeId').selectOption(schemeId);
    await page.getByTestId('field-tukId').selectOption(tukId);
    await page.getByTestId('field-date').fill(date);
    await page.getByTestId('field-startTime').fill('09:00');
    await page.getByTestId('assessor-search').fill(staff.assessor1.name);
    // The search settles (debounced) to the one assessor before the button is pressed.
    await expect.poll(() => page.getByTestId('assessor-add').count()).toBe(1);
    await page.getByTestId('assessor-add').click();
    const overlap = page.getByTestId('conflict-assessorIds.0');
    await expect.poll(() => overlap.getAttribute('data-code')).toBe('SCHEDULE_ASSESSOR_OVERLAP');
    expect(await overlap.getAttribute('data-severity')).toBe('refused');
    expect(await overlap.textContent()).toContain(staff.assessor1.name);
    await screenshot(page, `scheduling-double-booking-${lang}`);
    await page.getByTestId('planner-save').click();
    await expect.poll(() => page.getByTestId('error-message').getAttribute('data-error-code')).toBe('SCHEDULE_ASSESSOR_OVERLAP');
    // The refused call is the one 400 the browser logs.
    await expect.poll(() => problems.findIndex((p) => /status of 400/.test(p))).toBeGreaterThanOrEqual(0);
    problems.splice(problems.findIndex((p) => /status of 400/.test(p)), 1);
    const sessions = await callApi(room, 'sessions/list', { dateFrom: date, dateTo: date }, admin);
    expect(sessions.rows).toHaveLength(1);

    // The written test of the first session: 2 questions per unit, a different draw per candidate. The
    // refused plan is still on screen, unsaved: leaving it is asked first.
    await page.goto(firstUrl);
    const asked = page.getByTestId('unsaved-dialog');
    await asked.waitFor();
    await asked.getByTestId('action-confirm').click();
    await expect.poll(() => page.url()).toBe(firstUrl);
    const form = page.getByTestId('written-form');
    await form.waitFor();
    await page.getByTestId('written-mode-draw').check();
    await page.getByTestId('written-per').selectOption('unit');
    await page.getByTestId('written-count').fill('2');
    await page.getByTestId('written-per-candidate').check();
    await page.getByTestId('written-assemble').click();
    await expect.poll(() => page.getByTestId('written-candidate').count()).toBe(3);
    // The table shows the whole bank per unit until the draw's answer arrives: wait for it, then each
    // candidate gets at most 2 questions of each unit.
    const most = async () => (await page.getByTestId('written-unit-range').allTextContents()).map((range) => Number(range.split('–').at(-1)));
    await expect.poll(async () => (await most()).every((n) => n <= 2)).toBe(true);
    expect((await most()).length).toBeGreaterThan(0);
    const preview = await callApi(room, 'sessions/writtenTest', { sessionId: sessions.rows[0].id }, admin);
    expect(preview.spec).toEqual({ mode: 'draw', per: 'unit', count: 2, perCandidate: true });
    // A KUK a 2-per-unit draw leaves out for someone is listed as losing its written evidence.
    expect(await page.getByTestId('written-warning').count()).toBe(preview.warnings.length);
    await screenshot(page, `scheduling-written-${lang}`);

    expect(problems).toEqual([]);
    await page.context().close();
  });
});
