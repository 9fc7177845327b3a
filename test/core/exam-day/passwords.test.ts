import { describe, expect, it } from 'vitest';
import { NO_PASSWORD, verifyPassword } from '../../../electron/core/auth/password';
import { candidateAccountId } from '../../../electron/core/ids';
import { PASSWORD_ALPHABET } from '../../../electron/core/scheduling/handover';
import { call, candidateId, demo, failure, signInAs } from '../../support/core';
import { examDay } from '../cbt/support';

const READABLE = new RegExp(`^[${PASSWORD_ALPHABET}]{4}-[${PASSWORD_ALPHABET}]{4}-[${PASSWORD_ALPHABET}]{4}$`);

type Day = Awaited<ReturnType<typeof examDay>>;
const signIn = (day: Day, index: number, password: string, deviceId = `pc-${index}-new`) =>
  call(day.core, 'auth/candidateSignIn', { participantNo: demo.people.candidates[index].participantNo, password, token: day.token, deviceId });
const signInRefused = (day: Day, index: number, password: string) =>
  failure(day.core, 'auth/candidateSignIn', { participantNo: demo.people.candidates[index].participantNo, password, token: day.token, deviceId: 'pc-stranger' });

describe('exam/issueCard: a new candidate card at the TUK', () => {
  it('gives a readable password once; the old card stops working, its sign-in ends, the new one signs in, and the berita acara lists it', async () => {
    const day = await examDay(0);
    const { core, proctor, seat } = day;
    const accountId = core.db.prepare('SELECT id FROM account WHERE candidate_id = ?').pluck().get(seat.candidateId) as string;
    const bundled = core.db.prepare('SELECT password_hash FROM account WHERE id = ?').pluck().get(accountId);

    const card = await call(core, 'exam/issueCard', { ...seat, reason: 'Kartu peserta hilang di parkiran' }, proctor);
    expect(card).toMatchObject({ sessionId: seat.sessionId, candidateId: seat.candidateId, participantNo: demo.people.candidates[0].participantNo, revokedSessions: 1, firstCard: false });
    expect(card.password).toMatch(READABLE);

    // The sign-in made with the old card (it may be in someone else's hands) is over; the old password no longer opens it.
    expect((await failure(core, 'cbt/state', {}, day.candidate)).code).toBe('LOGIN_MOVED');
    expect((await signInRefused(day, 0, demo.people.candidates[0].password)).code).toBe('BAD_CREDENTIALS');
    const again = await signIn(day, 0, card.password);
    expect((await call(core, 'cbt/state', {}, again.token)).phase).toBe('agreement');

    // Kept beside the account: the LSP's hash stays as its bundle brought it, for the next bundle to compare.
    expect(core.db.prepare('SELECT password_hash FROM account WHERE id = ?').pluck().get(accountId)).toBe(bundled);
    expect(core.db.prepare('SELECT count(*) FROM local_password WHERE account_id = ?').pluck().get(accountId)).toBe(1);
    // Audited with its reason, never the password.
    const audit = core.db.prepare("SELECT entity_id AS entityId, details FROM audit_log WHERE action = 'exam.passwordIssued'").all() as { entityId: string; details: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0].entityId).toBe(accountId);
    expect(JSON.parse(audit[0].details)).toEqual({ sessionId: seat.sessionId, candidateId: seat.candidateId, reason: 'Kartu peserta hilang di parkiran', revoked: 1 });
    expect(audit[0].details).not.toContain(card.password);
    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect(minutes.proctorActions.map((a) => [a.action, a.participantNo, a.reason])).toEqual([['passwordIssued', card.participantNo, 'Kartu peserta hilang di parkiran']]);
  });

  it('replaces a card issued here before: only the newest one signs in', async () => {
    const day = await examDay(1);
    const first = await call(day.core, 'exam/issueCard', { ...day.seat, reason: 'Lupa kata sandi' }, day.proctor);
    const second = await call(day.core, 'exam/issueCard', { ...day.seat, reason: 'Kartu kedua tertukar' }, day.proctor);
    expect(second.password).not.toBe(first.password);
    expect((await signInRefused(day, 1, first.password)).code).toBe('BAD_CREDENTIALS');
    expect((await signIn(day, 1, second.password)).token).toEqual(expect.any(String));
  });

  it('clears a lock left by wrong passwords, so the candidate signs in with the new card at once', async () => {
    const day = await examDay(0);
    const other = 2;
    for (let i = 0; i < 10; i++) await signInRefused(day, other, 'SALAH-SALAH-SALAH');
    const seat = { sessionId: day.seat.sessionId, candidateId: candidateId(day.core, other) };
    // At either door (migration 035): these tries were typed at the core's own door.
    expect(day.core.db.prepare('SELECT coalesce(locked_at, here_locked_at) FROM account WHERE candidate_id = ?').pluck().get(seat.candidateId)).not.toBeNull();
    const card = await call(day.core, 'exam/issueCard', { ...seat, reason: 'Terkunci karena lupa kata sandi' }, day.proctor);
    expect(card.revokedSessions).toBe(0);
    expect((await signIn(day, other, card.password)).token).toEqual(expect.any(String));
  });

  it("makes the account of a candidate the LSP's bundle brought none for, at the id the LSP will give it, with no password of its own: the card signs in", async () => {
    const day = await examDay(0);
    const { core, proctor } = day;
    const index = 3;
    const c = demo.people.candidates[index];
    const seat = { sessionId: day.seat.sessionId, candidateId: candidateId(core, index) };
    // As if the LSP had sent the session bundle before issuing passwords: no account for this candidate here.
    core.db.prepare('DELETE FROM account WHERE candidate_id = ?').run(seat.candidateId);
    expect((await signInRefused(day, index, c.password)).code).toBe('BAD_CREDENTIALS');

    const card = await call(core, 'exam/issueCard', { ...seat, reason: 'Kata sandi belum diterbitkan LSP' }, proctor);
    expect(card).toMatchObject({ ...seat, participantNo: c.participantNo, name: c.name, revokedSessions: 0, firstCard: true });
    expect(card.password).toMatch(READABLE);
    const account = core.db.prepare('SELECT id, role, username, display_name AS name, lsp_id AS lspId, password_hash AS hash FROM account WHERE candidate_id = ?').get(seat.candidateId);
    const lspId = core.db.prepare('SELECT lsp_id FROM candidate WHERE id = ?').pluck().get(seat.candidateId);
    expect(account).toEqual({ id: candidateAccountId(seat.candidateId), role: 'candidate', username: c.participantNo, name: c.name, lspId, hash: NO_PASSWORD });
    // Its own hash opens nothing, not even the card's password: only the card kept here does.
    expect(await verifyPassword(card.password, NO_PASSWORD)).toBe(false);
    expect(await verifyPassword('', NO_PASSWORD)).toBe(false);
    const signedIn = await signIn(day, index, card.password);
    expect((await call(core, 'cbt/state', {}, signedIn.token)).phase).toBe('agreement');
    // The seat counts as having a password now (the proctor's home warned of it).
    const today = await call(core, 'proctor/today', {}, proctor);
    expect(today.sessions[0].candidates.find((x) => x.candidateId === seat.candidateId)?.accountId).toBe(candidateAccountId(seat.candidateId));

    const audit = core.db.prepare("SELECT entity_id AS entityId, details FROM audit_log WHERE action = 'exam.passwordIssued'").get() as { entityId: string; details: string };
    expect(audit.entityId).toBe(candidateAccountId(seat.candidateId));
    expect(JSON.parse(audit.details)).toEqual({ ...seat, reason: 'Kata sandi belum diterbitkan LSP', revoked: 0, accountCreated: true });

    // A second card replaces the first on the account made here.
    const second = await call(core, 'exam/issueCard', { ...seat, reason: 'Kartu tertukar' }, proctor);
    expect((await signInRefused(day, index, card.password)).code).toBe('BAD_CREDENTIALS');
    expect((await signIn(day, index, second.password, 'pc-3-other')).token).toEqual(expect.any(String));
    expect(core.db.prepare('SELECT count(*) FROM account WHERE candidate_id = ?').pluck().get(seat.candidateId)).toBe(1);
  });

  it('is refused, writing nothing, for a submitted test, a closed session, someone not seated here, a seat whose participant number another account holds, and anyone but a proctor', async () => {
    const day = await examDay(0);
    const { core, proctor, seat } = day;
    const before = () => core.db.prepare("SELECT (SELECT count(*) FROM local_password), (SELECT count(*) FROM audit_log WHERE action = 'exam.passwordIssued')").raw().get();
    const written = before();
    const reason = 'Kartu hilang';

    // A seat without an account here whose participant number another account holds: none can be made for it.
    const c = demo.people.candidates[3];
    const noAccount = candidateId(core, 3);
    core.db.prepare('DELETE FROM account WHERE candidate_id = ?').run(noAccount);
    core.db.prepare("UPDATE account SET username = ? WHERE username = 'proktor'").run(c.participantNo);
    expect(await failure(core, 'exam/issueCard', { sessionId: seat.sessionId, candidateId: noAccount, reason }, proctor)).toMatchObject({
      code: 'CARD_USERNAME_TAKEN',
      params: { participantNo: c.participantNo, name: c.name },
    });
    expect(core.db.prepare('SELECT count(*) FROM account WHERE candidate_id = ?').pluck().get(noAccount)).toBe(0);
    expect((await failure(core, 'exam/issueCard', { sessionId: seat.sessionId, candidateId: 'not-seated-here', reason }, proctor)).code).toBe('NOT_FOUND');
    for (const who of ['assessor1', 'admin'] as const) {
      expect((await failure(core, 'exam/issueCard', { ...seat, reason }, await signInAs(core, who))).code).toBe('FORBIDDEN');
    }
    expect((await failure(core, 'exam/issueCard', { ...seat, reason }, day.candidate)).code).toBe('FORBIDDEN');

    await call(core, 'cbt/agree', { accept: true }, day.candidate);
    await call(core, 'cbt/submit', { confirm: true }, day.candidate);
    expect(await failure(core, 'exam/issueCard', { ...seat, reason }, proctor)).toMatchObject({ code: 'CARD_TEST_SUBMITTED', params: { name: demo.people.candidates[0].name } });

    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Selesai' }, proctor);
    expect((await failure(core, 'exam/issueCard', { sessionId: seat.sessionId, candidateId: candidateId(core, 1), reason }, proctor)).code).toBe('SESSION_ENDED');
    expect(before()).toEqual(written);
  });
});

describe('exam/issueCard for a candidate sitting two sessions of the day', () => {
  it("names the candidate's other sessions still to write, whose card from the LSP the new password replaces", async () => {
    const day = await examDay(0);
    const { core, proctor, seat } = day;
    const plant = (id: string, code: string, startTime: string) => {
      core.db
        .prepare(
          `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, title_en, date, start_time, duration_minutes)
           SELECT ?, lsp_id, scheme_id, tuk_id, ?, title_id, title_en, date, ?, 60 FROM session WHERE id = ?`,
        )
        .run(id, code, startTime, seat.sessionId);
      core.db
        .prepare(
          `INSERT INTO session_candidate (session_id, candidate_id, assessor_id, seat)
           SELECT ?, candidate_id, assessor_id, seat FROM session_candidate WHERE session_id = ? AND candidate_id = ?`,
        )
        .run(id, seat.sessionId, seat.candidateId);
    };
    plant('afternoon', 'SORE-01', '13:00');
    plant('evening', 'MALAM-01', '18:00');
    // The evening's was called off: no card is needed for it.
    core.db.prepare("UPDATE session SET cancelled_at = '2026-01-01T00:00:00.000Z', cancel_reason = 'Dibatalkan LSP', cancelled_by = 'LSP' WHERE id = 'evening'").run();

    const card = await call(core, 'exam/issueCard', { ...seat, reason: 'Kartu peserta hilang' }, proctor);
    expect(card.alsoFor).toEqual(['SORE-01']);
    // Another candidate, in the morning only.
    expect((await call(core, 'exam/issueCard', { sessionId: seat.sessionId, candidateId: candidateId(core, 1), reason: 'Lupa kata sandi' }, proctor)).alsoFor).toEqual([]);
    // Lost in the afternoon instead: the morning's test is over, nothing more to name.
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Sesi pagi selesai' }, proctor);
    await call(core, 'exam/startSession', { sessionId: 'afternoon' }, proctor);
    expect((await call(core, 'exam/issueCard', { sessionId: 'afternoon', candidateId: seat.candidateId, reason: 'Hilang lagi' }, proctor)).alsoFor).toEqual([]);
  });
});
