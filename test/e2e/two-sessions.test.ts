import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/db/open';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';
import { callApi, releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';

/**
 * One lab, two sessions a day, the same browsers: lab PCs are browser contexts that are never cleared
 * between candidates (same context = same PC: its storage, outbox and history stay). Rizky sits the
 * morning session and, for a second scheme, the afternoon's on another PC; Putri takes his morning PC.
 */
let room: Room;
let browser: Browser;
const [rizky, , , putri] = demo.people.candidates;
type Pc = { context: BrowserContext; page: Page; problems: string[] };

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

async function openPc(): Promise<Pc> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const { problems } = watchPage(page, room.origin);
  await page.goto(room.url);
  await page.getByTestId('signin-form').waitFor();
  return { context, page, problems };
}

/**
 * The afternoon session of another scheme, written into the room's SQLite file beside the running server
 * (WAL lets two processes share it): the demo has one scheme, and the LSP's planner refuses a candidate
 * twice in one scheme on a day, so the test plants it as the bundle of a second scheme would.
 */
function plantAfternoon(morningId: string, candidates: string[]): void {
  const db = new Database(path.join(room.dataDir, DB_FILE_NAME));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(
      `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, title_en, date, start_time, duration_minutes)
       SELECT 'afternoon', lsp_id, scheme_id, tuk_id, 'SORE-01', 'Sesi sore', 'Afternoon session', date, '13:00', 120 FROM session WHERE id = ?`,
    ).run(morningId);
    for (const participantNo of candidates) {
      db.prepare(
        `INSERT INTO session_candidate (session_id, candidate_id, assessor_id, seat)
         SELECT 'afternoon', x.candidate_id, x.assessor_id, x.seat FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id
         WHERE x.session_id = ? AND c.participant_no = ?`,
      ).run(morningId, participantNo);
    }
  } finally {
    db.close();
  }
}

describe('a lab PC and a candidate across a morning and an afternoon session', () => {
  it('lets the candidate move to another PC for the afternoon, leaves the morning PC to the next candidate with nothing of his, and words the old token', async () => {
    // Morning: Rizky at PC-01 writes and hands in his test.
    const morning = await releaseToken(room);
    const pc1 = await openPc();
    await signInCandidate(pc1.page, rizky, morning.token);
    await acceptAndStart(pc1.page);
    await pc1.page.getByTestId('cbt-finish').click();
    await pc1.page.getByTestId('cbt-submit-dialog').waitFor();
    await pc1.page.getByTestId('cbt-confirm').click();
    await pc1.page.getByTestId('cbt-thanks').waitFor();
    const handedIn = (await callApi(room, 'exam/board', { sessionId: morning.sessionId }, morning.proctor)).rows.find((r) => r.participantNo === rizky.participantNo)!;

    // The proctor closes the morning and starts the afternoon, in which Rizky and Putri sit.
    await callApi(room, 'exam/endSession', { sessionId: morning.sessionId, reason: 'Sesi pagi selesai' }, morning.proctor);
    plantAfternoon(morning.sessionId, [rizky.participantNo, putri.participantNo]);
    const afternoon = (await callApi(room, 'exam/startSession', { sessionId: 'afternoon' }, morning.proctor)).token!;

    // Rizky, at PC-12 now, first types the token still on the board from the morning: told it was replaced.
    const pc12 = await openPc();
    await signInCandidate(pc12.page, rizky, morning.token);
    const refused = pc12.page.getByTestId('error-message');
    await expect.poll(() => refused.getAttribute('data-error-code')).toBe('TOKEN_EXPIRED');
    expect(await refused.textContent()).toContain(id.errors.TOKEN_EXPIRED);
    // With the afternoon's token he gets in, though his morning sign-in at PC-01 had hours left.
    await pc12.page.getByTestId('signin-token').fill(afternoon);
    await pc12.page.getByTestId('signin-submit').click();
    await pc12.page.getByTestId('cbt-agreement').waitFor();
    await screenshot(pc12.page, 'two-sessions-afternoon-pc12.id');

    // PC-01 is Putri's now. Rizky's receipt is gone with his sign-in; the form offers no saved login of his.
    await pc1.page.reload();
    await pc1.page.getByTestId('signin-form').waitFor();
    expect(await pc1.page.getByTestId('cbt-thanks').count()).toBe(0);
    await pc1.page.getByTestId('signin-mode-candidate').click();
    expect(await pc1.page.getByTestId('signin-username').getAttribute('autocomplete')).toBe('off');
    expect(await pc1.page.getByTestId('signin-password').getAttribute('autocomplete')).toBe('one-time-code');
    expect(await pc1.page.getByTestId('signin-username').inputValue()).toBe('');
    await signInCandidate(pc1.page, putri, afternoon);
    await acceptAndStart(pc1.page);
    expect(await pc1.page.getByTestId('cbt-candidate-name').textContent()).toContain('Putri');
    await screenshot(pc1.page, 'two-sessions-pc01-putri.id');

    // The morning's board still says Rizky handed in there and left: not online, not active since.
    const morningRow = (await callApi(room, 'exam/board', { sessionId: morning.sessionId }, morning.proctor)).rows.find((r) => r.participantNo === rizky.participantNo)!;
    expect(morningRow).toMatchObject({ phase: 'submitted', signedIn: false, online: false });
    expect(Date.parse(morningRow.lastActivityAt!)).toBeLessThanOrEqual(Date.parse(handedIn.lastActivityAt!));
    const afternoonRows = (await callApi(room, 'exam/board', { sessionId: 'afternoon' }, morning.proctor)).rows;
    expect(afternoonRows.map((r) => [r.participantNo, r.signedIn])).toEqual([
      [rizky.participantNo, true],
      [putri.participantNo, true],
    ]);

    // A refused sign-in answers 4xx on purpose, and so does PC-01's check of Rizky's ended sign-in (401);
    // nothing else went wrong on either PC.
    expect(pc12.problems.filter((p) => !p.includes('status of 4'))).toEqual([]);
    expect(pc1.problems.filter((p) => !p.includes('status of 401'))).toEqual([]);
  });
});
