import { describe, expect, it } from 'vitest';
import { deleteExpiredSessions } from '../../../electron/core/auth/sessions';
import { call, demo, failure, signInAs, signInCandidate, staff, tempCore } from '../../support/core';

/** The rules pinned here, not read from the code under test: 2 h without a call, 14 h from sign-in at most. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function clockedCore() {
  const clock = { at: new Date('2026-11-21T07:00:00+07:00') };
  const core = await tempCore({ clock: { now: () => clock.at } });
  const pass = (ms: number) => {
    clock.at = new Date(clock.at.getTime() + ms);
  };
  return { core, pass };
}

describe('how long a sign-in lasts', () => {
  it('keeps a staff member who keeps working signed in, and ends an idle one after 2 h as SESSION_EXPIRED', async () => {
    const { core, pass } = await clockedCore();
    const token = await signInAs(core, 'assessor1');
    for (let i = 0; i < 5; i++) {
      pass(HOUR + 50 * MINUTE);
      expect((await call(core, 'auth/whoami', {}, token)).username).toBe(staff.assessor1.username);
    }
    pass(2 * HOUR + MINUTE);
    expect((await failure(core, 'auth/whoami', {}, token)).code).toBe('SESSION_EXPIRED');
  });

  it('ends a busy staff sign-in 14 h after it began', async () => {
    const { core, pass } = await clockedCore();
    const token = await signInAs(core, 'admin');
    for (let i = 0; i < 13; i++) {
      pass(HOUR);
      await call(core, 'auth/whoami', {}, token);
    }
    pass(HOUR - MINUTE);
    await call(core, 'auth/whoami', {}, token);
    pass(2 * MINUTE);
    expect((await failure(core, 'auth/whoami', {}, token)).code).toBe('SESSION_EXPIRED');
  });

  it('gives a candidate the fixed exam day, without the idle rule', async () => {
    const { core, pass } = await clockedCore();
    const token = await signInCandidate(core);
    pass(5 * HOUR);
    expect((await call(core, 'auth/whoami', {}, token)).username).toBe(demo.people.candidates[0].participantNo);
  });

  it('is not slid on by push streams checked on a timer, only by calls', async () => {
    const { core, pass } = await clockedCore();
    const token = await signInAs(core, 'proctor');
    const ended: string[] = [];
    core.subscribe(token, () => {}, () => ended.push('ended'));
    pass(HOUR);
    expect(core.principalFor(token)?.username).toBe(staff.proctor.username);
    pass(HOUR + MINUTE);
    expect(core.principalFor(token)).toBeNull();
    expect((await failure(core, 'auth/whoami', {}, token)).code).toBe('SESSION_EXPIRED');
  });

  it('still signs out for good a staff member disabled or reset by an admin, expired or not', async () => {
    const { core, pass } = await clockedCore();
    const admin = await signInAs(core, 'admin');
    const proctor = await signInAs(core, 'proctor');
    const assessor = await signInAs(core, 'assessor1');
    const accountOf = (username: string) => core.db.prepare('SELECT id FROM account WHERE username = ?').pluck().get(username) as string;
    pass(2 * HOUR + MINUTE);
    const admin2 = await signInAs(core, 'admin');
    await call(core, 'accounts/setDisabled', { accountId: accountOf(staff.proctor.username), disabled: true, reason: 'pindah tugas' }, admin2);
    await call(core, 'accounts/resetPassword', { accountId: accountOf(staff.assessor1.username), password: 'Sementara-2026' }, admin2);
    expect((await failure(core, 'auth/whoami', {}, proctor)).code).toBe('SIGNED_OUT_DISABLED');
    expect((await failure(core, 'auth/whoami', {}, assessor)).code).toBe('SIGNED_OUT_PASSWORD_RESET');
    expect((await failure(core, 'auth/whoami', {}, admin)).code).toBe('SESSION_EXPIRED');
  });

  it('deletes expired sign-ins a day after their expiry; until then they are told SESSION_EXPIRED', async () => {
    const { core, pass } = await clockedCore();
    const token = await signInAs(core, 'admin');
    pass(20 * HOUR);
    expect(deleteExpiredSessions(core.db, core.context.clock)).toBe(0);
    expect((await failure(core, 'auth/whoami', {}, token)).code).toBe('SESSION_EXPIRED');
    pass(7 * HOUR);
    expect(deleteExpiredSessions(core.db, core.context.clock)).toBe(1);
    expect((await failure(core, 'auth/whoami', {}, token)).code).toBe('UNAUTHENTICATED');
  });
});
