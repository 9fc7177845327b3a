import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { OPTION_LETTERS } from '../../electron/shared/cbt';
import { demo } from '../support/core';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
import { callApi, releaseToken } from './support/exam-api';
import { PDFS, pdfText } from './support/pdf';
import { startRoom, type Room } from './support/room';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';

/**
 * Issue 18 items 16–21 in Chromium through the room server: FR.IA.05 as the candidate saw it, KUK with
 * their unit, a berita acara with no blank page, every form of a candidate (and of the session) as one
 * PDF, and the proctor's room-wide actions on the console and on every candidate's screen.
 * Screenshots also go to SHOTS_DIR when it is set.
 */
let room: Room;
let browser: Browser;
let sessionId = '';
let token = '';
let proctor = '';

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  ({ sessionId, token, proctor } = await releaseToken(room));
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  const extra = process.env.SHOTS_DIR;
  if (extra) {
    fs.mkdirSync(extra, { recursive: true });
    fs.copyFileSync(file, path.join(extra, path.basename(file)));
  }
}

/** The page number in a sheet's margin: "Halaman 2 dari 5", or in a PDF of several forms "Halaman 2 formulir ini — lembar 7 dari 30". */
const PAGE_NUMBER = /(Halaman (\d+) (?:formulir ini — lembar \d+ )?dari \d+|Page (\d+) (?:of this form — sheet \d+ )?of \d+)\s*$/;

/** Each page's text of a PDF pdfText wrote (pdftotext -f/-l), as it is. */
function rawPages(name: string): string[] {
  const file = path.join(PDFS, `${name}.pdf`);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}

/**
 * The last PDF pdfText wrote: each page's text without the page number every sheet carries in its margin, so a
 * sheet with nothing else on it still reads as blank.
 */
const pages = (name: string): string[] => rawPages(name).map((p) => p.replace(PAGE_NUMBER, ''));

/** Each page's number as its margin prints it: within its form. */
const pageNumbers = (name: string): number[] =>
  rawPages(name).map((p) => {
    const m = PAGE_NUMBER.exec(p);
    return Number(m?.[2] ?? m?.[3]);
  });

/** The line atop each page, Chromium's repetition of the form's running header: the form, and whom or which session it is about. */
const runningHeads = (printed: string[]): string[] => printed.map((p) => p.split('\n').find((l) => l.trim() !== '')?.trim().replace(/\s+/g, ' ') ?? '');

describe('the berita acara (item 18)', () => {
  it('prints without a blank page, whatever the console behind it holds', async () => {
    // Incidents take a line each on paper but a card each on the console behind the print view:
    // before the fix the hidden console, taller than the form, printed as blank pages after it.
    for (let i = 1; i <= 30; i++) await callApi(room, 'exam/addIncident', { sessionId, text: `Kejadian nomor ${i} di ruang uji` }, proctor);
    const { page } = await openStaffPage(browser, room, 'proktor', 'proktor123!');
    await page.getByTestId('session-open').click();
    await page.getByTestId('proctor-console').waitFor();
    await page.getByTestId('console-tab-minutes').click();
    await page.getByTestId('print-minutes-open').click();
    await page.getByTestId('print-minutes').waitFor();
    await pdfText(page, 'minutes-pages.id');
    const printed = pages('minutes-pages.id');
    expect(printed.every((p) => p.trim().length > 0), `page lengths ${printed.map((p) => p.trim().length).join(', ')}`).toBe(true);
    expect(printed.join('\n')).toContain(id.forms.titles.minutes.toUpperCase());
    expect(printed.join('\n')).toContain('Kejadian nomor 30');
    // The last page holds the signatures, the form's end.
    expect(printed[printed.length - 1]).toContain(id.forms.minutes.signature);
    // A loose sheet 2 still says which form and which session it is: Chromium repeats the running header.
    expect(printed.length).toBeGreaterThan(1);
    const code = await page.evaluate(() => document.querySelector('[data-testid="form-running-record"]')?.textContent ?? '');
    expect(code).toMatch(/^Jadwal uji \S+$/);
    expect(runningHeads(printed)).toEqual(printed.map(() => `${id.forms.titles.minutes} ${code}`));
    expect(pageNumbers('minutes-pages.id')).toEqual(printed.map((_, i) => i + 1));
    await shot(page, 'print-minutes-pages.id');
    await page.context().close();
  });
});

const assessor = demo.people.assessors[0];
const theirs = demo.people.candidates.filter((c) => c.assessor === assessor.username);
type Candidate = (typeof demo.people.candidates)[number];

/**
 * A candidate takes the written test through the API and submits: multiple-choice question k gets
 * the option shown at position k mod its count. Returns what their screen showed: per number the
 * stem, the letter they chose and the key in their letters.
 */
async function takeTheTest(who: Candidate): Promise<{ number: number; stem: string; answer: string; key: string }[]> {
  const signIn = await callApi(room, 'auth/candidateSignIn', { participantNo: who.participantNo, password: who.password, token, deviceId: `e2e-pc-${who.participantNo}` });
  const state = await callApi(room, 'cbt/agree', { accept: true }, signIn.token);
  const seen: { number: number; stem: string; answer: string; key: string }[] = [];
  let seq = 0;
  for (const [k, item] of state.items.entries()) {
    if (item.kind === 'essay') {
      await callApi(room, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: null, text: 'Jawaban esai.', doubtful: false }, signIn.token);
      continue;
    }
    const question = demo.instruments.multipleChoice.find((q) => q.prompt.id === item.prompt.id)!;
    const shown = k % item.options.length;
    const keyShown = item.options.findIndex((o) => o.id === question.options[question.answer].id);
    seen.push({ number: item.number, stem: item.prompt.id, answer: OPTION_LETTERS[shown], key: OPTION_LETTERS[keyShown] });
    await callApi(room, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: shown, text: null, doubtful: false }, signIn.token);
  }
  await callApi(room, 'cbt/submit', { confirm: true }, signIn.token);
  return seen;
}

/** Pages that open a form (under the running header, a line of the LSP's name alone) and the form code on each. */
function formStarts(printed: string[], lspName: string): string[] {
  return printed
    .filter((p) => p.split('\n').some((l) => l.trim() === lspName))
    .map((p) => /FR\.(?:AK|IA)\.\d\d/.exec(p)?.[0] ?? '?');
}

/** Per page, its number within its form, the forms given per page in order (a form's pages follow each other). */
const sheetsWithinForm = (formOfPage: string[]): number[] => formOfPage.map((form, i) => (i > 0 && formOfPage[i - 1] === form ? 0 : 1)).reduce<number[]>((n, first, i) => [...n, first ? 1 : n[i - 1] + 1], []);

/** The form code atop each page: the running header's. */
const codeAtop = (printed: string[]): string[] => runningHeads(printed).map((h) => /^FR\.(?:AK|IA)\.\d\d/.exec(h)?.[0] ?? '?');

/** Per page, the form it belongs to, read from where each form starts: what the running header must name. */
function formOfEachPage(printed: string[], lspName: string): string[] {
  let current = '?';
  return printed.map((p) => {
    if (p.split('\n').some((l) => l.trim() === lspName)) current = /FR\.(?:AK|IA)\.\d\d/.exec(p)?.[0] ?? '?';
    return current;
  });
}

const CODES = ['FR.AK.01', 'FR.IA.05', 'FR.IA.06', 'FR.IA.07', 'FR.IA.01', 'FR.IA.03', 'FR.AK.02', 'FR.AK.03', 'FR.AK.04'];

describe('the assessor\'s prints (items 16, 17 and 19)', () => {
  let page: Page;
  let seen: Awaited<ReturnType<typeof takeTheTest>>;

  it('FR.IA.05 shows each question short with the candidate\'s letter and the key in their letters, in their order; KUK carry their unit', async () => {
    seen = await takeTheTest(theirs[0]);
    await takeTheTest(theirs[1]);
    ({ page } = await openStaffPage(browser, room, assessor.username, assessor.password));
    await page.getByTestId('open-workspace').click();
    const row = page.locator(`[data-testid="overview-row"][data-participant="${theirs[0].participantNo}"]`);
    await row.getByTestId('open-candidate').click();
    await page.getByTestId('candidate-workspace').waitFor();
    await page.getByTestId('tab-print').click();
    await page.getByTestId('print-ia05-open').click();
    await page.getByTestId('print-ia05').waitFor();
    const rows = await page.getByTestId('ia05-print-row').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map((r) => [Number(r[0]), r[3], r[4]])).toEqual(seen.map((s) => [s.number, s.answer, s.key]));
    for (const [i, r] of rows.entries()) expect(seen[i].stem.startsWith(r[1].replace(/…$/, ''))).toBe(true);
    const text = await pdfText(page, 'ia05-as-seen.id');
    expect(text).toContain(seen[0].stem.slice(0, 25));
    expect(flat(text)).toContain(id.forms.ia05.lettersAsSeen);
    await shot(page, 'print-ia05-as-seen.id');
    await page.getByTestId('print-close').click();

    await page.getByTestId('print-ia07-open').click();
    await page.getByTestId('print-ia07').waitFor();
    const ia07 = await pdfText(page, 'ia07-kuk.id');
    for (const q of demo.instruments.oral) expect(ia07, q.kuk).toContain(q.kuk.replace('#', ' '));
    await shot(page, 'print-ia07-kuk.id');
    await page.getByTestId('print-close').click();
    await page.getByTestId('print-ia03-open').click();
    await page.getByTestId('print-ia03').waitFor();
    const ia03 = await pdfText(page, 'ia03-kuk.id');
    for (const q of demo.instruments.supporting) expect(ia03, q.kuk).toContain(q.kuk.replace('#', ' '));
    await page.getByTestId('print-close').click();
  });

  it('prints every form of the candidate as one PDF, in order, each form from a new page', async () => {
    await page.getByTestId('print-candidateAll-open').click();
    await expect.poll(() => page.getByTestId('print-bundle-part').count()).toBe(CODES.length);
    const lspName = (await page.locator('.print-form__lsp').first().textContent()) ?? '';
    await pdfText(page, 'candidate-all.id');
    const printed = pages('candidate-all.id');
    expect(formStarts(printed, lspName)).toEqual(CODES);
    expect(printed.every((p) => p.trim().length > 0)).toBe(true);
    // Every sheet, not just a form's first, names its form and the candidate; forms of several sheets are among them.
    expect(printed.length).toBeGreaterThan(CODES.length);
    expect(codeAtop(printed)).toEqual(formOfEachPage(printed, lspName));
    for (const head of runningHeads(printed)) expect(head).toContain(`${theirs[0].name} (No. peserta ${theirs[0].participantNo})`);
    // Each form counts its own sheets from 1.
    expect(pageNumbers('candidate-all.id')).toEqual(sheetsWithinForm(formOfEachPage(printed, lspName)));
    // No appeal was filed: FR.AK.04 is the blank form for the candidate, with no assessor's block to sign.
    const ak04 = printed.filter((_, i) => codeAtop(printed)[i] === 'FR.AK.04').join('\n');
    expect(ak04).toContain(id.forms.ak04.right.slice(0, 40));
    expect(ak04).not.toContain(id.forms.met);
    expect(ak04).not.toContain(id.assess.ak04.none);
    await shot(page, 'print-candidate-all.id');
    await page.getByTestId('print-language').selectOption('en');
    await page.locator('[data-testid="print-view"][lang="en"]').waitFor();
    await pdfText(page, 'candidate-all.en');
    const english = pages('candidate-all.en');
    expect(formStarts(english, lspName)).toEqual(CODES);
    expect(codeAtop(english)).toEqual(formOfEachPage(english, lspName));
    for (const head of runningHeads(english)) expect(head).toContain(`(participant no. ${theirs[0].participantNo})`);
    expect(pageNumbers('candidate-all.en')).toEqual(sheetsWithinForm(formOfEachPage(english, lspName)));
    await shot(page, 'print-candidate-all.en');
    await page.getByTestId('print-close').click();
  });

  it('prints the whole session as one PDF: each assessed candidate\'s forms, then FR.AK.05', async () => {
    await page.getByTestId('workspace-back').click();
    await page.getByTestId('open-report').click();
    await page.getByTestId('report-view').waitFor();
    await page.getByTestId('print-sessionAll-open').click();
    await expect.poll(() => page.getByTestId('print-bundle-part').count()).toBe(2 * CODES.length + 1);
    const candidates = await page.getByTestId('print-bundle-part').evaluateAll((parts) => [...new Set(parts.map((p) => p.getAttribute('data-candidate')).filter(Boolean))]);
    expect(candidates).toHaveLength(2);
    const lspName = (await page.locator('.print-form__lsp').first().textContent()) ?? '';
    const text = await pdfText(page, 'session-all.id');
    const printed = pages('session-all.id');
    expect(formStarts(printed, lspName)).toEqual([...CODES, ...CODES, 'FR.AK.05']);
    expect(codeAtop(printed)).toEqual(formOfEachPage(printed, lspName));
    // Two candidates' forms one after the other: each sheet names its own candidate, FR.AK.05 the session.
    const heads = runningHeads(printed);
    const last = heads.length - 1;
    const starts = printed.flatMap((p, i) => (p.split('\n').some((l) => l.trim() === lspName) ? [i] : []));
    const second = starts[CODES.length];
    expect(heads.map((h) => theirs.findIndex((c) => h.includes(`(No. peserta ${c.participantNo})`)))).toEqual(heads.map((_, i) => (i === last ? -1 : i < second ? 0 : 1)));
    expect(heads[last]).toMatch(/^FR\.AK\.05 · Laporan Asesmen Jadwal uji \S+$/);
    // FR.AK.01 of the second candidate follows FR.AK.04 of the first: its sheets count from 1 again.
    expect(pageNumbers('session-all.id')).toEqual(sheetsWithinForm(printed.map((_, i) => `${formOfEachPage(printed, lspName)[i]} ${heads[i]}`)));
    expect(text.indexOf(theirs[0].name)).toBeLessThan(text.indexOf(theirs[1].name));
    // FR.AK.01's body states the place and the time: the TUK by its name, its zone beside the time in the row above
    // (a place row needs none; the header's TUK row names it for the whole form).
    const { tuk, session } = demo.people;
    expect(text).toMatch(new RegExp(`^ *${id.forms.ak01.time} +${session.startTime.replace(':', '\\.')} ${tuk.timeZone}$`, 'm'));
    expect(text).toMatch(new RegExp(`^ *${id.forms.tuk} +${tuk.name}$`, 'm'));
    // Every clock time these forms print (the plan's start, each electronic mark) names the TUK's zone. Read in
    // reading order, where a cell that wraps keeps its time and zone together (-layout puts the next cell between).
    const flowing = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(PDFS, 'session-all.id.pdf'), '-'], { encoding: 'utf8' });
    const clock = [...flowing.matchAll(/(?<![\d.])\d{2}\.\d{2}(?![\d.])\s*(\S*)/g)];
    expect(clock.length).toBeGreaterThanOrEqual(2);
    expect(clock.filter((m) => m[1] !== tuk.timeZone).map((m) => m[0])).toEqual([]);
    await shot(page, 'print-session-all.id');
    await page.context().close();
  });
});

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** A lab PC of its own (a browser context), signed in, FR.AK.01 accepted, on the first question. */
async function labPc(who: Candidate): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto(room.url);
  await signInCandidate(page, who, token);
  await acceptAndStart(page);
  return page;
}

async function language(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

async function roomAction(console: Page, action: string, reason: string, minutes?: number): Promise<void> {
  await console.getByTestId(`room-${action}`).click();
  const dialog = console.getByTestId(`room-dialog-${action}`);
  if (minutes !== undefined) await dialog.getByTestId('action-minutes').fill(String(minutes));
  await dialog.getByTestId('action-reason').fill(reason);
  await dialog.getByTestId('action-confirm').click();
  await console.getByTestId('room-action-done').waitFor();
}

describe('the proctor\'s room-wide actions (items 20 and 21)', () => {
  let console: Page;
  let pcs: Page[];
  const others = demo.people.candidates.filter((c) => c.assessor !== assessor.username).slice(0, 2);

  it('pause all, resume all and extend all reach every candidate\'s screen, one reason each', async () => {
    pcs = [await labPc(others[0]), await labPc(others[1])];
    ({ page: console } = await openStaffPage(browser, room, 'proktor', 'proktor123!'));
    await console.getByTestId('session-open').click();
    await console.getByTestId('console-tab-board').click();
    await console.getByTestId('room-actions').waitFor();

    await console.getByTestId('room-pauseAll').click();
    const dialog = console.getByTestId('room-dialog-pauseAll');
    await expect.poll(() => dialog.getByTestId('room-dialog-count').getAttribute('data-count')).toBe('2');
    expect(await dialog.getByTestId('room-dialog-names').textContent()).toContain(others[0].name);
    await shot(console, 'proctor-pause-all.id');
    await console.getByTestId('action-cancel').click();
    await language(console, 'en');
    await console.getByTestId('room-pauseAll').click();
    expect(await dialog.textContent()).toContain(en.examDay.roomWide.titles.pauseAll);
    await shot(console, 'proctor-pause-all.en');
    await console.getByTestId('action-cancel').click();
    await language(console, 'id');

    await roomAction(console, 'pauseAll', 'Listrik padam di seluruh ruang');
    expect(await console.getByTestId('room-action-done').textContent()).toBe(`${id.examDay.roomWide.names.pauseAll}: 2 peserta.`);
    for (const pc of pcs) {
      await pc.getByTestId('cbt-paused').waitFor();
      expect(await pc.getByTestId('cbt-question').count()).toBe(0);
    }
    await shot(pcs[0], 'cbt-paused-room.id');
    await shot(console, 'proctor-room-paused.id');

    await roomAction(console, 'resumeAll', 'Listrik menyala lagi');
    for (const pc of pcs) await pc.getByTestId('cbt-question').waitFor();

    await roomAction(console, 'extendAll', 'Ganti rugi waktu listrik padam', 10);
    for (const pc of pcs) await expect.poll(() => pc.getByTestId('cbt-time-added').getAttribute('data-minutes')).toBe('10');
    await shot(pcs[1], 'cbt-time-added-room.id');

    const minutes = await callApi(room, 'exam/minutes', { sessionId }, proctor);
    const roomWide = minutes.proctorActions.filter((a) => a.candidates !== null);
    expect(roomWide.map((a) => [a.action, a.candidates, a.reason])).toEqual([
      ['pausedAll', 2, 'Listrik padam di seluruh ruang'],
      ['resumedAll', 2, 'Listrik menyala lagi'],
      ['extendedAll', 2, 'Ganti rugi waktu listrik padam'],
    ]);
  });

  it('marks everyone not yet present as absent with one confirmation, and the berita acara lists every room-wide action once', async () => {
    const before = await callApi(room, 'exam/minutes', { sessionId }, proctor);
    expect(before.notRecorded).toBeGreaterThan(0);
    await console.getByTestId('room-markAllAbsent').click();
    await expect.poll(() => console.getByTestId('room-dialog-markAllAbsent').getByTestId('room-dialog-count').getAttribute('data-count')).toBe(String(before.notRecorded));
    await shot(console, 'proctor-mark-all-absent.id');
    await console.getByTestId('action-cancel').click();
    await roomAction(console, 'markAllAbsent', 'Pintu ruang uji ditutup');
    const summary = console.getByTestId('board-summary');
    await expect.poll(() => summary.locator('[data-summary="notRecorded"]').getAttribute('data-value')).toBe('0');
    expect(await summary.locator('[data-summary="absent"]').getAttribute('data-value')).toBe(String(before.absent + before.notRecorded));

    await console.getByTestId('console-tab-minutes').click();
    await console.getByTestId('print-minutes-open').click();
    await console.getByTestId('print-minutes').waitFor();
    const text = await pdfText(console, 'minutes-room-wide.id');
    const lines = text.split('\n');
    // Table cells wrap on paper: each row's first line carries the action's first words and the reason's.
    for (const [what, reason] of [
      [id.forms.minutes.action.pausedAll, 'Listrik padam'],
      ['Lanjutkan seluruh ruang', 'Listrik'],
      ['Tambah waktu 10 menit', 'Ganti rugi'],
      [id.forms.minutes.action.markedAllAbsent, 'Pintu ruang'],
    ]) {
      expect(lines.filter((l) => l.includes(what) && l.includes(reason)), `${what} ${reason}`).toHaveLength(1);
    }
    await shot(console, 'print-minutes-room-wide.id');
    await console.getByTestId('print-language').selectOption('en');
    await console.locator('[data-testid="print-view"][lang="en"]').waitFor();
    expect(flat(await pdfText(console, 'minutes-room-wide.en'))).toContain('Whole room paused');
    await shot(console, 'print-minutes-room-wide.en');
  });
});
