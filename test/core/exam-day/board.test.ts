import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../electron/shared/contract';
import { ONLINE_WINDOW_MS } from '../../../electron/core/exam-day/presence';
import { call, candidateId, demo, failure, signInAs } from '../../support/core';
import { MINUTE } from '../../support/clock';
import { examDay } from '../cbt/support';
import { countAttendance } from '../../../electron/shared/exam-day';

describe('status board', () => {
  it('shows every candidate with sign-in state, progress, ragu-ragu, time left and focus losses', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay(0);
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    await call(core, 'cbt/save', { itemId: state.items[0].itemId, seq: 1, choice: 1, text: null, doubtful: true }, candidate);
    await call(core, 'cbt/save', { itemId: state.items[1].itemId, seq: 2, choice: 3, text: null, doubtful: false }, candidate);
    await call(core, 'cbt/save', { itemId: state.items[2].itemId, seq: 3, choice: null, text: null, doubtful: true }, candidate);
    await call(core, 'cbt/heartbeat', { focusLost: 2 }, candidate);
    clock.advance(5 * MINUTE);

    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, proctor);
    expect(board.status).toBe('running');
    expect(board.rows).toHaveLength(demo.people.candidates.length);
    const mine = board.rows.find((r) => r.candidateId === seat.candidateId)!;
    expect(mine).toMatchObject({
      participantNo: demo.people.candidates[0].participantNo,
      seat: demo.people.candidates[0].seat,
      phase: 'test',
      signedIn: true,
      answered: 2,
      doubtful: 2,
      total: state.items.length,
      focusLost: 2,
      remainingMs: demo.people.session.durationMinutes * MINUTE - 5 * MINUTE,
    });
    // Five minutes of silence: still "online" only within the heartbeat window.
    expect(mine.online).toBe(5 * MINUTE < ONLINE_WINDOW_MS);
    const other = board.rows.find((r) => r.candidateId === candidateId(core, 5))!;
    expect(other).toMatchObject({ phase: 'not_signed_in', signedIn: false, online: false, answered: 0, total: 0, remainingMs: null });
  });

  it("lists a seat the LSP's bundle brought no account for (sent before its passwords), and the berita acara and 'all absent' count it", async () => {
    const { core, proctor, seat } = await examDay(0);
    const without = candidateId(core, 3);
    core.db.prepare('DELETE FROM account WHERE candidate_id = ?').run(without);

    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, proctor);
    expect(board.rows).toHaveLength(demo.people.candidates.length);
    expect(board.rows.find((r) => r.candidateId === without)).toMatchObject({
      participantNo: demo.people.candidates[3].participantNo,
      accountId: null,
      phase: 'not_signed_in',
      signedIn: false,
      online: false,
      locked: false,
    });
    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect(minutes.registered).toBe(demo.people.candidates.length);
    const absent = await call(core, 'exam/markAllAbsent', { sessionId: seat.sessionId, reason: 'Pintu ditutup' }, proctor);
    expect(absent.candidateIds).toContain(without);
  });

  it('pushes changed rows to proctors in batches, and tells when a PC goes quiet', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay(0);
    const pushes: EventMessage[] = [];
    core.subscribe(proctor, (m) => pushes.push(m));
    const candidatePushes: EventMessage[] = [];
    core.subscribe(candidate, (m) => candidatePushes.push(m));

    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    for (let i = 0; i < 5; i++) {
      await call(core, 'cbt/save', { itemId: state.items[i].itemId, seq: i + 1, choice: 0, text: null, doubtful: false }, candidate);
    }
    core.examDay.flush();
    const boardPushes = pushes.filter((m) => m.event === 'exam/boardChanged');
    expect(boardPushes).toHaveLength(1);
    const first = boardPushes[0].event === 'exam/boardChanged' ? boardPushes[0].payload : null;
    expect(first?.rows.map((r) => [r.candidateId, r.answered, r.online])).toEqual([[seat.candidateId, 5, true]]);
    expect(candidatePushes.filter((m) => m.event === 'exam/boardChanged')).toEqual([]);

    clock.advance(ONLINE_WINDOW_MS + 1);
    expect(core.examDay.presence.expire(clock.now().getTime())).toEqual([seat]);
    expect((await call(core, 'exam/board', { sessionId: seat.sessionId }, proctor)).rows.find((r) => r.candidateId === seat.candidateId)?.online).toBe(false);
  });

  it('arrives by itself within the push window, without a flush', async () => {
    const { core, candidate, proctor } = await examDay(0);
    const got = new Promise<EventMessage>((resolve) => core.subscribe(proctor, (m) => m.event === 'exam/boardChanged' && resolve(m)));
    await call(core, 'cbt/agree', { accept: true }, candidate);
    const message = await got;
    expect(message.event === 'exam/boardChanged' && message.payload.rows[0].phase).toBe('test');
  });
});

describe('proctor actions of the exam day', () => {
  it('force submit, with a reason and an audit entry', async () => {
    const { core, candidate, proctor, seat } = await examDay(0);
    expect((await failure(core, 'exam/forceSubmit', { ...seat, reason: 'belum mulai' }, proctor)).code).toBe('NO_ATTEMPT');
    await call(core, 'cbt/agree', { accept: true }, candidate);
    expect((await failure(core, 'exam/forceSubmit', { ...seat, reason: '' }, proctor)).code).toBe('BAD_ARGS');
    const done = await call(core, 'exam/forceSubmit', { ...seat, reason: 'peserta sakit, ujian dihentikan' }, proctor);
    expect(done.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect((await call(core, 'cbt/state', {}, candidate)).submitted?.reason).toBe('proctor');
    expect((await failure(core, 'exam/forceSubmit', { ...seat, reason: 'dua kali' }, proctor)).code).toBe('ATTEMPT_SUBMITTED');
    const audit = core.db.prepare("SELECT details FROM audit_log WHERE action = 'exam.forceSubmitted'").pluck().get();
    expect(JSON.parse(String(audit))).toEqual({ reason: 'peserta sakit, ujian dihentikan' });
  });

  it('attendance: check-in, mark absent (not once started), and the minutes count them', async () => {
    const { core, candidate, proctor, seat } = await examDay(0);
    const absentSeat = { sessionId: seat.sessionId, candidateId: candidateId(core, 11) };
    await call(core, 'exam/checkIn', seat, proctor);
    await call(core, 'exam/markAbsent', { ...absentSeat, reason: 'tidak datang sampai 08.30' }, proctor);
    await call(core, 'cbt/agree', { accept: true }, candidate);
    expect((await failure(core, 'exam/markAbsent', { ...seat, reason: 'salah tandai' }, proctor)).code).toBe('ALREADY_STARTED');
    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, proctor);
    expect(board.rows.find((r) => r.candidateId === absentSeat.candidateId)).toMatchObject({ attendance: 'absent', phase: 'absent' });

    await call(core, 'exam/addIncident', { sessionId: seat.sessionId, text: 'PC-03 mati 08.40, peserta pindah ke PC-13' }, proctor);
    const withNotes = await call(core, 'exam/setNotes', { sessionId: seat.sessionId, notes: 'Ujian berjalan tertib.' }, proctor);
    expect(withNotes).toMatchObject({
      registered: demo.people.candidates.length,
      present: 1,
      absent: 1,
      notRecorded: demo.people.candidates.length - 2,
      submitted: 0,
      notes: 'Ujian berjalan tertib.',
      proctorNames: [demo.people.staff.find((s) => s.role === 'proctor')!.displayName],
    });
    expect(withNotes.incidents.map((i) => i.text)).toEqual(['PC-03 mati 08.40, peserta pindah ke PC-13']);
    expect(withNotes.assessorNames).toEqual(demo.people.assessors.map((a) => a.name).sort());
  });

  it('attendance has one definition: the board, the berita acara and the daftar hadir agree; not recorded is its own count until the session closes', async () => {
    const { core, proctor, seat } = await examDay(0);
    const { sessionId } = seat;
    const absentSeat = { sessionId, candidateId: candidateId(core, 1) };
    await call(core, 'exam/checkIn', seat, proctor);
    await call(core, 'exam/markAbsent', { ...absentSeat, reason: 'tidak datang' }, proctor);
    const total = demo.people.candidates.length;
    const expected = { registered: total, present: 1, absent: 1, notRecorded: total - 2 };

    const minutes = await call(core, 'exam/minutes', { sessionId }, proctor);
    expect({ registered: minutes.registered, present: minutes.present, absent: minutes.absent, notRecorded: minutes.notRecorded }).toEqual(expected);
    const sheet = await call(core, 'print/sessionSheet', { sessionId }, proctor);
    expect(sheet.attendance).toEqual(expected);
    const board = await call(core, 'exam/board', { sessionId }, proctor);
    expect(countAttendance(board.rows.map((r) => r.attendanceStatus))).toEqual(expected);
    // Row by row too: the daftar hadir marks exactly who the board marks.
    const onSheet = new Map(sheet.rows.map((r) => [r.candidateId, r.attendance]));
    for (const r of board.rows) expect(onSheet.get(r.candidateId)).toBe(r.attendanceStatus);

    await call(core, 'exam/endSession', { sessionId, reason: 'waktu habis' }, proctor);
    const closed = await call(core, 'exam/minutes', { sessionId }, proctor);
    expect({ present: closed.present, absent: closed.absent, notRecorded: closed.notRecorded }).toEqual({ present: 1, absent: total - 1, notRecorded: 0 });
    expect((await call(core, 'print/sessionSheet', { sessionId }, proctor)).attendance).toEqual({ registered: total, present: 1, absent: total - 1, notRecorded: 0 });
  });

  it('the berita acara lists what the proctor did: extensions, pauses, resumes, login resets, forced submissions, with reasons and times', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'cbt/agree', { accept: true }, candidate);
    const times: string[] = [];
    const at = () => times.push(clock.now().toISOString());
    clock.advance(MINUTE);
    at();
    await call(core, 'exam/extendTime', { ...seat, minutes: 10, reason: 'listrik padam' }, proctor);
    clock.advance(MINUTE);
    at();
    await call(core, 'exam/pause', { ...seat, reason: 'PC-03 mati' }, proctor);
    clock.advance(3 * MINUTE);
    at();
    await call(core, 'exam/resume', { ...seat, reason: 'pindah ke PC-13' }, proctor);
    at();
    await call(core, 'exam/resetLogin', { ...seat, reason: 'pindah PC' }, proctor);
    clock.advance(MINUTE);
    at();
    await call(core, 'exam/forceSubmit', { ...seat, reason: 'peserta sakit' }, proctor);

    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    const c = demo.people.candidates[0];
    const by = demo.people.staff.find((s) => s.role === 'proctor')!.displayName;
    expect(minutes.proctorActions).toEqual([
      { at: times[0], action: 'extended', participantNo: c.participantNo, candidateName: c.name, reason: 'listrik padam', minutes: 10, candidates: null, by },
      { at: times[1], action: 'paused', participantNo: c.participantNo, candidateName: c.name, reason: 'PC-03 mati', minutes: null, candidates: null, by },
      { at: times[2], action: 'resumed', participantNo: c.participantNo, candidateName: c.name, reason: 'pindah ke PC-13', minutes: 3, candidates: null, by },
      { at: times[3], action: 'resetLogin', participantNo: c.participantNo, candidateName: c.name, reason: 'pindah PC', minutes: null, candidates: null, by },
      { at: times[4], action: 'forceSubmitted', participantNo: c.participantNo, candidateName: c.name, reason: 'peserta sakit', minutes: null, candidates: null, by },
    ]);
  });
});

describe('status board of a lab running two sessions a day', () => {
  it("does not show a candidate's afternoon session on the morning's board as their last activity there", async () => {
    const { clock, core, candidate, seat } = await examDay(0);
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    await call(core, 'cbt/save', { itemId: state.items[0].itemId, seq: 1, choice: 1, text: null, doubtful: false }, candidate);
    await call(core, 'cbt/submit', { confirm: true }, candidate);
    let proctor = await signInAs(core, 'proctor');
    const morningRow = async () => (await call(core, 'exam/board', { sessionId: seat.sessionId }, proctor)).rows.find((r) => r.candidateId === seat.candidateId)!;
    const handedIn = (await morningRow()).lastActivityAt;

    // The afternoon: the same candidate sits another scheme's session in the same lab.
    clock.advance(4 * 60 * MINUTE);
    proctor = await signInAs(core, 'proctor');
    core.db
      .prepare(
        `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, title_en, date, start_time, duration_minutes)
         SELECT 'afternoon', lsp_id, scheme_id, tuk_id, 'SORE-01', title_id, title_en, date, '13:00', 60 FROM session WHERE id = ?`,
      )
      .run(seat.sessionId);
    core.db
      .prepare(
        `INSERT INTO session_candidate (session_id, candidate_id, assessor_id, seat)
         SELECT 'afternoon', candidate_id, assessor_id, seat FROM session_candidate WHERE session_id = ? AND candidate_id = ?`,
      )
      .run(seat.sessionId, seat.candidateId);
    const token = (await call(core, 'exam/startSession', { sessionId: 'afternoon' }, proctor)).token!;
    core.examDay.flush();
    const pushes: EventMessage[] = [];
    core.subscribe(proctor, (m) => pushes.push(m));
    const c = demo.people.candidates[0];
    const afternoon = (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'pc-12-device' })).token;
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, afternoon);
    core.examDay.flush();
    // The morning's board, still open on the proctor's console, hears that the candidate left it.
    const pushed = pushes.flatMap((m) => (m.event === 'exam/boardChanged' ? [m.payload] : []));
    expect(pushed.find((p) => p.sessionId === seat.sessionId)?.rows.map((r) => [r.candidateId, r.signedIn, r.online])).toEqual([[seat.candidateId, false, false]]);

    expect((await morningRow()).lastActivityAt).toBe(handedIn);
    expect((await morningRow()).online).toBe(false);
    const afternoonRow = (await call(core, 'exam/board', { sessionId: 'afternoon' }, proctor)).rows.find((r) => r.candidateId === seat.candidateId)!;
    expect(afternoonRow).toMatchObject({ online: true, lastActivityAt: clock.now().toISOString() });
  });
});
