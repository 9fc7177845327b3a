import { describe, expect, it } from 'vitest';
import { call, candidateId, demo, failure } from '../../support/core';
import { MINUTE } from '../../support/clock';
import { examDay } from '../cbt/support';

// Attendance changes are the proctor's actions like any other: listed in the berita acara while the
// session is open, and frozen once it is closed (the daftar hadir and a pleno rest on them).
describe('attendance changes', () => {
  it('lists a marked absence and a check-in that undoes it, each with its reason; a plain check-in is not listed', async () => {
    const { clock, core, proctor, seat } = await examDay(0);
    const { sessionId } = seat;
    const late = { sessionId, candidateId: candidateId(core, 5) };
    await call(core, 'exam/checkIn', seat, proctor);
    clock.advance(MINUTE);
    const absentAt = clock.now().toISOString();
    await call(core, 'exam/markAbsent', { ...late, reason: 'tidak datang sampai 08.30' }, proctor);
    // Undoing a recorded absence needs a reason.
    expect((await failure(core, 'exam/checkIn', late, proctor)).code).toBe('CHECK_IN_NEEDS_REASON');
    clock.advance(MINUTE);
    const backAt = clock.now().toISOString();
    await call(core, 'exam/checkIn', { ...late, reason: 'datang terlambat, surat dari kantor' }, proctor);

    const minutes = await call(core, 'exam/minutes', { sessionId }, proctor);
    const c = demo.people.candidates[5];
    const by = demo.people.staff.find((s) => s.role === 'proctor')!.displayName;
    expect(minutes.proctorActions).toEqual([
      { at: absentAt, action: 'markedAbsent', participantNo: c.participantNo, candidateName: c.name, reason: 'tidak datang sampai 08.30', minutes: null, candidates: null, by },
      { at: backAt, action: 'checkedInAgain', participantNo: c.participantNo, candidateName: c.name, reason: 'datang terlambat, surat dari kantor', minutes: null, candidates: null, by },
    ]);
    expect(minutes.present).toBe(2);
  });

  it('refuses every attendance change once the session is closed, and the counts stay as they were', async () => {
    const { core, proctor, seat } = await examDay(0);
    const { sessionId } = seat;
    const never = { sessionId, candidateId: candidateId(core, 3) };
    const marked = { sessionId, candidateId: candidateId(core, 4) };
    await call(core, 'exam/checkIn', seat, proctor);
    await call(core, 'exam/markAbsent', { ...marked, reason: 'tidak datang' }, proctor);
    await call(core, 'exam/endSession', { sessionId, reason: 'waktu habis' }, proctor);
    const before = await call(core, 'exam/minutes', { sessionId }, proctor);

    expect((await failure(core, 'exam/checkIn', never, proctor)).code).toBe('ATTENDANCE_CLOSED');
    expect((await failure(core, 'exam/checkIn', { ...marked, reason: 'ternyata datang' }, proctor)).code).toBe('ATTENDANCE_CLOSED');
    expect((await failure(core, 'exam/markAbsent', { ...seat, reason: 'salah catat' }, proctor)).code).toBe('ATTENDANCE_CLOSED');
    expect((await failure(core, 'exam/markAbsent', { ...never, reason: 'tidak datang' }, proctor)).code).toBe('ATTENDANCE_CLOSED');

    const after = await call(core, 'exam/minutes', { sessionId }, proctor);
    expect({ present: after.present, absent: after.absent }).toEqual({ present: before.present, absent: before.absent });
    expect(after.proctorActions).toEqual(before.proctorActions);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action IN ('exam.checkedIn', 'exam.markedAbsent')").pluck().get()).toBe(2);
  });
});

describe('a candidate marked absent', () => {
  it('cannot sign in or start the test until the proctor checks them in again, which the berita acara lists', async () => {
    const { core, proctor, seat, token, candidate } = await examDay(0);
    const { sessionId } = seat;
    const c = demo.people.candidates[3];
    const other = { sessionId, candidateId: candidateId(core, 3) };
    const signIn = () => ({ participantNo: c.participantNo, password: c.password, token, deviceId: 'pc-3-device' });
    await call(core, 'exam/markAbsent', { ...other, reason: 'tidak datang sampai 08.30' }, proctor);
    expect((await failure(core, 'auth/candidateSignIn', signIn())).code).toBe('MARKED_ABSENT');

    // Already signed in (before the agreement) when marked absent: the test does not start either.
    await call(core, 'exam/markAbsent', { ...seat, reason: 'meninggalkan ruang sebelum mulai' }, proctor);
    expect((await failure(core, 'cbt/agree', { accept: true }, candidate)).code).toBe('MARKED_ABSENT');
    const board = await call(core, 'exam/board', { sessionId }, proctor);
    expect(board.rows.filter((r) => r.attendanceStatus === 'absent').map((r) => r.candidateId).sort()).toEqual([seat.candidateId, other.candidateId].sort());

    await call(core, 'exam/checkIn', { ...other, reason: 'datang terlambat' }, proctor);
    const signedIn = await call(core, 'auth/candidateSignIn', signIn());
    await call(core, 'cbt/agree', { accept: true }, signedIn.token);
    const minutes = await call(core, 'exam/minutes', { sessionId }, proctor);
    expect(minutes.proctorActions.filter((a) => a.participantNo === c.participantNo).map((a) => [a.action, a.reason])).toEqual([
      ['markedAbsent', 'tidak datang sampai 08.30'],
      ['checkedInAgain', 'datang terlambat'],
    ]);
  });
});
