import { describe, expect, it } from 'vitest';
import { examDay } from '../core/cbt/support';
import { demo, releaseToken, staff, tempCore } from '../support/core';
import { post, raw, tempServer } from '../support/http';
import { openStream } from '../support/sse';

/** The rule as the README states it, pinned here rather than read from the code under test. */
const LOCK_AFTER_FAILURES = 5;
const settle = () => new Promise((r) => setTimeout(r, 100));

/** Someone else on the LAN types wrong passwords for a name they know until the account locks. */
async function lockOut(server: Awaited<ReturnType<typeof tempServer>>, method: string, args: (i: number) => unknown): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < LOCK_AFTER_FAILURES; i++) codes.push(JSON.parse((await post(server, method, args(i))).body).error.code);
  return codes;
}

describe('a lockout over the room server', () => {
  it("another seat's wrong passwords lock the candidate's account, not the test already under way on their PC", async () => {
    const day = await examDay(0);
    const server = await tempServer({ core: day.core });
    const state = JSON.parse((await post(server, 'cbt/agree', { accept: true }, day.candidate)).body).result;
    const item = state.items.find((i: { kind: string }) => i.kind === 'multiple_choice').itemId;
    const stream = openStream(server.port, day.candidate);
    await stream.ready;

    const participantNo = demo.people.candidates[0].participantNo;
    const codes = await lockOut(server, 'auth/candidateSignIn', (i) => ({ participantNo, password: `salah-${i}`, token: day.token, deviceId: 'pc-of-another-seat' }));
    expect(codes).toEqual([...Array(LOCK_AFTER_FAILURES - 1).fill('BAD_CREDENTIALS'), 'ACCOUNT_LOCKED']);

    // The candidate at their own PC carries on: the guesser held none of their sign-in.
    const save = await post(server, 'cbt/save', { itemId: item, seq: 1, choice: 0, text: null, doubtful: false }, day.candidate);
    expect([save.status, JSON.parse(save.body).result?.stored]).toEqual([200, true]);
    expect((await post(server, 'cbt/state', {}, day.candidate)).status).toBe(200);
    await settle();
    let ended = false;
    void stream.ended.then(() => (ended = true));
    await settle();
    expect(ended).toBe(false);
    stream.close();

    // A new sign-in stays refused until the proctor unlocks (their board shows the lock).
    const again = await post(server, 'auth/candidateSignIn', { participantNo, password: demo.people.candidates[0].password, token: day.token, deviceId: 'pc-0-device' });
    expect([again.status, JSON.parse(again.body).error.code]).toEqual([423, 'ACCOUNT_LOCKED']);
  });

  it("a stranger's wrong passwords for the proctor's username leave the proctor's console signed in", async () => {
    const day = await examDay(0);
    const server = await tempServer({ core: day.core });
    const codes = await lockOut(server, 'auth/signIn', (i) => ({ username: staff.proctor.username, password: `tebakan-${i}` }));
    expect(codes.at(-1)).toBe('ACCOUNT_LOCKED');
    const today = await post(server, 'proctor/today', {}, day.proctor);
    expect(today.status).toBe(200);
    const token = await post(server, 'exam/rotateToken', { sessionId: day.seat.sessionId }, day.proctor);
    expect([token.status, JSON.parse(token.body).ok]).toEqual([200, true]);
    const again = await post(server, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password });
    expect([again.status, JSON.parse(again.body).error.code]).toEqual([423, 'ACCOUNT_LOCKED']);
  });

  it("a laptop on the LAN without the room's token locks no one before the exam, at the address limit's full rate, nor once the session runs", async () => {
    // The walk: one address, 30 sign-ins a minute, 5 wrong passwords for each participant number in turn.
    const core = await tempCore();
    const server = await tempServer({ core, signInsPerAddress: { perMinute: 30, includeLoopback: true } });
    const seats = demo.people.candidates.slice(0, 6);
    const codes = new Set<string>();
    for (const c of seats) {
      for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
        const res = await post(server, 'auth/candidateSignIn', { participantNo: c.participantNo, password: `salah-${i}`, token: 'ABCDEF', deviceId: 'laptop-di-lorong' });
        codes.add(JSON.parse(res.body).error.code);
      }
    }
    expect([...codes]).toEqual(['SESSION_NOT_STARTED']);
    // The address limit still holds: the 31st try in the minute waits.
    expect((await post(server, 'auth/candidateSignIn', { participantNo: seats[0].participantNo, password: 'x', token: 'ABCDEF', deviceId: 'laptop-di-lorong' })).status).toBe(429);

    const token = await releaseToken(core);
    const lab = await tempServer({ core });
    for (const c of seats) {
      for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
        const res = await post(lab, 'auth/candidateSignIn', { participantNo: c.participantNo, password: `salah-${i}`, token: 'ZZZZZZ', deviceId: 'laptop-di-lorong' });
        expect(JSON.parse(res.body).error.code).toBe('TOKEN_INVALID');
      }
    }
    const locks = core.db.prepare("SELECT count(*) FROM account WHERE role = 'candidate' AND (coalesce(locked_at, here_locked_at) IS NOT NULL OR failed_attempts + here_failed_attempts > 0)").pluck().get();
    expect(locks).toBe(0);
    // Every seat signs in at its own PC with the token the proctor released.
    for (const [i, c] of seats.entries()) {
      const res = await post(lab, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: `pc-${i}-device` });
      expect([res.status, JSON.parse(res.body).result?.principal.username]).toEqual([200, c.participantNo]);
    }
  });

  it("a stranger's wrong passwords over the LAN lock the proctor's username on the LAN only: the station's own browser still signs the proctor in", async () => {
    const core = await tempCore();
    const server = await tempServer({ core });
    // From another computer, as the server sees it: a request not sent to it by a loopback name.
    const fromLan = async (password: string) => {
      const body = JSON.stringify({ username: staff.proctor.username, password });
      const res = await raw(server, { method: 'POST', path: '/api/auth/signIn', headers: { 'content-type': 'application/json', host: `ruang-uji.lab:${server.port}` }, body });
      return JSON.parse(res.body).error?.code ?? 'OK';
    };
    const codes: string[] = [];
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) codes.push(await fromLan(`tebakan-${i}`));
    expect(codes.at(-1)).toBe('ACCOUNT_LOCKED');
    expect(await fromLan(staff.proctor.password)).toBe('ACCOUNT_LOCKED');
    const here = await post(server, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password });
    expect([here.status, JSON.parse(here.body).result?.principal.role]).toEqual([200, 'proctor']);
  });
});
