import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditReadOnly, writtenWhileLocked, type Core } from '../../../electron/core';
import type { EventMessage } from '../../../electron/shared/contract';
import { MINUTE, movableClock } from '../../support/clock';
import { call, demo, demoSessionId, failure, releaseToken, signInAs, staff, tempCore, tempDir } from '../../support/core';

/** The rules as the README states them, pinned here rather than read from the code under test. */
const LOCK_AFTER_FAILURES = 5;
const LOCK_MINUTES = 15;
// A fixed instant: the demo's session is seeded on the venue's day of this clock.
const NOW = new Date('2027-06-15T02:00:00.000Z');
const c0 = demo.people.candidates[0];

async function lockStaff(core: Core, username: string): Promise<string> {
  for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await failure(core, 'auth/signIn', { username, password: 'tebakan-123' });
  return core.db.prepare('SELECT id FROM account WHERE username = ?').pluck().get(username) as string;
}

function audits(core: Core, action: string): { actor: string | null; entityId: string; details: Record<string, unknown> }[] {
  return (core.db.prepare('SELECT actor_account_id AS actor, entity_id AS entityId, details FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { actor: string | null; entityId: string; details: string }[])
    .map((r) => ({ ...r, details: JSON.parse(r.details) }));
}

describe('a lock lifts by itself after its time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`a candidate's lock lasts ${LOCK_MINUTES} minutes, tells how many are left, then the card signs in; the audit says when it began and lifted`, async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    const token = await releaseToken(core);
    const args = (password: string) => ({ participantNo: c0.participantNo, password, token, deviceId: 'pc-01-device' });
    for (let i = 0; i < LOCK_AFTER_FAILURES - 1; i++) await failure(core, 'auth/candidateSignIn', args('salah'));
    expect(await failure(core, 'auth/candidateSignIn', args('salah'))).toEqual({
      code: 'ACCOUNT_LOCKED',
      messageKey: 'errors.ACCOUNT_LOCKED',
      params: { count: LOCK_AFTER_FAILURES, minutes: LOCK_MINUTES },
    });
    const until = new Date(NOW.getTime() + LOCK_MINUTES * MINUTE).toISOString();
    const [locked] = audits(core, 'auth.locked');
    expect(locked.details.lockedUntil).toBe(until);
    // The proctor sees until when, on the console's board and on the home's list.
    const proctor = await signInAs(core, 'proctor');
    const seen = async () => {
      const board = await call(core, 'exam/board', { sessionId: demoSessionId(core) }, proctor);
      const home = await call(core, 'proctor/today', {}, proctor);
      const row = board.rows.find((r) => r.participantNo === c0.participantNo);
      const listed = home.sessions[0].candidates.find((c) => c.participantNo === c0.participantNo);
      return [row?.locked, row?.lockedUntil, listed?.locked, listed?.lockedUntil];
    };
    expect(await seen()).toEqual([true, until, true, until]);

    clock.advance((LOCK_MINUTES - 1) * MINUTE + 30_000);
    expect((await failure(core, 'auth/candidateSignIn', args(c0.password))).params).toEqual({ count: LOCK_AFTER_FAILURES, minutes: 1 });
    clock.advance(30_000);
    const signedIn = await call(core, 'auth/candidateSignIn', args(c0.password));
    expect(signedIn.principal.username).toBe(c0.participantNo);
    expect(await seen()).toEqual([false, undefined, false, undefined]);

    const lifted = audits(core, 'auth.lockLifted');
    expect(lifted).toEqual([
      {
        actor: null,
        entityId: signedIn.principal.accountId,
        details: { username: c0.participantNo, lockedAt: NOW.toISOString(), liftedAt: new Date(NOW.getTime() + LOCK_MINUTES * MINUTE).toISOString(), minutes: LOCK_MINUTES, door: 'here' },
      },
    ]);
    // The count starts again: four more wrong passwords do not lock it.
    for (let i = 0; i < LOCK_AFTER_FAILURES - 1; i++) expect((await failure(core, 'auth/candidateSignIn', { ...args('salah'), deviceId: 'pc-01-device' })).code).toBe('BAD_CREDENTIALS');
  });

  it("the proctor's own username, locked by a stranger, signs in again after the lock's time without an admin", async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    await lockStaff(core, staff.proctor.username);
    expect((await failure(core, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password })).params).toEqual({ count: LOCK_AFTER_FAILURES, minutes: LOCK_MINUTES });
    clock.advance(LOCK_MINUTES * MINUTE);
    expect((await call(core, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password })).principal.role).toBe('proctor');
    expect(audits(core, 'auth.lockLifted')).toHaveLength(1);
  });

  it("is lifted by the core's sweep when its time is up, pushed to the proctor's home and audited, with no sign-in needed", async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    const proctor = await signInAs(core, 'proctor');
    const pushes: EventMessage[] = [];
    core.subscribe(proctor, (m) => m.event === 'accounts/changed' && pushes.push(m));
    const accountId = await lockStaff(core, staff.assessor1.username);
    const lockedNow = async () => (await call(core, 'proctor/today', {}, proctor)).sessions[0].assessors.find((a) => a.accountId === accountId)?.locked;
    expect(await lockedNow()).toBe(true);

    // A sweep before the time leaves it locked.
    clock.advance(LOCK_MINUTES * MINUTE - 1_000);
    vi.advanceTimersByTime(30_000);
    expect(await lockedNow()).toBe(true);
    expect(audits(core, 'auth.lockLifted')).toHaveLength(0);

    clock.advance(1_000);
    vi.advanceTimersByTime(30_000);
    expect(await lockedNow()).toBe(false);
    expect(pushes.at(-1)).toEqual({ event: 'accounts/changed', payload: { accountId, locked: false } });
    expect(audits(core, 'auth.lockLifted').map((a) => [a.actor, a.entityId])).toEqual([[null, accountId]]);
  });

  it('is, with the wrong passwords before it, a row audit verify names as written while the keys were locked', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const dataDir = tempDir();
    const first = await tempCore({ dataDir, clock: movableClock(NOW) });
    // A key holder's first sign-in wraps the keys under their password (the first-run key file goes).
    await signInAs(first, 'proctor');
    first.close();
    // Started again: the keys stay locked until a key holder signs in, and none does.
    const clock = movableClock(new Date(NOW.getTime() + MINUTE));
    const core = await tempCore({ dataDir, clock });
    await lockStaff(core, staff.assessor2.username);
    clock.advance(LOCK_MINUTES * MINUTE);
    vi.advanceTimersByTime(30_000);
    expect(audits(core, 'auth.lockLifted')).toHaveLength(1);
    core.close();
    const tail = verifyAuditReadOnly(dataDir).findings.find((f) => f.kind === 'unsigned_tail');
    // The kinds of row the tail holds, each once.
    expect(writtenWhileLocked(dataDir, tail!.fromSeq!, tail!.toSeq!)?.sort()).toEqual(['auth.failed', 'auth.lockLifted', 'auth.locked']);
  });
});
