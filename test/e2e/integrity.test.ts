import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { callApi, releaseToken } from './support/exam-api';
import { pdfText } from './support/pdf';
import { startRoom, type Room } from './support/room';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';

/**
 * Issue 18, integrity items 1, 3, 4 and 5 in Chromium through the real room server: a pause stops the
 * candidate (and an answer a cut-off PC gave during it is refused and named to them), attendance counts
 * agree, the berita acara lists what the proctor did, and closing the session names who still works.
 * Screenshots of each fixed screen in both languages (also copied to SHOTS_DIR when it is set).
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

const [rizky, siti, , putri] = demo.people.candidates;
type Candidate = (typeof demo.people.candidates)[number];

async function shot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  const extra = process.env.SHOTS_DIR;
  if (extra) {
    fs.mkdirSync(extra, { recursive: true });
    fs.copyFileSync(file, path.join(extra, path.basename(file)));
  }
}

async function language(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

/** A lab PC of its own (a browser context), signed in, FR.AK.01 accepted, on the first question. */
async function labPc(who: Candidate): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const { problems } = watchPage(page, room.origin);
  await page.goto(room.url);
  await signInCandidate(page, who, token);
  await acceptAndStart(page);
  return { context, page, problems };
}

async function boardRow(who: Candidate) {
  const board = await callApi(room, 'exam/board', { sessionId }, proctor);
  return board.rows.find((r) => r.participantNo === who.participantNo)!;
}

const option = (page: Page, letter: string) => page.locator(`[data-testid="cbt-option"][data-letter="${letter}"]`);
const candidateIdOf = async (who: Candidate) => (await boardRow(who)).candidateId;

describe('a pause stops the candidate', () => {
  let pc: Awaited<ReturnType<typeof labPc>>;

  it('while paused the screen shows no question and takes no answer; the resume brings it back', async () => {
    pc = await labPc(putri);
    const { page } = pc;
    const seat = { sessionId, candidateId: await candidateIdOf(putri) };
    await callApi(room, 'exam/pause', { ...seat, reason: 'Listrik padam di baris 3' }, proctor);
    await page.getByTestId('cbt-paused').waitFor();
    expect(await page.getByTestId('cbt-question').count()).toBe(0);
    expect(await page.getByTestId('cbt-option').count()).toBe(0);
    expect(await page.getByTestId('cbt-paused').textContent()).toContain(id.cbt.pause.title);
    // The answer keys do nothing: the core has no answer from this PC.
    await page.keyboard.press('b');
    await page.keyboard.press('2');
    await page.waitForTimeout(500);
    expect((await boardRow(putri)).answered).toBe(0);
    await shot(page, 'cbt-paused.id');
    await language(page, 'en');
    expect(await page.getByTestId('cbt-paused').textContent()).toContain(en.cbt.pause.title);
    await shot(page, 'cbt-paused.en');
    await language(page, 'id');

    await callApi(room, 'exam/resume', { ...seat, reason: 'Listrik menyala lagi' }, proctor);
    await page.getByTestId('cbt-question').waitFor();
    await option(page, 'A').click();
    await expect.poll(async () => (await boardRow(putri)).answered).toBe(1);
  });

  it('an answer a PC gave during a pause it never heard of (LAN cut) is refused after the resume, and the candidate is told', async () => {
    const { context, page } = pc;
    const seat = { sessionId, candidateId: await candidateIdOf(putri) };
    await page.getByTestId('cbt-next').click();
    await context.setOffline(true);
    await callApi(room, 'exam/pause', { ...seat, reason: 'Peserta dipindah ke PC lain' }, proctor);
    // The PC does not know: the question is still on its screen, and the candidate answers it.
    await page.waitForTimeout(300);
    expect(await page.getByTestId('cbt-paused').count()).toBe(0);
    await option(page, 'C').click();
    await callApi(room, 'exam/resume', { ...seat, reason: 'Sudah di PC baru' }, proctor);
    await context.setOffline(false);
    const notice = page.getByTestId('cbt-refused');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('data-numbers')).toBe('2');
    expect(await notice.textContent()).toContain('Jawaban soal 2 diberikan saat ujian dijeda');
    // Not on the server, and not shown as given any more.
    await expect.poll(async () => (await boardRow(putri)).answered).toBe(1);
    await expect.poll(() => option(page, 'C').getAttribute('aria-pressed')).toBe('false');
    await shot(page, 'cbt-refused.id');
    await language(page, 'en');
    expect(await notice.textContent()).toContain('Your answer to question 2 was given while the test was paused');
    await shot(page, 'cbt-refused.en');
    await language(page, 'id');
  });
});

describe('the proctor: attendance, closing and the berita acara', () => {
  let page: Page;
  let problems: string[];

  it('counts attendance one way on the console and on both prints', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    page = await context.newPage();
    ({ problems } = watchPage(page, room.origin));
    await page.goto(room.url);
    await page.getByTestId('signin-mode-staff').click();
    await page.getByTestId('signin-username').fill('proktor');
    await page.getByTestId('signin-password').fill('proktor123!');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('session-open').click();
    await page.getByTestId('proctor-console').waitFor();

    await callApi(room, 'exam/markAbsent', { sessionId, candidateId: await candidateIdOf(siti), reason: 'Tidak datang' }, proctor);
    await callApi(room, 'exam/extendTime', { sessionId, candidateId: await candidateIdOf(putri), minutes: 10, reason: 'Ganti PC' }, proctor);
    await page.getByTestId('console-tab-board').click();
    const summary = page.getByTestId('board-summary');
    const total = demo.people.candidates.length;
    await expect.poll(() => summary.locator('[data-summary="absent"]').getAttribute('data-value')).toBe('1');
    expect(await summary.locator('[data-summary="present"]').getAttribute('data-value')).toBe('1');
    expect(await summary.locator('[data-summary="notRecorded"]').getAttribute('data-value')).toBe(String(total - 2));
    await shot(page, 'proctor-summary.id');

    await page.getByTestId('console-tab-minutes').click();
    await page.getByTestId('minutes').waitFor();
    expect(await page.getByTestId('minutes-absent').textContent()).toBe('1');
    expect(await page.getByTestId('minutes-not-recorded').textContent()).toBe(String(total - 2));
    await page.getByTestId('print-attendance-open').click();
    await page.getByTestId('print-attendance').waitFor();
    const attendance = await pdfText(page, 'attendance-counts.id');
    expect(attendance).toContain(`Terdaftar ${total} · hadir 1 · tidak hadir 1 · belum dicatat ${total - 2}`);
    expect(attendance.match(/✗/g)).toHaveLength(1);
    await shot(page, 'print-attendance-counts.id');
    await page.getByTestId('print-close').click();
  });

  it('the berita acara lists the pauses, resumes and the extension with reasons, and the counts', async () => {
    await page.getByTestId('print-minutes-open').click();
    await page.getByTestId('print-minutes').waitFor();
    const text = await pdfText(page, 'minutes-actions.id');
    expect(text).toContain(id.forms.minutes.actions);
    // Table cells wrap on paper: each action's first line carries its name and the first word of its reason
    // (the reason column is narrow since the table also lists attendance changes with theirs).
    const rows = text.split('\n');
    for (const [action, words] of [['Jeda', 'Listrik'], ['Lanjutkan', 'Listrik'], ['Jeda', 'Peserta'], ['Lanjutkan', 'Sudah'], ['Tambah waktu 10', 'Ganti']]) {
      expect(rows.some((r) => r.includes(action) && r.includes(words)), `${action} ${words}`).toBe(true);
    }
    expect(rows.filter((r) => r.includes(putri.participantNo))).toHaveLength(5);
    expect(text).toMatch(new RegExp(`${id.forms.minutes.absent}\\s+1\\b`));
    expect(text).toMatch(new RegExp(`${id.forms.minutes.notRecordedCount}\\s+${demo.people.candidates.length - 2}\\b`));
    await shot(page, 'print-minutes-actions.id');
    await page.getByTestId('print-language').selectOption('en');
    await expect.poll(() => page.getByTestId('print-minutes').textContent()).toContain(en.forms.minutes.actions);
    const english = await pdfText(page, 'minutes-actions.en');
    // The action's cell wraps on paper, where its column's width puts the break ("Time extended by" / "10 minutes",
    // or "Time extended by 10" / "minutes" beside the day and its time in the zone): read with the line under it.
    const lines = english.split('\n');
    expect(lines.some((line, i) => line.includes('Time extended by') && /\b10\b[^\n]*\n?[^\n]*\bminutes\b/.test(`${line}\n${lines[i + 1] ?? ''}`.replace(/^.*?Time extended by/, '')))).toBe(true);
    await shot(page, 'print-minutes-actions.en');
    await page.getByTestId('print-close').click();
  });

  it('closing names who is still answering and who is offline, before the one click', async () => {
    // Rizky's PC answers and then goes quiet: signed in, not heard from.
    const signedIn = await callApi(room, 'auth/candidateSignIn', { participantNo: rizky.participantNo, password: rizky.password, token, deviceId: 'e2e-quiet-pc' });
    await callApi(room, 'cbt/agree', { accept: true }, signedIn.token);
    await page.getByTestId('console-tab-board').click();
    await expect.poll(async () => (await boardRow(rizky)).online, { timeout: 45_000, interval: 2_000 }).toBe(false);

    await page.getByTestId('console-tab-session').click();
    await page.getByTestId('session-end').click();
    const dialog = page.getByTestId('end-session-dialog');
    await expect.poll(() => dialog.getByTestId('end-session-answering').getAttribute('data-count')).toBe('2');
    // The board learns a PC went quiet by push, a few seconds after the core does.
    await expect.poll(() => dialog.getByTestId('end-session-offline').getAttribute('data-count'), { timeout: 20_000 }).toBe('1');
    const answering = await dialog.getByTestId('end-session-answering-names').textContent();
    expect(answering).toContain(putri.name);
    expect(answering).toContain(rizky.name);
    expect(await dialog.getByTestId('end-session-offline').getAttribute('data-count')).toBe('1');
    expect(await dialog.getByTestId('end-session-offline-names').textContent()).toContain(rizky.name);
    await shot(page, 'proctor-end-session.id');
    // The dialog is modal: back out, switch the language, open it again.
    await page.getByTestId('action-cancel').click();
    await language(page, 'en');
    await page.getByTestId('session-end').click();
    await expect.poll(() => dialog.getByTestId('end-session-answering').textContent()).toContain('Still answering: 2 candidates');
    await shot(page, 'proctor-end-session.en');
    await page.getByTestId('action-reason').fill('Waktu sesi selesai');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('session-ended').waitFor();
    // Closed: whoever was never recorded is absent now, the same on the console and the prints.
    const minutes = await callApi(room, 'exam/minutes', { sessionId }, proctor);
    expect({ present: minutes.present, absent: minutes.absent, notRecorded: minutes.notRecorded }).toEqual({ present: 2, absent: demo.people.candidates.length - 2, notRecorded: 0 });
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });
});
