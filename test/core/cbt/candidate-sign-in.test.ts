import diagnostics from 'node:diagnostics_channel';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { verifyAudit } from '../../../electron/core/audit/log';
import type { CommitTrace } from '../../../electron/core/db/group-commit';
import { call, candidateId, demo, demoSessionId, failure, releaseToken, signInAs, tempCore } from '../../support/core';
import { MINUTE, movableClock } from '../../support/clock';

const c0 = demo.people.candidates[0];
const args = (token: string, deviceId = 'pc-01-abcdef', password = c0.password) => ({
  participantNo: c0.participantNo,
  password,
  token,
  deviceId,
});

/** A second session today with only candidate 2 in it, started: its token is not for candidate 0. */
async function otherSession(core: Core): Promise<string> {
  const sessionId = demoSessionId(core);
  core.db
    .prepare(
      `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, title_en, date, start_time, duration_minutes)
       SELECT 'other', lsp_id, scheme_id, tuk_id, 'OTHER-01', title_id, title_en, date, '13:00', 60 FROM session WHERE id = ?`,
    )
    .run(sessionId);
  core.db
    .prepare(
      `INSERT INTO session_candidate (session_id, candidate_id, assessor_id, seat)
       SELECT 'other', candidate_id, assessor_id, seat FROM session_candidate WHERE session_id = ? AND candidate_id = ?`,
    )
    .run(sessionId, candidateId(core, 2));
  const proctor = await signInAs(core, 'proctor');
  return (await call(core, 'exam/startSession', { sessionId: 'other' }, proctor)).token!;
}

describe('candidate sign-in with the session token', () => {
  it("commits through the room's group commit: one commit, its audit head soon after, a refused one rolled back alone", async () => {
    const core = await tempCore();
    const token = await releaseToken(core);
    const commits: CommitTrace[] = [];
    const listen = (m: unknown) => commits.push(m as CommitTrace);
    diagnostics.subscribe('ruang-uji:group-commit', listen);
    try {
      const sessionsBefore = core.db.prepare('SELECT count(*) FROM auth_session').pluck().get() as number;
      const [first, second] = await Promise.all([
        call(core, 'auth/candidateSignIn', args(token, 'pc-01-abcdef')),
        call(core, 'auth/candidateSignIn', { ...args(token, 'pc-02-abcdef'), participantNo: demo.people.candidates[1].participantNo, password: demo.people.candidates[1].password }),
      ]);
      expect([first.principal.username, second.principal.username]).toEqual([c0.participantNo, demo.people.candidates[1].participantNo]);
      expect(commits.reduce((n, c) => n + c.size, 0)).toBe(2);
      // The sign-ins' audit rows are left to a head within ROUTINE_WITHIN_MS (a later batch's, or a timer's), not signed one by one.
      const headSeq = () => core.db.prepare('SELECT seq FROM audit_head').pluck().get() as number;
      const lastSeq = () => core.db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
      await expect.poll(headSeq, { timeout: 5_000 }).toBe(lastSeq());
      // Refused inside the transaction (another PC): nothing of it stays.
      expect((await failure(core, 'auth/candidateSignIn', args(token, 'pc-07-zzzzzz'))).code).toBe('SIGNED_IN_ELSEWHERE');
      expect(core.db.prepare('SELECT count(*) FROM auth_session').pluck().get()).toBe(sessionsBefore + 2);
      expect((await call(core, 'cbt/state', {}, first.token)).phase).toBe('agreement');
      expect(verifyAudit(core.db)).toMatchObject({ ok: true, findings: [] });
    } finally {
      diagnostics.unsubscribe('ruang-uji:group-commit', listen);
    }
  });

  it('refuses a sign-in whose session the proctor closed while its password was being checked, keeping no sign-in', async () => {
    const core = await tempCore();
    const token = await releaseToken(core);
    const proctor = await signInAs(core, 'proctor');
    const sessionsBefore = core.db.prepare('SELECT count(*) FROM auth_session').pluck().get() as number;
    // The token was checked before the password; the session closes before the sign-in's commit runs.
    const { commits } = core.context;
    const run = commits.run.bind(commits);
    let closed = false;
    commits.run = async <T>(write: () => T): Promise<T> => {
      if (!closed) {
        closed = true;
        await call(core, 'exam/endSession', { sessionId: demoSessionId(core), reason: 'Sesi selesai' }, proctor);
      }
      return run(write);
    };
    expect((await failure(core, 'auth/candidateSignIn', args(token))).code).toBe('SESSION_ENDED');
    expect(closed).toBe(true);
    expect(core.db.prepare('SELECT count(*) FROM auth_session').pluck().get()).toBe(sessionsBefore);
  });

  it('gives each way of failing its own code, checking the token before the password', async () => {
    const core = await tempCore();
    expect((await failure(core, 'auth/candidateSignIn', args('ABCDEF'))).code).toBe('SESSION_NOT_STARTED');
    const token = await releaseToken(core);
    expect((await failure(core, 'auth/candidateSignIn', args(token, undefined, 'salah-123'))).code).toBe('BAD_CREDENTIALS');
    expect(await failure(core, 'auth/candidateSignIn', args('ZZZZZZ'))).toEqual({
      code: 'TOKEN_INVALID',
      messageKey: 'errors.TOKEN_INVALID',
      params: { token: 'ZZZZZZ' },
    });
    expect((await failure(core, 'auth/candidateSignIn', args('abc'))).code).toBe('TOKEN_INVALID');
    const foreign = await otherSession(core);
    expect((await failure(core, 'auth/candidateSignIn', args(foreign))).code).toBe('NOT_IN_SESSION');
    const ok = await call(core, 'auth/candidateSignIn', args(` ${token.toLowerCase()} `));
    expect(ok.principal.role).toBe('candidate');
  });

  it('allows one PC at a time: the same PC may sign in again, another needs a reset login', async () => {
    const core = await tempCore();
    const token = await releaseToken(core);
    const first = await call(core, 'auth/candidateSignIn', args(token, 'pc-01-abcdef'));
    expect((await failure(core, 'auth/candidateSignIn', args(token, 'pc-07-zzzzzz'))).code).toBe('SIGNED_IN_ELSEWHERE');

    // The same PC after a crash: the new sign-in replaces the old one.
    const again = await call(core, 'auth/candidateSignIn', args(token, 'pc-01-abcdef'));
    expect((await failure(core, 'cbt/state', {}, first.token)).code).toBe('UNAUTHENTICATED');
    expect((await call(core, 'cbt/state', {}, again.token)).phase).toBe('agreement');

    const proctor = await signInAs(core, 'proctor');
    const reset = await call(
      core,
      'exam/resetLogin',
      { sessionId: demoSessionId(core), candidateId: candidateId(core, 0), reason: 'PC-01 mati, pindah ke PC-07' },
      proctor,
    );
    expect(reset.revokedSessions).toBe(1);
    expect((await failure(core, 'cbt/state', {}, again.token)).code).toBe('LOGIN_MOVED');
    const moved = await call(core, 'auth/candidateSignIn', args(token, 'pc-07-zzzzzz'));
    expect((await call(core, 'cbt/state', {}, moved.token)).phase).toBe('agreement');
    const audit = core.db.prepare("SELECT details FROM audit_log WHERE action = 'exam.resetLogin'").pluck().get();
    expect(JSON.parse(String(audit))).toMatchObject({ reason: 'PC-01 mati, pindah ke PC-07', revoked: 1 });
  });

  it("still locks the account after repeated wrong passwords with the room's token, naming the PC they came from", async () => {
    const core = await tempCore();
    const token = await releaseToken(core);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await failure(core, 'auth/candidateSignIn', args(token, 'pc-09-guess', 'salah'))).code);
    expect(codes).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'ACCOUNT_LOCKED']);
    expect((await failure(core, 'auth/candidateSignIn', args(token))).code).toBe('ACCOUNT_LOCKED');
    const details = core.db.prepare("SELECT details FROM audit_log WHERE action IN ('auth.failed', 'auth.locked') ORDER BY seq").pluck().all() as string[];
    expect(details.map((d) => JSON.parse(d).deviceId)).toEqual(Array(5).fill('pc-09-guess'));
  });

  it("counts no wrong password without the room's token: nothing locks before the session starts or with a wrong token, and the answer says nothing of the password", async () => {
    // Walk: one LAN address locked 6 participant numbers a minute, all the room's before the exam.
    const clock = movableClock(new Date());
    const core = await tempCore({ clock });
    // Both doors' counts (migration 035): this core is called as this computer's own window is.
    const failures = () =>
      core.db.prepare('SELECT failed_attempts + here_failed_attempts AS failed, coalesce(locked_at, here_locked_at) AS locked FROM account WHERE username = ?').get(c0.participantNo);
    const tries = async (token: string, password: string, n: number) => {
      const codes = new Set<string>();
      for (let i = 0; i < n; i++) codes.add((await failure(core, 'auth/candidateSignIn', args(token, 'laptop-outside', password))).code);
      clock.advance(MINUTE); // past the per-account rate limit, which is not what this is about
      return [...codes];
    };
    // Before the proctor starts the session there is no token to have.
    expect(await tries('ABCDEF', 'salah-123', 8)).toEqual(['SESSION_NOT_STARTED']);
    expect(await tries('ABCDEF', c0.password, 1)).toEqual(['SESSION_NOT_STARTED']);
    const unknown = await failure(core, 'auth/candidateSignIn', { ...args('ABCDEF', 'laptop-outside', 'salah-123'), participantNo: 'JWP-2026-999' });
    expect(unknown.code).toBe('TOKEN_INVALID');
    const token = await releaseToken(core);
    // Once it runs, a token that is not the room's: the right password gets the same answer as a wrong one.
    expect(await tries('ZZZZZZ', 'salah-123', 8)).toEqual(['TOKEN_INVALID']);
    expect(await tries('ZZZZZZ', c0.password, 1)).toEqual(['TOKEN_INVALID']);
    expect(failures()).toEqual({ failed: 0, locked: null });
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action IN ('auth.failed', 'auth.locked')").pluck().get()).toBe(0);
    // An unknown name with the room's token is a wrong password, as before.
    expect((await failure(core, 'auth/candidateSignIn', { ...args(token), participantNo: 'JWP-2026-999' })).code).toBe('BAD_CREDENTIALS');
    expect((await call(core, 'auth/candidateSignIn', args(token))).principal.username).toBe(c0.participantNo);
  });
});

describe('a candidate in two sessions of the same day (two schemes, a morning and an afternoon)', () => {
  /** An afternoon session today with candidate 0 in it too, started: its token. */
  async function afternoon(core: Core): Promise<string> {
    const sessionId = demoSessionId(core);
    core.db
      .prepare(
        `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, title_en, date, start_time, duration_minutes)
         SELECT 'afternoon', lsp_id, scheme_id, tuk_id, 'SORE-01', title_id, title_en, date, '13:00', 60 FROM session WHERE id = ?`,
      )
      .run(sessionId);
    core.db
      .prepare(
        `INSERT INTO session_candidate (session_id, candidate_id, assessor_id, seat)
         SELECT 'afternoon', candidate_id, assessor_id, seat FROM session_candidate WHERE session_id = ? AND candidate_id = ?`,
      )
      .run(sessionId, candidateId(core, 0));
    const proctor = await signInAs(core, 'proctor');
    return (await call(core, 'exam/startSession', { sessionId: 'afternoon' }, proctor)).token!;
  }

  it("signs in to the afternoon on another PC once the morning's test is handed in, and that ends the morning PC's sign-in", async () => {
    const core = await tempCore();
    const morning = await call(core, 'auth/candidateSignIn', args(await releaseToken(core), 'pc-05-morning'));
    await call(core, 'cbt/agree', { accept: true }, morning.token);
    await call(core, 'cbt/submit', { confirm: true }, morning.token);

    const afternoonToken = await afternoon(core);
    const signedIn = await call(core, 'auth/candidateSignIn', args(afternoonToken, 'pc-12-afternoon'));
    expect((await call(core, 'cbt/state', {}, signedIn.token)).phase).toBe('agreement');
    // One PC at a time still: the morning PC's sign-in is over, not left beside the new one.
    expect((await failure(core, 'cbt/state', {}, morning.token)).code).toBe('UNAUTHENTICATED');
  });

  it("signs in to the afternoon on another PC once the morning session is closed, even with the morning's test never handed in", async () => {
    const core = await tempCore();
    await call(core, 'auth/candidateSignIn', args(await releaseToken(core), 'pc-05-morning'));
    const proctor = await signInAs(core, 'proctor');
    await call(core, 'exam/endSession', { sessionId: demoSessionId(core), reason: 'Sesi pagi selesai' }, proctor);

    const signedIn = await call(core, 'auth/candidateSignIn', args(await afternoon(core), 'pc-12-afternoon'));
    expect((await call(core, 'cbt/state', {}, signedIn.token)).phase).toBe('agreement');
  });

  it("takes the morning's token typed in the afternoon for an old token, not for the candidate's session being closed", async () => {
    const core = await tempCore();
    const morningToken = await releaseToken(core);
    const proctor = await signInAs(core, 'proctor');
    await call(core, 'exam/endSession', { sessionId: demoSessionId(core), reason: 'Sesi pagi selesai' }, proctor);
    // Only in the morning session: that one is closed, and said so.
    expect((await failure(core, 'auth/candidateSignIn', args(morningToken))).code).toBe('SESSION_ENDED');
    // In the afternoon's too, which runs: the token on the board this morning is simply not today's any more.
    await afternoon(core);
    expect((await failure(core, 'auth/candidateSignIn', args(morningToken))).code).toBe('TOKEN_EXPIRED');
  });

  it("lets the afternoon's proctor end the sign-in the morning's running test holds, so the candidate signs in to the afternoon", async () => {
    // Why exam/resetLogin ends the candidate's sign-in whatever session it is in: a candidate has one sign-in
    // at a time (each sign-in ends the others), and the one that refuses this session's PC is the other's.
    const core = await tempCore();
    const morning = await call(core, 'auth/candidateSignIn', args(await releaseToken(core), 'pc-05-morning'));
    await call(core, 'cbt/agree', { accept: true }, morning.token);
    const token = await afternoon(core);
    expect((await failure(core, 'auth/candidateSignIn', args(token, 'pc-12-afternoon'))).code).toBe('SIGNED_IN_ELSEWHERE');
    const proctor = await signInAs(core, 'proctor');
    const reset = await call(core, 'exam/resetLogin', { sessionId: 'afternoon', candidateId: candidateId(core), reason: 'Tes pagi tertinggal terbuka di PC-05' }, proctor);
    expect(reset.revokedSessions).toBe(1);
    expect((await failure(core, 'cbt/state', {}, morning.token)).code).toBe('LOGIN_MOVED');
    const signedIn = await call(core, 'auth/candidateSignIn', args(token, 'pc-12-afternoon'));
    expect((await call(core, 'cbt/state', {}, signedIn.token)).phase).toBe('agreement');
  });

  it("still refuses another PC while the morning's test is being written there", async () => {
    const core = await tempCore();
    const morning = await call(core, 'auth/candidateSignIn', args(await releaseToken(core), 'pc-05-morning'));
    await call(core, 'cbt/agree', { accept: true }, morning.token);
    expect((await failure(core, 'auth/candidateSignIn', args(await afternoon(core), 'pc-12-afternoon'))).code).toBe('SIGNED_IN_ELSEWHERE');
    expect((await call(core, 'cbt/state', {}, morning.token)).phase).toBe('test');
  });
});
