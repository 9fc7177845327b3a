import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CbtState } from '../../electron/shared/cbt';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { isCutConnection, launchChromium, openStaffPage, screenshot, watchPage } from './support/browser';
import { callApi, releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';

/**
 * Issue 6 in Chromium through the real room server: lab PCs (each its own browser context) and the
 * proctor's console (another one) watching the board live: a LAN cut, a reset login to another PC, an
 * extension reaching the countdown, and a SIGKILL of the server.
 */
let room: Room;
let browser: Browser;
let token = '';
let proctor: Page;

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  ({ token } = await releaseToken(room));
  proctor = await openConsole();
});

/** The proctor's PC: the console on the board tab, updated by pushes only. */
async function openConsole(): Promise<Page> {
  const { page } = await openStaffPage(browser, room, 'proktor', 'proktor123!');
  await page.getByTestId('session-open').click();
  await page.getByTestId('proctor-console').waitFor();
  await page.getByTestId('console-tab-board').click();
  await page.getByTestId('board-row').first().waitFor();
  return page;
}

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

const [rizky, siti, dimas, putri, fajar] = demo.people.candidates;
type Candidate = (typeof demo.people.candidates)[number];
type Pc = { context: BrowserContext; page: Page; problems: string[] };

/** A lab PC: its own browser context, so its own device id, storage and IndexedDB outbox. */
async function openPc(): Promise<Pc> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const { problems } = watchPage(page, room.origin);
  await page.goto(room.url);
  await page.getByTestId('signin-form').waitFor();
  return { context, page, problems };
}

const signIn = (page: Page, who: Candidate) => signInCandidate(page, who, token);

async function startTest(pc: Pc, who: Candidate): Promise<void> {
  await signIn(pc.page, who);
  await acceptAndStart(pc.page);
}

async function language(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

const option = (page: Page, letter: string) => page.locator(`[data-testid="cbt-option"][data-letter="${letter}"]`);
const cell = (page: Page, index: number) => page.getByTestId('cbt-grid-cell').nth(index);
const saveState = (page: Page) => page.getByTestId('cbt-save-state').getAttribute('data-state');
const saved = (page: Page, timeout = 10_000) => expect.poll(() => saveState(page), { timeout }).toBe('saved');
const candidateToken = (page: Page) => page.evaluate(() => sessionStorage.getItem('ruang-uji.token'));
const kinds = (page: Page) => page.getByTestId('cbt-grid-cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-kind')));

/** What the test gave per grid position: a letter for a choice, a string for an essay. */
type Given = Map<number, { letter: string } | { text: string }>;
const LETTERS = ['A', 'B', 'C', 'D', 'E'];

/** Answers question `index` on screen and records it; an essay is committed by moving on. */
async function answer(page: Page, given: Given, index: number, value: { letter: string } | { text: string }): Promise<void> {
  await cell(page, index).click();
  await expect.poll(() => page.getByTestId('cbt-question').getAttribute('data-number')).toBe(String(index + 1));
  if ('letter' in value) {
    await option(page, value.letter).click();
    await expect.poll(() => option(page, value.letter).getAttribute('aria-pressed')).toBe('true');
  } else {
    await page.getByTestId('cbt-essay').fill(value.text);
  }
  given.set(index, value);
}

/** Every answer given is on the server, as the candidate gave it (checked with the candidate's own token). */
async function expectOnServer(candidate: string, given: Given): Promise<{ onServer: number; given: number }> {
  const state: CbtState = await callApi(room, 'cbt/state', {}, candidate);
  const byItem = new Map(state.answers.map((a) => [a.itemId, a]));
  let onServer = 0;
  for (const [index, value] of given) {
    const stored = byItem.get(state.items[index].itemId);
    if ('letter' in value ? stored?.choice === LETTERS.indexOf(value.letter) : stored?.text === value.text) onServer++;
  }
  return { onServer, given: given.size };
}

/** The candidate's row as the proctor's console shows it right now. */
const boardRow = async (who: Candidate) => {
  const row = proctor.locator(`[data-testid="board-row"][data-candidate="${who.participantNo}"]`);
  const answered = /^(\d+)/.exec(((await row.getByTestId('board-answered').textContent()) ?? '').trim());
  return { online: (await row.getAttribute('data-online')) === 'true', answered: answered ? Number(answered[1]) : 0 };
};

/** A per-candidate action from the console's row menu, with its reason (and minutes). */
async function consoleAction(who: Candidate, action: string, reason: string, minutes?: number): Promise<void> {
  const row = proctor.locator(`[data-testid="board-row"][data-candidate="${who.participantNo}"]`);
  await row.getByTestId('board-actions').click();
  await row.getByTestId(`board-action-${action}`).click();
  if (minutes !== undefined) await proctor.getByTestId('action-minutes').fill(String(minutes));
  await proctor.getByTestId('action-reason').fill(reason);
  await proctor.getByTestId('action-confirm').click();
  await expect.poll(() => proctor.getByTestId('action-confirm').count()).toBe(0);
}

/** Seconds shown on the countdown (H:MM:SS). */
async function countdownSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('cbt-countdown').textContent()) ?? '';
  const match = /(\d+):(\d{2}):(\d{2})/.exec(text);
  if (!match) throw new Error(`no time in "${text}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/**
 * Failed requests while the link is cut or the server is down (the event stream cut mid-way included)
 * are the point of these tests, not noise; so is the 401 of a revoked sign-in.
 */
const unexpected = (problems: string[]) =>
  problems.filter(
    (p) => !isCutConnection(p) && !/ERR_INTERNET_DISCONNECTED|Failed to fetch|status of 401/.test(p),
  );

describe('the candidate’s screen survives the exam day', () => {
  it('keeps answering through a 60-second LAN cut, shows what waits, and delivers everything when the link returns', async () => {
    const pc = await openPc();
    const { page, context } = pc;
    await startTest(pc, rizky);
    const me = await candidateToken(page);
    if (!me) throw new Error('no token in the tab');
    const all = await kinds(page);
    const mc = all.flatMap((k, i) => (k === 'multiple_choice' ? [i] : []));
    const essays = all.flatMap((k, i) => (k === 'essay' ? [i] : []));
    const given: Given = new Map();

    await answer(page, given, mc[0], { letter: 'A' });
    await saved(page);

    await context.setOffline(true);
    const cutAt = Date.now();
    await answer(page, given, mc[1], { letter: 'B' });
    await answer(page, given, essays[0], { text: 'Validasi dilakukan di server karena data dari peramban tidak dapat dipercaya.' });
    await answer(page, given, mc[2], { letter: 'C' });
    await answer(page, given, essays[1], { text: 'Sesi disimpan di server; peramban hanya membawa penanda acak.' });
    await answer(page, given, mc[3], { letter: 'D' });
    await answer(page, given, mc[1], { letter: 'E' }); // a change of mind while offline: only the newest counts
    const banner = page.getByTestId('cbt-offline');
    await expect.poll(() => banner.getAttribute('data-pending')).toBe('5');
    expect(await banner.textContent()).toBe(id.cbt.offline.banner.replace('{{pending}}', '5'));
    expect(await saveState(page)).toBe('unsaved');
    await screenshot(page, 'resilience-offline.id');
    await language(page, 'en');
    expect(await banner.textContent()).toBe(en.cbt.offline.banner.replace('{{pending}}', '5'));
    await screenshot(page, 'resilience-offline.en');
    await language(page, 'id');

    // Silent for 30 s, the PC shows as offline on the proctor's board; nothing reached the server.
    await expect.poll(async () => (await boardRow(rizky)).online, { timeout: 50_000, interval: 2_000 }).toBe(false);
    expect((await boardRow(rizky)).answered).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 60_000 - (Date.now() - cutAt))));

    await context.setOffline(false);
    await saved(page, 20_000);
    await expect.poll(() => banner.count()).toBe(0);
    const delivered = await expectOnServer(me, given);
    console.info(`resilience: LAN cut 60 s: ${delivered.onServer}/${delivered.given} answers on the server`);
    expect(delivered).toEqual({ onServer: 6, given: 6 });
    await expect.poll(async () => (await boardRow(rizky)).online, { timeout: 15_000 }).toBe(true);
    // The row comes back online with the PC's next heartbeat; its count with the board's next push of the
    // saves, which may be a later one: awaited, not read once.
    await expect.poll(async () => (await boardRow(rizky)).answered, { timeout: 15_000 }).toBe(6);
    await screenshot(page, 'resilience-back-online.id');

    // And after a reload the screen shows the same.
    await page.reload();
    await page.getByTestId('cbt-test').waitFor();
    await cell(page, mc[1]).click();
    await expect.poll(() => option(page, 'E').getAttribute('aria-pressed')).toBe('true');
    await cell(page, essays[1]).click();
    expect(await page.getByTestId('cbt-essay').inputValue()).toBe('Sesi disimpan di server; peramban hanya membawa penanda acak.');
    expect(unexpected(pc.problems)).toEqual([]);
    await context.close();
  });

  it('moves a candidate to another PC after the proctor resets the login, with every answer and the same question', async () => {
    const first = await openPc();
    await startTest(first, siti);
    const all = await kinds(first.page);
    const given: Given = new Map();
    const mc = all.flatMap((k, i) => (k === 'multiple_choice' ? [i] : []));
    const essay = all.indexOf('essay');
    await answer(first.page, given, mc[0], { letter: 'B' });
    await answer(first.page, given, essay, { text: 'Jawaban dari PC pertama.' });
    await answer(first.page, given, mc[4], { letter: 'D' });
    await saved(first.page);

    // The same candidate on a second PC is refused until the proctor resets the login.
    const second = await openPc();
    await signIn(second.page, siti);
    await expect.poll(() => second.page.getByTestId('error-message').getAttribute('data-error-code')).toBe('SIGNED_IN_ELSEWHERE');
    await consoleAction(siti, 'resetLogin', 'PC 07 mati, pindah ke PC 12');

    await second.page.getByTestId('signin-submit').click();
    await second.page.getByTestId('cbt-test').waitFor();
    expect(await second.page.getByTestId('cbt-question').getAttribute('data-number')).toBe(String(mc[4] + 1));
    await expect.poll(() => option(second.page, 'D').getAttribute('aria-pressed')).toBe('true');
    await cell(second.page, mc[0]).click();
    await expect.poll(() => option(second.page, 'B').getAttribute('aria-pressed')).toBe('true');
    await cell(second.page, essay).click();
    expect(await second.page.getByTestId('cbt-essay').inputValue()).toBe('Jawaban dari PC pertama.');
    const me = await candidateToken(second.page);
    if (!me) throw new Error('no token in the tab');
    expect(await expectOnServer(me, given)).toEqual({ onServer: 3, given: 3 });

    // The old PC's sign-in was revoked: its next call sends it back to the sign-in screen.
    await first.page.getByTestId('signin-form').waitFor({ timeout: 20_000 });
    // The one refused sign-in (SIGNED_IN_ELSEWHERE) shows as a 4xx in the console; nothing else may.
    expect(unexpected(second.problems).filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
    expect(unexpected(first.problems)).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('shows the proctor’s extension on the countdown without a reload', async () => {
    const pc = await openPc();
    await startTest(pc, fajar);
    const before = await countdownSeconds(pc.page);
    await consoleAction(fajar, 'extendTime', 'Listrik padam di lab 2', 10);
    // Ten minutes more, less the few seconds this test takes.
    await expect.poll(() => countdownSeconds(pc.page), { timeout: 5_000 }).toBeGreaterThan(before + 10 * 60 - 30);
    expect(await countdownSeconds(pc.page)).toBeLessThanOrEqual(before + 10 * 60);
    expect(unexpected(pc.problems)).toEqual([]);
    await pc.context.close();
  });

  it('resumes by itself after the room server is killed with SIGKILL and restarted, losing no answer', async () => {
    const pcs = [
      { who: dimas, pc: await openPc(), given: new Map() as Given, token: '' },
      { who: putri, pc: await openPc(), given: new Map() as Given, token: '' },
    ];
    for (const lab of pcs) {
      await startTest(lab.pc, lab.who);
      lab.token = (await candidateToken(lab.pc.page)) ?? '';
      const mc = (await kinds(lab.pc.page)).flatMap((k, i) => (k === 'multiple_choice' ? [i] : []));
      await answer(lab.pc.page, lab.given, mc[0], { letter: 'A' });
      await answer(lab.pc.page, lab.given, mc[1], { letter: 'B' });
      await saved(lab.pc.page);
    }
    const acknowledged = pcs.map((lab) => lab.given.size);

    room.kill();
    for (const lab of pcs) {
      const all = await kinds(lab.pc.page);
      const mc = all.flatMap((k, i) => (k === 'multiple_choice' ? [i] : []));
      await answer(lab.pc.page, lab.given, mc[2], { letter: 'C' });
      await answer(lab.pc.page, lab.given, all.indexOf('essay'), { text: `Ditulis saat server mati (${lab.who.participantNo}).` });
      await answer(lab.pc.page, lab.given, mc[3], { letter: 'E' });
      await expect.poll(() => lab.pc.page.getByTestId('cbt-offline').getAttribute('data-pending'), { timeout: 10_000 }).toBe('3');
    }
    await screenshot(pcs[0].pc.page, 'resilience-server-down.id');

    await room.restart();
    for (const lab of pcs) await saved(lab.pc.page, 30_000);
    await screenshot(pcs[0].pc.page, 'resilience-resumed.id');
    await language(pcs[1].pc.page, 'en');
    await screenshot(pcs[1].pc.page, 'resilience-resumed.en');

    const outcome = [];
    for (const lab of pcs) outcome.push(await expectOnServer(lab.token, lab.given));
    console.info(
      `resilience: kill -9: acknowledged before the kill ${acknowledged.join('+')}, queued while down 3+3, on the server ${outcome.map((o) => `${o.onServer}/${o.given}`).join(', ')}`,
    );
    expect(outcome).toEqual([
      { onServer: 5, given: 5 },
      { onServer: 5, given: 5 },
    ]);
    // Same pages, same sign-ins: neither was sent back to the sign-in screen.
    for (const lab of pcs) {
      expect(await lab.pc.page.getByTestId('cbt-test').count()).toBe(1);
      expect(unexpected(lab.pc.problems)).toEqual([]);
      await lab.pc.context.close();
    }
  });
});
