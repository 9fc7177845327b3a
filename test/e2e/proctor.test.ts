import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CbtState } from '../../electron/shared/cbt';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { launchChromium, screenshot, startOnConsole, watchPage } from './support/browser';
import { callApi } from './support/exam-api';
import { startRoom, type Room } from './support/room';
import { freePort } from '../support/ports';
import { diskTempFolder } from '../support/on-disk';

/**
 * A whole exam day from the proctor's console, in Chromium through the real room server; the lab PCs
 * are played over HTTP, exactly as their screens call the API.
 */
let room: Room;
let browser: Browser;
let page: Page;
let problems: string[];
let backupDir: string;
/** Every request the console makes for the whole board: pushes, not reloads, must keep it current. */
const boardLoads: string[] = [];

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  backupDir = fs.mkdtempSync(path.join(diskTempFolder(), 'ru-e2e-backups-'));
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  page = await context.newPage();
  ({ problems } = watchPage(page, room.origin));
  page.on('request', (r) => {
    if (r.url().endsWith('/api/exam/board')) boardLoads.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
  if (backupDir) fs.rmSync(backupDir, { recursive: true, force: true });
});

const [rizky, siti, dimas, putri] = demo.people.candidates;
type Candidate = (typeof demo.people.candidates)[number];

const row = (who: Candidate): Locator => page.locator(`[data-testid="board-row"][data-candidate="${who.participantNo}"]`);
const tab = (name: string) => page.getByTestId(`console-tab-${name}`);

/** A lab PC: signs in with the token the console shows, accepts FR.AK.01 and answers over HTTP. */
async function labPc(who: Candidate, token: string, answers: number): Promise<{ bearer: string; state: CbtState }> {
  const signedIn = await callApi(
    room,
    'auth/candidateSignIn',
    { participantNo: who.participantNo, password: who.password, token, deviceId: `e2e-pc-${who.participantNo}` },
  );
  const state = await callApi(room, 'cbt/agree', { accept: true }, signedIn.token);
  const mc = state.items.filter((item) => item.kind === 'multiple_choice').slice(0, answers);
  for (const [n, item] of mc.entries()) {
    await callApi(room, 'cbt/save', { itemId: item.itemId, seq: n + 1, choice: 1, text: null, doubtful: n === 0 }, signedIn.token);
  }
  return { bearer: signedIn.token, state };
}

async function rawCall(method: string, args: unknown, bearer: string): Promise<{ ok: boolean; error?: { code: string } }> {
  const response = await fetch(new URL(`/api/${method}`, room.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
    body: JSON.stringify(args),
  });
  return (await response.json()) as { ok: boolean; error?: { code: string } };
}

/** Opens a row's action, gives the reason (and minutes), confirms, and waits for the dialog to close. */
async function act(who: Candidate, action: string, reason: string, minutes?: number): Promise<void> {
  await row(who).getByTestId('board-actions').click();
  await row(who).getByTestId(`board-action-${action}`).click();
  if (minutes !== undefined) await page.getByTestId('action-minutes').fill(String(minutes));
  await page.getByTestId('action-reason').fill(reason);
  await page.getByTestId('action-confirm').click();
  await page.getByTestId(`action-dialog-${action}`).waitFor({ state: 'detached' });
}

function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).filter((i) => i.family === 'IPv4' && !i.internal).map((i) => i.address));
}

describe('the proctor console runs a session day', () => {
  let token = '';
  let sitiBearer = '';
  let rizkyPc: { bearer: string; state: CbtState } | null = null;

  it('signs in, picks today’s session and starts it: the token is shown large with its countdown', async () => {
    await page.goto(room.url);
    await page.getByTestId('signin-mode-staff').click();
    await page.getByTestId('signin-username').fill('proktor');
    await page.getByTestId('signin-password').fill('proktor123!');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('session-open').click();
    const consoleRoot = page.getByTestId('proctor-console');
    await consoleRoot.waitFor();
    expect(await page.getByTestId('session-status').textContent()).toBe(id.examDay.status.not_started);
    await screenshot(page, 'proctor-session-not-started.id');

    await startOnConsole(page);
    const shown = page.getByTestId('session-token');
    await shown.waitFor();
    token = ((await shown.textContent()) ?? '').trim();
    expect(token).toMatch(/^[A-Z]{6}$/);
    expect(await page.getByTestId('token-countdown').textContent()).toMatch(/^\d+:\d{2}$/);
    expect(await page.getByTestId('session-status').textContent()).toBe(id.examDay.status.running);
    // Legible from the back of the lab: the token's letters are drawn at least 56 px tall.
    const fontSize = await shown.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(56);
    await screenshot(page, 'proctor-session.id');
  });

  it('follows lab PCs live on the board by push, without reloading it', async () => {
    await tab('board').click();
    await row(rizky).waitFor();
    expect(await page.getByTestId('board-row').count()).toBe(demo.people.candidates.length);
    expect(await row(rizky).getAttribute('data-phase')).toBe('not_signed_in');
    const loadsBefore = boardLoads.length;

    rizkyPc = await labPc(rizky, token, 3);
    ({ bearer: sitiBearer } = await labPc(siti, token, 2));
    // Both saves are acknowledged: the board must show them within 2 s (the push window is 0.5 s).
    await expect.poll(() => row(rizky).getAttribute('data-phase'), { timeout: 2_000 }).toBe('test');
    await expect.poll(() => row(rizky).getByTestId('board-answered').textContent(), { timeout: 2_000 }).toMatch(/^3\/\d+$/);
    await expect.poll(() => row(siti).getByTestId('board-answered').textContent(), { timeout: 2_000 }).toMatch(/^2\/\d+$/);
    expect(await row(rizky).getAttribute('data-online')).toBe('true');
    expect(await row(rizky).getByTestId('board-doubtful').textContent()).toBe('1');
    expect(await row(rizky).getByTestId('board-time').textContent()).toMatch(/^\d+:\d{2}(:\d{2})?$/);
    expect(boardLoads.length).toBe(loadsBefore);

    const summary = page.getByTestId('board-summary');
    expect(await summary.locator('[data-summary="inTest"]').getAttribute('data-value')).toBe('2');
    expect(await summary.locator('[data-summary="present"]').getAttribute('data-value')).toBe('2');
    await screenshot(page, 'proctor-board.id');
  });

  it('extends one candidate’s time with a reason, and the board shows the extra minutes', async () => {
    // No reason, no call: the dialog says why and stays open.
    await row(rizky).getByTestId('board-actions').click();
    await screenshot(page, 'proctor-board-actions.id');
    await row(rizky).getByTestId('board-action-extendTime').click();
    await page.getByTestId('action-confirm').click();
    expect(await page.getByTestId('action-dialog-extendTime').textContent()).toContain(id.examDay.actions.reasonTooShort);
    await screenshot(page, 'proctor-action-dialog.id');
    await page.getByTestId('action-cancel').click();

    await act(rizky, 'extendTime', 'PC mati listrik 15 menit', 15);
    await expect.poll(() => row(rizky).getByTestId('board-extension').textContent()).toBe('+15 menit');
    expect(await page.getByTestId('action-done').textContent()).toContain(rizky.name);
  });

  it('pauses a test (the row stands out) and resumes it', async () => {
    await act(rizky, 'pause', 'Peserta izin ke toilet');
    await expect.poll(() => row(rizky).getAttribute('data-phase')).toBe('paused');
    expect(await row(rizky).getAttribute('class')).toContain('board-row--warn');
    await screenshot(page, 'proctor-board-paused.id');
    await act(rizky, 'resume', 'Peserta kembali ke ruangan');
    await expect.poll(() => row(rizky).getAttribute('data-phase')).toBe('test');
  });

  it('resets a login: the old PC is signed out and the row says so', async () => {
    await act(siti, 'resetLogin', 'PC-02 rusak, pindah ke PC-12');
    await expect.poll(() => row(siti).getAttribute('data-online')).toBe('false');
    await row(siti).getByTestId('board-actions').click();
    expect(await row(siti).getByTestId('board-action-resetLogin').count()).toBe(0);
    await row(siti).getByTestId('board-actions').click();
    expect((await rawCall('cbt/state', {}, sitiBearer)).error?.code).toBe('LOGIN_MOVED');
  });

  it('marks a candidate who did not come as absent', async () => {
    await act(dimas, 'markAbsent', 'Tidak hadir sampai sesi dimulai');
    await expect.poll(() => row(dimas).getAttribute('data-phase')).toBe('absent');
  });

  it('checks a candidate in on the attendance list', async () => {
    await tab('attendance').click();
    const putriRow = page.locator(`[data-testid="attendance-row"][data-candidate="${putri.participantNo}"]`);
    await putriRow.getByTestId('attendance-checkin').click();
    await expect.poll(() => putriRow.getAttribute('data-attendance')).toBe('present');
    expect(await page.locator(`[data-testid="attendance-row"][data-candidate="${dimas.participantNo}"]`).getAttribute('data-attendance')).toBe('absent');
    await screenshot(page, 'proctor-attendance.id');
  });

  it('records an incident and notes in the minutes, with the day’s counts', async () => {
    await tab('minutes').click();
    await page.getByTestId('minutes').waitFor();
    expect(await page.getByTestId('minutes-registered').textContent()).toBe(String(demo.people.candidates.length));
    // Present: the two who started and the one checked in; absent: the one marked so; the rest not recorded yet.
    expect(await page.getByTestId('minutes-present').textContent()).toBe('3');
    expect(await page.getByTestId('minutes-absent').textContent()).toBe('1');
    expect(await page.getByTestId('minutes-not-recorded').textContent()).toBe(String(demo.people.candidates.length - 4));
    await page.getByTestId('minutes-incident').fill('Listrik padam 5 menit di PC-01; waktu peserta ditambah.');
    await page.getByTestId('minutes-incident-add').click();
    await expect.poll(() => page.getByTestId('minutes-incident-item').count()).toBe(1);
    expect(await page.getByTestId('minutes-incidents').textContent()).toContain('Listrik padam 5 menit');
    await page.getByTestId('minutes-notes').fill('Ujian berjalan tertib.');
    await page.getByTestId('minutes-notes-save').click();
    const minutes = await callApi(room, 'exam/minutes', { sessionId: (await page.getByTestId('proctor-console').getAttribute('data-session')) ?? '' }, await proctorBearer());
    expect(minutes.notes).toBe('Ujian berjalan tertib.');
    await screenshot(page, 'proctor-minutes.id');
  });

  it('shows the room server: closed by default, with this machine’s network cards (or why not)', async () => {
    await tab('room').click();
    const status = page.getByTestId('room-status');
    await status.waitFor();
    expect(await status.getAttribute('data-open')).toBe('false');
    const addresses = lanAddresses();
    if (addresses.length === 0) {
      expect(await page.getByTestId('room-no-interfaces').textContent()).toBe(id.examDay.room.noInterfaces);
      await screenshot(page, 'proctor-room.id');
      return;
    }
    // This machine has a LAN card: open the room on it (a port known to be free) and close it again.
    const host = addresses[0];
    await page.getByTestId('room-host').selectOption(host);
    await page.getByTestId('room-port').fill(String(await freePort(host)));
    await page.getByTestId('room-open').click();
    const url = page.getByTestId('room-url');
    await url.waitFor();
    const lanUrl = (await url.textContent()) ?? '';
    expect(lanUrl).toContain(host);
    expect(Number(await page.getByTestId('room-qr').getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
    expect((await fetch(new URL('/api/health', lanUrl))).ok).toBe(true);
    await screenshot(page, 'proctor-room.id');
    // The session is running: closing the room would cut its lab PCs off, which is said by name first.
    await page.getByTestId('room-close').click();
    expect(await page.getByTestId('room-close-running').textContent()).toContain(demo.people.session.code);
    await page.getByTestId('room-close-confirm').click();
    await expect.poll(() => status.getAttribute('data-open')).toBe('false');
  });

  it('configures a backup folder and takes a backup now', async () => {
    await tab('backups').click();
    await page.getByTestId('backup-folder').fill(backupDir);
    await page.getByTestId('backup-save').click();
    await expect.poll(() => page.getByTestId('backups').getAttribute('data-configured')).toBe('true');
    await page.getByTestId('backup-now').click();
    await expect.poll(() => page.getByTestId('backup-file').count()).toBe(1);
    const name = (await page.getByTestId('backup-file').getAttribute('data-name')) ?? '';
    expect(fs.readdirSync(backupDir)).toContain(name);
    await screenshot(page, 'proctor-backups.id');
  });

  it('reads the same in English', async () => {
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    for (const name of ['session', 'board', 'attendance', 'minutes', 'room', 'backups'] as const) {
      await tab(name).click();
      expect((await tab(name).textContent())?.trim()).toBe(en.examDay.tabs[name]);
      await page.getByTestId(`console-panel-${name}`).waitFor();
      if (name === 'board') await expect.poll(() => row(rizky).getByTestId('board-extension').textContent()).toBe('+15 min');
      if (name === 'minutes') await page.getByTestId('minutes').waitFor();
      await screenshot(page, `proctor-${name}.en`);
    }
  });

  it('closes the session: the unsubmitted tests are collected and no answer is accepted after', async () => {
    await tab('session').click();
    await page.getByTestId('session-end').click();
    await page.getByTestId('action-reason').fill('Waktu sesi selesai');
    await page.getByTestId('action-confirm').click();
    await expect.poll(() => page.getByTestId('session-status').textContent()).toBe(en.examDay.status.ended);
    await page.getByTestId('session-ended').waitFor();
    await tab('board').click();
    await expect.poll(() => row(rizky).getAttribute('data-phase')).toBe('submitted');
    await screenshot(page, 'proctor-board-ended.en');
    // A lab PC that still sends an answer is told clearly that it is too late.
    const last = rizkyPc!.state.items.find((item) => item.kind === 'multiple_choice')!;
    const late = await rawCall('cbt/save', { itemId: last.itemId, seq: 99, choice: 2, text: null, doubtful: false }, rizkyPc!.bearer);
    expect(late).toMatchObject({ ok: false, error: { code: 'SESSION_ENDED' } });
    expect(problems).toEqual([]);
  });
});

let bearer: string | null = null;
/** The test's own proctor session, for reading back what the screens stored. */
async function proctorBearer(): Promise<string> {
  bearer ??= (await callApi(room, 'auth/signIn', { username: 'proktor', password: 'proktor123!' })).token;
  return bearer;
}
