import { describe, expect, it } from 'vitest';
import { TOKEN_ALPHABET } from '../../../electron/shared/cbt';
import { newToken, TOKEN_GRACE_MS } from '../../../electron/core/cbt/token';
import { call, demo, demoSessionId, failure, signInAs, tempCore } from '../../support/core';
import { MINUTE, movableClock } from '../../support/clock';

const c0 = demo.people.candidates[0];

async function setup() {
  const clock = movableClock(new Date());
  const core = await tempCore({ clock });
  const proctor = await signInAs(core, 'proctor');
  const sessionId = demoSessionId(core);
  return { clock, core, proctor, sessionId };
}

const signIn = (core: Awaited<ReturnType<typeof setup>>['core'], token: string, deviceId = 'pc-device-01') =>
  failure(core, 'auth/candidateSignIn', { participantNo: c0.participantNo, password: c0.password, token, deviceId });

describe('session token', () => {
  it('is 6 letters without look-alikes', () => {
    for (let i = 0; i < 500; i++) {
      const token = newToken();
      expect(token).toMatch(/^[A-Z]{6}$/);
      expect(token).not.toMatch(/[OI01]/);
      for (const ch of token) expect(TOKEN_ALPHABET).toContain(ch);
    }
  });

  it('does not exist before the proctor starts the session; starting twice keeps the same token', async () => {
    const { core, proctor, sessionId } = await setup();
    expect(await call(core, 'exam/token', { sessionId }, proctor)).toMatchObject({ status: 'not_started', token: null });
    expect((await signIn(core, 'ABCDEF')).code).toBe('SESSION_NOT_STARTED');
    const first = await call(core, 'exam/startSession', { sessionId }, proctor);
    expect(first).toMatchObject({ status: 'running', rotateMinutes: 15 });
    expect((await call(core, 'exam/startSession', { sessionId }, proctor)).token).toBe(first.token);
  });

  it('rotates every 15 minutes; the previous token works for the grace period only', async () => {
    const { clock, core, proctor, sessionId } = await setup();
    const first = await call(core, 'exam/startSession', { sessionId }, proctor);
    expect(Date.parse(first.rotatesAt!) - Date.parse(first.issuedAt!)).toBe(15 * MINUTE);

    clock.advance(15 * MINUTE + 1000);
    const second = await call(core, 'exam/token', { sessionId }, proctor);
    expect(second.token).not.toBe(first.token);
    expect(second.issuedAt).toBe(first.rotatesAt);

    // Within grace: the old token still opens the session.
    const okReply = await core.dispatch(
      'auth/candidateSignIn',
      { participantNo: c0.participantNo, password: c0.password, token: first.token!.toLowerCase(), deviceId: 'pc-device-01' },
      null,
    );
    expect(okReply.ok).toBe(true);

    clock.advance(TOKEN_GRACE_MS);
    expect((await signIn(core, first.token!)).code).toBe('TOKEN_EXPIRED');
  });

  it('a token nobody asked for in a long while is replaced on the next look, aligned to its slot', async () => {
    const { clock, core, proctor, sessionId } = await setup();
    const first = await call(core, 'exam/startSession', { sessionId }, proctor);
    clock.advance(50 * MINUTE);
    const later = await call(core, 'exam/token', { sessionId }, proctor);
    expect(Date.parse(later.issuedAt!) - Date.parse(first.issuedAt!)).toBe(45 * MINUTE);
    expect((await signIn(core, first.token!)).code).toBe('TOKEN_EXPIRED');
  });

  it('the proctor can rotate at once; the replaced token keeps its grace', async () => {
    const { clock, core, proctor, sessionId } = await setup();
    const first = await call(core, 'exam/startSession', { sessionId }, proctor);
    const rotated = await call(core, 'exam/rotateToken', { sessionId }, proctor);
    expect(rotated.token).not.toBe(first.token);
    clock.advance(TOKEN_GRACE_MS + 1);
    expect((await signIn(core, first.token!)).code).toBe('TOKEN_EXPIRED');
    const audit = core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'exam.tokenRotated'").pluck().get();
    expect(audit).toBe(1);
  });

  it('after the session ends there is no token and sign-in says so', async () => {
    const { core, proctor, sessionId } = await setup();
    const first = await call(core, 'exam/startSession', { sessionId }, proctor);
    const ended = await call(core, 'exam/endSession', { sessionId, reason: 'waktu sesi selesai' }, proctor);
    expect(ended).toMatchObject({ status: 'ended', token: null });
    expect((await signIn(core, first.token!)).code).toBe('SESSION_ENDED');
    expect((await signIn(core, 'QWERTY')).code).toBe('SESSION_ENDED');
    expect((await failure(core, 'exam/startSession', { sessionId }, proctor)).code).toBe('SESSION_ENDED');
  });

  it('only a proctor may release, read or rotate it', async () => {
    const { core, sessionId } = await setup();
    for (const who of ['admin', 'assessor1'] as const) {
      const token = await signInAs(core, who);
      expect((await failure(core, 'exam/startSession', { sessionId }, token)).code).toBe('FORBIDDEN');
      expect((await failure(core, 'exam/token', { sessionId }, token)).code).toBe('FORBIDDEN');
    }
  });

  it('tells every proctor console when the session starts, the token is rotated by hand, or it ends', async () => {
    const { core, proctor, sessionId } = await setup();
    const seen: string[] = [];
    core.subscribe(proctor, (m) => m.event === 'exam/sessionChanged' && seen.push(m.payload.sessionId));
    await call(core, 'exam/startSession', { sessionId }, proctor);
    await call(core, 'exam/rotateToken', { sessionId }, proctor);
    await call(core, 'exam/endSession', { sessionId, reason: 'selesai' }, proctor);
    expect(seen).toEqual([sessionId, sessionId, sessionId]);
  });
});
