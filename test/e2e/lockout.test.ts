import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/core';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
import { releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';
import { signInCandidate } from './support/candidate-pc';

/**
 * Wrong passwords for other seats' participant numbers, on the real room server, and what the locked candidate
 * and the proctor see in Chromium: nothing counts before the session's token exists, a lock says when it lifts,
 * and the console unlocks every locked seat at once under one reason.
 */
let room: Room;
let browser: Browser;

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

/** Someone types a wrong password for a participant number, as a script on the LAN would send it. */
async function wrongPassword(participantNo: string, token: string, i: number): Promise<string> {
  const response = await fetch(new URL('/api/auth/candidateSignIn', room.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ participantNo, password: `salah-${i}`, token, deviceId: 'pc-di-kursi-lain' }),
  });
  return ((await response.json()) as { error: { code: string } }).error.code;
}

async function labPc(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto(room.url);
  return page;
}

describe('a room locked out by wrong passwords', () => {
  const victims = demo.people.candidates.slice(3, 6);

  it('locks no one before the session starts, then the locked candidate is told when the lock lifts, and the proctor unlocks all at once', async () => {
    for (const v of victims) for (let i = 0; i < 5; i++) expect(await wrongPassword(v.participantNo, 'ABCDEF', i)).toBe('SESSION_NOT_STARTED');

    const { token } = await releaseToken(room);
    // Someone at another seat, with the room's token, locks three seats.
    for (const v of victims) {
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) codes.push(await wrongPassword(v.participantNo, token, i));
      expect(codes.at(-1)).toBe('ACCOUNT_LOCKED');
    }

    const pc = await labPc();
    await signInCandidate(pc, victims[0], token);
    const refused = pc.getByTestId('error-message');
    await refused.waitFor();
    expect(await refused.textContent()).toBe(
      'Akun dikunci setelah 5 kali gagal masuk. Kunci terbuka sendiri dalam 15 menit, atau minta proktor atau admin LSP membukanya sekarang.',
    );
    await screenshot(pc, 'cbt-sign-in-locked.id');

    const { page: console } = await openStaffPage(browser, room, 'proktor', 'proktor123!');
    await console.getByTestId('session-open').click();
    await console.getByTestId('console-tab-board').click();
    const lockedRows = console.locator('[data-testid="board-row"][data-locked="true"]');
    await expect.poll(() => lockedRows.count()).toBe(3);
    expect(await lockedRows.first().getByTestId('locked-until').textContent()).toMatch(/^terbuka sendiri pukul \d{2}\.\d{2}$/);
    await console.getByTestId('room-unlockAll').click();
    const dialog = console.getByTestId('room-dialog-unlockAll');
    expect(await dialog.getByTestId('room-dialog-count').getAttribute('data-count')).toBe('3');
    await screenshot(console, 'proctor-unlock-all.id');
    await dialog.getByTestId('action-reason').fill('Dikunci dari kursi lain, identitas sudah dicek');
    await dialog.getByTestId('action-confirm').click();
    expect(await console.getByTestId('room-action-done').textContent()).toBe('Buka kunci semua yang terkunci: 3 peserta.');
    await expect.poll(() => lockedRows.count()).toBe(0);

    // The candidate at the desk signs in at once.
    await signInCandidate(pc, victims[0], token);
    await pc.getByTestId('cbt-agreement').waitFor({ timeout: 10_000 }).catch(async (err: unknown) => {
      throw new Error(`${String(err)}\n${await pc.locator('body').innerText()}`);
    });
  });
});
