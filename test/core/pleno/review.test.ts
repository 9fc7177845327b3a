import { describe, expect, it } from 'vitest';
import { call, candidateId, demo, failure, signInAs, staff } from '../../support/core';
import { MINUTE } from '../../support/clock';
import { examDay } from '../cbt/support';
import { assessedSession } from './support';

describe('results review', () => {
  it('flags an unsigned record as blocking; absent candidates block nothing', async () => {
    const { core, admin, seat } = await assessedSession({ sign: false });
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const first = review.candidates.find((c) => c.candidateId === seat.candidateId)!;
    expect(first.flags).toContain('unsigned');
    expect(first.blocksDecision).toBe(true);
    expect(first.recommendation).toBe('K');
    const others = review.candidates.filter((c) => c.candidateId !== seat.candidateId);
    expect(others).toHaveLength(11);
    for (const c of others) expect(c).toMatchObject({ attendance: 'absent', flags: ['absent'], blocksDecision: false });
    const [listed] = await call(core, 'results/sessions', {}, admin);
    expect(listed).toMatchObject({ sessionId: seat.sessionId, candidates: 12, absent: 11, recommendedK: 1, recommendedBK: 0, flagged: 1, blocking: 1, decided: 0 });
  });

  it("carries FR.AK.02's follow-up and the assessor's comments, and each unit's other evidence, to the LSP (the review left them out)", async () => {
    const { core, admin, assessor, seat } = await assessedSession({ sign: false });
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    const unit = ws.units[0]!;
    await call(
      core,
      'assessment/decideUnit',
      { ...seat, unitId: unit.unitId, seq: ws.lastSeq + 1, decision: unit.suggestion, comment: null, extraEvidence: ['portfolio', 'project'] },
      assessor,
    );
    const record = { knowledgeConclusion: 'achieved' as const, knowledgeNote: null, recommendation: ws.allowedRecommendation };
    await call(core, 'assessment/saveRecord', { ...seat, seq: ws.lastSeq + 2, ...record, followUp: 'Ulang unit struktur data', comment: 'Baik secara umum' }, assessor);
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const first = review.candidates.find((c) => c.candidateId === seat.candidateId)!;
    expect(first).toMatchObject({ followUp: 'Ulang unit struktur data', assessorComment: 'Baik secara umum' });
    expect(first.units.find((u) => u.unitId === unit.unitId)?.extraEvidence).toEqual(['portfolio', 'project']);
    const absent = review.candidates.find((c) => c.candidateId !== seat.candidateId)!;
    expect(absent).toMatchObject({ followUp: null, assessorComment: null });
  });

  it('a candidate checked in who never started the written test is flagged as not having taken it, never reported as 0 correct', async () => {
    const { core, admin, proctor, seat } = await assessedSession();
    const other = { sessionId: seat.sessionId, candidateId: candidateId(core, 1) };
    // assessedSession marks everyone but candidate 0 absent: checking one in again takes a reason.
    await call(core, 'exam/checkIn', { ...other, reason: 'Datang terlambat, sudah di ruang uji' }, proctor);
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const c = review.candidates.find((x) => x.candidateId === other.candidateId)!;
    expect(c.attendance).toBe('present');
    expect(c.flags).toContain('testNotTaken');
    expect(c.evidence.multipleChoice.taken).toBe(false);
    const first = review.candidates.find((x) => x.candidateId === seat.candidateId)!;
    expect(first.flags).not.toContain('testNotTaken');
    expect(first.evidence.multipleChoice.taken).toBe(true);
  });

  it('a signed record: the evidence as the assessor scored it, no blocking flag; a revoked signature blocks again', async () => {
    const { core, admin, assessor, seat } = await assessedSession();
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const first = review.candidates.find((c) => c.candidateId === seat.candidateId)!;
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(first.blocksDecision).toBe(false);
    expect(first.flags).toEqual(['notAcknowledged']);
    expect(first.signature?.signedAt).toBe(ws.signature?.signedAt);
    expect(first.attendance).toBe('present');
    expect(first.attempt).toBe('submitted');
    expect(first.units.map((u) => [u.unitCode, u.decision])).toEqual(ws.units.map((u) => [u.unitCode, u.decision?.decision]));
    // FR.IA.05 as the core's multiple-choice scoring counts it, unit by unit.
    expect(first.evidence.multipleChoice.units.map((u) => [u.unitCode, u.total, u.achieved])).toEqual(
      ws.multipleChoice.units.map((u) => [u.unitCode, u.total, u.achieved]),
    );
    expect(first.evidence.multipleChoice.achieved).toBe(first.evidence.multipleChoice.total);
    expect(first.evidence.essay).toEqual({ total: ws.essays.length, scored: ws.essays.length, achieved: ws.essays.length });
    expect(first.evidence.oral).toEqual({ total: ws.oral.length, scored: ws.oral.length, achieved: ws.oral.length });
    const kuks = ws.observation.flatMap((u) => u.elements.flatMap((e) => e.kuks)).length;
    expect(first.evidence.observation).toEqual({ total: kuks, k: kuks, bk: 0, further: 0, unscored: 0 });

    await call(core, 'assessment/unlock', { ...seat, reason: 'Salah catat observasi' }, assessor);
    const again = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    expect(again.candidates.find((c) => c.candidateId === seat.candidateId)).toMatchObject({ signature: null, blocksDecision: true, flags: ['unsigned'] });
  });

  it('names the berita acara incidents and the TUK appeal of a candidate', async () => {
    const { core, admin, assessor, proctor, seat } = await assessedSession();
    const participantNo = core.db.prepare('SELECT participant_no FROM candidate WHERE id = ?').pluck().get(seat.candidateId) as string;
    await call(core, 'exam/addIncident', { sessionId: seat.sessionId, text: `Listrik padam 5 menit, ${participantNo} pindah PC` }, proctor);
    await call(core, 'exam/addIncident', { sessionId: seat.sessionId, text: 'AC ruangan rusak' }, proctor);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    await call(core, 'assessment/appeal', { ...seat, seq: ws.lastSeq + 1, processExplained: true, discussedWithAssessor: true, involveOther: false, reasons: 'Waktu observasi terlalu singkat' }, assessor);
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const first = review.candidates.find((c) => c.candidateId === seat.candidateId)!;
    expect(first.incidents.map((i) => i.text)).toEqual([`Listrik padam 5 menit, ${participantNo} pindah PC`]);
    expect(review.incidents).toHaveLength(2);
    expect(first.appeal).toMatchObject({ tuk: { reasons: 'Waktu observasi terlalu singkat' }, cases: [], held: true });
    expect(first.flags).toEqual(expect.arrayContaining(['appealOpen', 'incident']));
    // Held out of certificates, but the decision is not blocked: the appeal decides what happens next.
    expect(first.blocksDecision).toBe(false);
    expect(review.candidates.find((c) => c.candidateId === candidateId(core, 1))?.incidents).toEqual([]);
  });

  it("shows how a candidate's written test ran: the time the proctor added, and that closing the session collected it", async () => {
    const { clock, core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'cbt/agree', { accept: true }, candidate);
    clock.advance(5 * MINUTE);
    await call(core, 'exam/extendTime', { ...seat, minutes: 10, reason: 'PC lambat' }, proctor);
    clock.advance(MINUTE);
    const closedAt = clock.now().toISOString();
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Waktu pelaksanaan selesai sesuai jadwal TUK' }, proctor);
    const admin = await signInAs(core, 'admin');
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const agus = review.candidates.find((c) => c.candidateId === seat.candidateId)!;
    expect(agus.writtenTest).toEqual({
      extensionMinutes: 10,
      submittedAt: closedAt,
      submitReason: 'session_ended',
      actions: [expect.objectContaining({ action: 'extended', minutes: 10 })],
      lateAnswers: 0,
      heldRefused: 0,
    });
    // Never started: nothing to say about a written test.
    expect(review.candidates.find((c) => c.candidateId === candidateId(core, 1))?.writtenTest).toBeNull();
  });

  it("lists each pause, resume and time added on a candidate's written test, with its time, who and why, the room's too", async () => {
    const { clock, core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'cbt/agree', { accept: true }, candidate);
    clock.advance(5 * MINUTE);
    const pausedAt = clock.now().toISOString();
    await call(core, 'exam/pause', { ...seat, reason: 'Listrik padam' }, proctor);
    clock.advance(3 * MINUTE);
    const resumedAt = clock.now().toISOString();
    await call(core, 'exam/resume', { ...seat, reason: 'Listrik menyala' }, proctor);
    clock.advance(MINUTE);
    const extendedAt = clock.now().toISOString();
    await call(core, 'exam/extendTime', { ...seat, minutes: 5, reason: 'PC lambat' }, proctor);
    clock.advance(MINUTE);
    const roomPausedAt = clock.now().toISOString();
    await call(core, 'exam/pauseAll', { sessionId: seat.sessionId, reason: 'Evakuasi' }, proctor);
    clock.advance(MINUTE);
    await call(core, 'exam/resumeAll', { sessionId: seat.sessionId, reason: 'Kembali' }, proctor);
    const admin = await signInAs(core, 'admin');
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const agus = review.candidates.find((c) => c.candidateId === seat.candidateId)!;
    const by = staff.proctor.displayName;
    expect(agus.writtenTest?.actions).toEqual([
      { at: pausedAt, action: 'paused', minutes: null, reason: 'Listrik padam', by },
      { at: resumedAt, action: 'resumed', minutes: 3, reason: 'Listrik menyala', by },
      { at: extendedAt, action: 'extended', minutes: 5, reason: 'PC lambat', by },
      { at: roomPausedAt, action: 'pausedAll', minutes: null, reason: 'Evakuasi', by },
      { at: expect.any(String), action: 'resumedAll', minutes: null, reason: 'Kembali', by },
    ]);
  });

  it("says how many of a candidate's answers arrived after time ran out and how many late ones were refused, as the assessor's workspace counts them", async () => {
    const { clock, core, candidate, seat, token } = await examDay(0);
    // Candidate 1 took the test on time: nothing late, nothing refused.
    const other = demo.people.candidates[1]!;
    const otherToken = (await call(core, 'auth/candidateSignIn', { participantNo: other.participantNo, password: other.password, token, deviceId: 'pc-1-device' })).token;
    const otherState = await call(core, 'cbt/agree', { accept: true }, otherToken);
    await call(core, 'cbt/save', { itemId: otherState.items[0]!.itemId, seq: 1, choice: 0, text: null, doubtful: false }, otherToken);
    await call(core, 'cbt/submit', { confirm: true }, otherToken);

    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const deadline = Date.parse(state.clock!.deadline);
    const [a, b, c] = state.items;
    // The PC is last heard 40 s before the end, then loses the LAN; back after time ran out, its outbox sends.
    clock.set(new Date(deadline - 40_000));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    clock.set(new Date(deadline + 2 * MINUTE));
    expect((await call(core, 'cbt/state', {}, candidate)).submitted?.reason).toBe('timeout');
    clock.advance(1_000);
    const save = (itemId: string, seq: number, answeredAt: number) =>
      call(core, 'cbt/save', { itemId, seq, choice: 1, text: null, doubtful: false, answeredAt: new Date(answeredAt).toISOString() }, candidate);
    // Given after the PC was last heard: they count, late.
    expect((await save(a!.itemId, 1, deadline - 30_000)).stored).toBe(true);
    expect((await save(b!.itemId, 2, deadline - 1_000)).stored).toBe(true);
    // Given a minute before the end, although the server heard from the PC after that: refused.
    expect((await failure(core, 'cbt/save', { itemId: c!.itemId, seq: 3, choice: 1, text: null, doubtful: false, answeredAt: new Date(deadline - MINUTE).toISOString() }, candidate)).code).toBe(
      'ANSWER_HELD_WHILE_ONLINE',
    );
    // The exam day's sweep writes the refusal beside the next group commit.
    core.examDay.heldRefusals.flush(clock.now());
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));

    const admin = await signInAs(core, 'admin');
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    const late = review.candidates.find((x) => x.candidateId === seat.candidateId)!;
    expect(late.writtenTest).toMatchObject({ lateAnswers: 2, heldRefused: 1 });
    const ws = await call(core, 'assessment/workspace', seat, admin);
    expect(ws.attempt).toMatchObject({ lateAnswers: 2, heldRefused: 1 });
    const onTime = review.candidates.find((x) => x.candidateId === candidateId(core, 1))!;
    expect(onTime.writtenTest).toMatchObject({ submitReason: 'candidate', lateAnswers: 0, heldRefused: 0 });
  });
});
