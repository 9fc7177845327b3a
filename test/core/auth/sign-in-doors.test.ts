import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { MINUTE, movableClock } from '../../support/clock';
import { call, signInAs, staff, tempCore } from '../../support/core';

/** The rules as the README states them, pinned here rather than read from the code under test. */
const LOCK_AFTER_FAILURES = 5;
const NOW = new Date('2027-06-15T02:00:00.000Z');

/** A sign-in as the room server passes it for another computer ('lan'), or as the station's own window does. */
async function signInVia(core: Core, origin: 'lan' | 'here', password: string): Promise<string> {
  const reply = await core.dispatch('auth/signIn', { username: staff.proctor.username, password }, null, origin);
  return reply.ok ? 'OK' : reply.error.code;
}

describe('wrong passwords at each door lock that door only (migration 035)', () => {
  it("a stranger's wrong passwords over the LAN lock the proctor's username on the LAN, not at the station the proctor sits at", async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    const codes: string[] = [];
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) codes.push(await signInVia(core, 'lan', `tebakan-${i}`));
    expect(codes).toEqual([...Array(LOCK_AFTER_FAILURES - 1).fill('BAD_CREDENTIALS'), 'ACCOUNT_LOCKED']);
    expect(await signInVia(core, 'lan', staff.proctor.password)).toBe('ACCOUNT_LOCKED');
    // At the station itself the proctor signs in, and the LAN's lock stays for the LAN.
    expect(await signInVia(core, 'here', staff.proctor.password)).toBe('OK');
    expect(await signInVia(core, 'lan', staff.proctor.password)).toBe('ACCOUNT_LOCKED');
    const locked = core.db.prepare("SELECT details FROM audit_log WHERE action = 'auth.locked'").pluck().get() as string;
    expect(JSON.parse(locked)).toMatchObject({ username: staff.proctor.username, door: 'lan', failedAttempts: LOCK_AFTER_FAILURES });

    // The admin's accounts screen shows it locked; the admin's unlock opens both doors.
    const admin = await signInAs(core, 'admin');
    const row = (await call(core, 'accounts/list', {}, admin)).find((a) => a.username === staff.proctor.username);
    expect(row?.locked).toBe(true);
    await call(core, 'accounts/unlock', { accountId: row!.id, reason: 'dikunci dari LAN, sudah dicek' }, admin);
    expect(await signInVia(core, 'lan', staff.proctor.password)).toBe('OK');
  });

  it('wrong passwords typed at this computer lock it there and leave the LAN door alone', async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    for (let i = 0; i < LOCK_AFTER_FAILURES - 1; i++) await signInVia(core, 'lan', `tebakan-${i}`);
    // Four from the LAN and one typo here lock nothing: each door counts its own.
    expect(await signInVia(core, 'here', 'salah-ketik')).toBe('BAD_CREDENTIALS');
    clock.advance(MINUTE);
    for (let i = 0; i < LOCK_AFTER_FAILURES - 2; i++) expect(await signInVia(core, 'here', `salah-${i}`)).toBe('BAD_CREDENTIALS');
    expect(await signInVia(core, 'here', 'salah-akhir')).toBe('ACCOUNT_LOCKED');
    expect(await signInVia(core, 'here', staff.proctor.password)).toBe('ACCOUNT_LOCKED');
    expect(await signInVia(core, 'lan', staff.proctor.password)).toBe('OK');
    const locked = core.db.prepare("SELECT details FROM audit_log WHERE action = 'auth.locked'").pluck().all() as string[];
    expect(locked.map((d) => JSON.parse(d).door)).toEqual(['here']);
  });
});
