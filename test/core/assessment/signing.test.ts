import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { call, demo, failure, signInAs } from '../../support/core';
import { ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved, testTaken } from './support';

/** Candidate 0's card password: FR.AK.03 goes out with it. */
const password = demo.people.candidates[0].password;

const candidateAccount = (core: { db: { prepare: (s: string) => { pluck: () => { get: (p: string) => unknown } } } }) =>
  core.db.prepare('SELECT id FROM account WHERE username = ?').pluck().get(demo.people.candidates[0].participantNo) as string;

const actions = (core: { db: { prepare: (s: string) => { pluck: () => { all: () => unknown[] } } } }) =>
  core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'assessment.%' ORDER BY seq").pluck().all() as string[];

describe('sign-off, locking and unlocking', () => {
  it('signing needs the password again and a complete record', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const ws = await scoreAllAchieved(core, assessor, seat);
    expect((await failure(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor))).toMatchObject({
      code: 'UNITS_UNDECIDED',
      params: { units: ws.units.map((u) => u.unitCode).join(', ') },
    });
    await decideAsSuggested(core, assessor, seat);
    expect((await failure(core, 'assessment/sign', { ...seat, password: 'bukan-sandinya' }, assessor)).code).toBe('WRONG_PASSWORD');
    expect((await call(core, 'assessment/workspace', seat, assessor)).signature).toBeNull();
    expect(actions(core)).toContain('assessment.signRefused');
    const signed = await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    expect(signed?.signedByName).toBe('Dra. Sri Wahyuningsih, M.Kom.');
    // Signing again is harmless: the same signature.
    expect(await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor)).toEqual(signed);
  });

  it('the FR.AK.02 signature reaches only the instrument forms the assessor recorded something on', async () => {
    const { core, assessor, seat } = await testTaken(0);
    // Oral (FR.IA.07) and supporting (FR.IA.03) questions never asked: nothing recorded on those forms.
    await scoreAllAchieved(core, assessor, seat, { askQuestions: false });
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.formsRecorded).toEqual({ ia05: true, ia06: true, ia07: false, ia01: true, ia03: false });
    const signedAt = ws.signature?.signedAt;
    expect(signedAt).toBeTruthy();
    for (const form of ['ia05', 'ia06', 'ia01', 'ak02'] as const) expect(ws.formSignatures[form].assessor).toEqual({ at: signedAt, how: 'signed' });
    for (const form of ['ia07', 'ia03'] as const) expect(ws.formSignatures[form].assessor).toBeNull();
  });

  it('a signed assessment is locked until unlocked with a reason; all of it is audited', async () => {
    const { core, assessor, seat } = await testTaken(0);
    await scoreAllAchieved(core, assessor, seat);
    let ws = await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const oral = ws.oral[0];
    const change = (seq: number) =>
      core.dispatch('assessment/score', { ...seat, seq, instrument: 'oral', targetId: oral.itemId, verdict: 'no', score: null, response: 'diubah', note: null }, assessor);
    const locked = [
      await change(ws.lastSeq + 1),
      await core.dispatch('assessment/decideUnit', { ...seat, unitId: ws.units[0].unitId, seq: ws.lastSeq + 1, decision: 'BK', comment: 'x', extraEvidence: [] }, assessor),
      await core.dispatch('assessment/saveRecord', { ...seat, seq: ws.lastSeq + 1, knowledgeConclusion: null, knowledgeNote: null, recommendation: null, followUp: null, comment: null }, assessor),
    ];
    for (const reply of locked) expect(reply).toMatchObject({ ok: false, error: { code: 'RECORD_LOCKED', params: { form: 'FR.AK.02' } } });

    expect((await failure(core, 'assessment/unlock', { ...seat, reason: '' }, assessor)).code).toBe('BAD_ARGS');
    await call(core, 'assessment/unlock', { ...seat, reason: 'Salah mencatat jawaban lisan LS-01' }, assessor);
    expect((await failure(core, 'assessment/unlock', { ...seat, reason: 'lagi' }, assessor)).code).toBe('NOT_LOCKED');
    expect(await change(ws.lastSeq + 1)).toMatchObject({ ok: true, result: { stored: true } });
    ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.signature).toBeNull();
    // The signature is kept, revoked with its reason.
    expect(core.db.prepare('SELECT revoke_reason FROM assessment_signature').pluck().all()).toEqual(['Salah mencatat jawaban lisan LS-01']);
    expect(actions(core)).toEqual(expect.arrayContaining(['assessment.score', 'assessment.unitDecided', 'assessment.record', 'assessment.signed', 'assessment.unlocked']));
    expect(verifyAudit(core.db).ok).toBe(true);
  });

  it('FR.AK.05: signed only when every candidate who took part has a signed FR.AK.02; locks the report', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const sessionId = seat.sessionId;
    await call(core, 'assessment/saveReport', { sessionId, seq: 1, positives: 'Peserta siap', negatives: '-', rejections: 'Tidak ada', suggestions: 'Perbanyak latihan' }, assessor);
    expect((await failure(core, 'assessment/signReport', { sessionId, password: ASSESSOR_PASSWORD.assessor1 }, assessor))).toMatchObject({
      code: 'REPORT_INCOMPLETE',
      params: { candidates: 'JWP-2026-001' },
    });
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    expect((await failure(core, 'assessment/signReport', { sessionId, password: 'salah' }, assessor)).code).toBe('WRONG_PASSWORD');
    await call(core, 'assessment/signReport', { sessionId, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const report = await call(core, 'assessment/report', { sessionId }, assessor);
    expect(report.signature).not.toBeNull();
    expect(report.rows[0]).toMatchObject({ recommendation: 'K', signed: true, bkUnits: [] });
    expect(report.rows.slice(1).every((r) => r.attempt === 'absent' && r.recommendation === null)).toBe(true);
    expect((await failure(core, 'assessment/saveReport', { sessionId, seq: 2, positives: '', negatives: '', rejections: '', suggestions: '' }, assessor)).code).toBe('RECORD_LOCKED');
    // The report names this candidate's result: their FR.AK.02 cannot be unlocked under it.
    expect((await failure(core, 'assessment/unlock', { ...seat, reason: 'koreksi nilai' }, assessor))).toMatchObject({ code: 'RECORD_LOCKED', params: { form: 'FR.AK.05' } });
    await call(core, 'assessment/unlockReport', { sessionId, reason: 'Koreksi saran' }, assessor);
    await call(core, 'assessment/saveReport', { sessionId, seq: 2, positives: 'Peserta siap', negatives: '-', rejections: 'Tidak ada', suggestions: 'Latihan basis data' }, assessor);
  });

  it('names the BK units of a BK candidate in FR.AK.05', async () => {
    const { core, assessor, seat } = await testTaken(0, ['PG-01']);
    const ws = await scoreAllAchieved(core, assessor, seat, { askQuestions: false });
    const bk = ws.units.filter((u) => u.suggestion === 'BK').map((u) => u.unitCode);
    expect(bk).toEqual(['J.620100.004.02']);
    await decideAsSuggested(core, assessor, seat);
    const report = await call(core, 'assessment/report', { sessionId: seat.sessionId }, assessor);
    expect(report.rows[0].recommendation).toBe('BK');
    expect(report.rows[0].bkUnits.map((u) => u.unitCode)).toEqual(bk);
  });

  it('guessing the password at the signature is held to the sign-in budget', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const codes: string[] = [];
    for (let i = 0; i < 25; i++) codes.push((await failure(core, 'assessment/sign', { ...seat, password: `tebak-${i}` }, assessor)).code);
    expect(codes.slice(0, 18).every((c) => c === 'WRONG_PASSWORD')).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });
});

describe('FR.AK.03 feedback and FR.AK.04 appeal', () => {
  const answers = Array.from({ length: 10 }, (_, i) => ({ agree: i !== 3, comment: i === 3 ? 'Waktu diskusi kurang' : '' }));

  it("sends FR.AK.03 from the receipt screen's sign-in only with the candidate's password, counting a wrong one as the sign-in door does", async () => {
    // The receipt screen stays signed in for the exam day: whoever sat down at the PC next sent the candidate's feedback.
    const { core, assessor, seat, candidate } = await testTaken(0);
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    expect((await failure(core, 'feedback/submit', { seq: 1, answers, comment: null }, candidate)).code).toBe('BAD_ARGS');
    expect((await failure(core, 'feedback/submit', { seq: 1, answers, comment: 'Bukan saya', password: 'bukan-sandinya' }, candidate)).code).toBe('WRONG_PASSWORD');
    expect((await call(core, 'feedback/state', {}, candidate)).feedback).toBeNull();
    const failed = () => core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'auth.failed' AND entity_id = ?").pluck().get(candidateAccount(core)) as number;
    expect(failed()).toBe(1);
    // The card's password in any case, as at sign-in; the failure count starts again.
    expect((await call(core, 'feedback/submit', { seq: 2, answers, comment: 'Terima kasih', password: password.toUpperCase() }, candidate)).stored).toBe(true);
    expect(core.db.prepare('SELECT failed_attempts + here_failed_attempts FROM account WHERE id = ?').pluck().get(candidateAccount(core))).toBe(0);
    expect((await call(core, 'feedback/state', {}, candidate)).feedback).toMatchObject({ comment: 'Terima kasih' });
  });

  it('the candidate gives feedback on their own PC once the decision is signed; the assessor cannot overwrite it', async () => {
    const { core, assessor, seat, candidate } = await testTaken(0);
    expect((await call(core, 'feedback/state', {}, candidate)).open).toBe(false);
    expect((await failure(core, 'feedback/submit', { seq: 1, answers, comment: null, password }, candidate)).code).toBe('FEEDBACK_NOT_OPEN');
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const state = await call(core, 'feedback/state', {}, candidate);
    expect(state.open).toBe(true);
    // The candidate's view carries no scores, no recommendation, no notes.
    expect(Object.keys(state).sort()).toEqual(['candidate', 'feedback', 'header', 'open']);
    expect((await call(core, 'feedback/submit', { seq: 1, answers, comment: 'Terima kasih', password }, candidate)).stored).toBe(true);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.feedback).toMatchObject({ enteredBy: 'candidate', comment: 'Terima kasih' });
    expect(ws.feedback?.answers[3]).toEqual({ agree: false, comment: 'Waktu diskusi kurang' });
    expect((await failure(core, 'assessment/feedback', { ...seat, seq: ws.lastSeq + 1, answers, comment: null }, assessor)).code).toBe('FEEDBACK_BY_CANDIDATE');
  });

  it('says feedback given before FR.AK.02 was unlocked and signed again answered the earlier decision, until the candidate gives it again', async () => {
    // The candidate's FR.AK.03 and its mark stayed, reading as given on the decision signed again.
    const { core, assessor, seat, candidate, clock } = await testTaken(0);
    // The LSP's results review says the same as the assessor's workspace at each step.
    const admin = await signInAs(core, 'admin');
    const reviewed = async () =>
      (await call(core, 'results/review', { sessionId: seat.sessionId }, admin)).candidates.find((c) => c.candidateId === seat.candidateId)!.feedback;
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    clock.advance(60_000);
    await call(core, 'feedback/submit', { seq: 1, answers, comment: 'Terima kasih', password }, candidate);
    expect((await call(core, 'assessment/workspace', seat, assessor)).feedback).toMatchObject({ onEarlierDecision: false });
    expect(await reviewed()).toMatchObject({ onEarlierDecision: false });
    clock.advance(60_000);
    await call(core, 'assessment/unlock', { ...seat, reason: 'Salah mencatat jawaban lisan' }, assessor);
    // Unlocked: the decision it answered is no longer signed.
    expect((await call(core, 'assessment/workspace', seat, assessor)).feedback).toMatchObject({ onEarlierDecision: true });
    expect(await reviewed()).toMatchObject({ onEarlierDecision: true });
    clock.advance(60_000);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.feedback).toMatchObject({ enteredBy: 'candidate', onEarlierDecision: true });
    expect(await reviewed()).toEqual({ enteredBy: 'candidate', savedAt: ws.feedback!.savedAt, onEarlierDecision: true });
    // Its mark says when it was given (before the signature in force), as it happened; the form's note says on what.
    expect(ws.formSignatures.ak03.candidate).toEqual({ at: ws.feedback?.savedAt, how: 'entered' });
    expect(ws.feedback!.savedAt < ws.signature!.signedAt).toBe(true);
    // The candidate sees the same, and may give it again: then it answers the decision in force.
    const state = await call(core, 'feedback/state', {}, candidate);
    expect([state.open, state.feedback?.onEarlierDecision]).toEqual([true, true]);
    clock.advance(60_000);
    expect((await call(core, 'feedback/submit', { seq: 2, answers, comment: 'Setelah keputusan baru', password }, candidate)).stored).toBe(true);
    expect((await call(core, 'assessment/workspace', seat, assessor)).feedback).toMatchObject({ comment: 'Setelah keputusan baru', onEarlierDecision: false });
    expect(await reviewed()).toMatchObject({ onEarlierDecision: false });
  });

  it('refuses FR.AK.03 with any statement left without Ya or Tidak, field by field, from the candidate or the assessor', async () => {
    const { core, assessor, seat, candidate } = await testTaken(0);
    await scoreAllAchieved(core, assessor, seat);
    const ws = await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const blank = answers.map(() => ({ agree: null, comment: '' }));
    const refused = await failure(core, 'feedback/submit', { seq: 1, answers: blank, comment: null, password }, candidate);
    expect(refused).toMatchObject({ code: 'FEEDBACK_UNANSWERED', messageKey: 'errors.FEEDBACK_UNANSWERED', params: { count: 10, statements: '1, 2, 3, 4, 5, 6, 7, 8, 9, 10' } });
    expect(refused.fields).toHaveLength(10);
    expect(errorText(refused, 'id')).toBe('Umpan balik (FR.AK.03) belum disimpan: jawab Ya atau Tidak untuk pernyataan 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.');
    const oneLeft = answers.map((a, i) => (i === 6 ? { ...a, agree: null } : a));
    const byAssessor = await failure(core, 'assessment/feedback', { ...seat, seq: ws.lastSeq + 1, answers: oneLeft, comment: null }, assessor);
    expect(byAssessor).toMatchObject({ code: 'FEEDBACK_UNANSWERED', params: { count: 1, statements: '7' }, fields: [{ field: 'answers.6.agree', reason: 'required' }] });
    expect(errorText(byAssessor, 'en')).toBe('The feedback (FR.AK.03) was not saved: answer Yes or No for statement 7.');
    expect((await call(core, 'assessment/workspace', seat, assessor)).feedback).toBeNull();
    expect(actions(core)).not.toContain('assessment.feedback');
  });

  it('the assessor may enter feedback on the candidate\'s behalf (recorded as such) and record an appeal', async () => {
    const { core, assessor, seat } = await testTaken(0);
    await scoreAllAchieved(core, assessor, seat);
    let ws = await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    await call(core, 'assessment/feedback', { ...seat, seq: ws.lastSeq + 1, answers, comment: 'Diisi asesor atas permintaan asesi' }, assessor);
    await call(core, 'assessment/appeal', { ...seat, seq: ws.lastSeq + 2, processExplained: true, discussedWithAssessor: true, involveOther: false, reasons: 'Asesi merasa waktu praktik kurang' }, assessor);
    ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.feedback?.enteredBy).toBe('assessor');
    expect(ws.appeal).toMatchObject({ processExplained: true, involveOther: false, reasons: 'Asesi merasa waktu praktik kurang' });
    const audit = core.db.prepare("SELECT details FROM audit_log WHERE action = 'assessment.feedback'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ form: 'FR.AK.03', enteredBy: 'assessor' });
  });
});

describe('authorization', () => {
  it('another assessor can neither see nor score this candidate; LSP staff can read but not write', async () => {
    const { core, seat, assessor } = await testTaken(0);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    const other = await signInAs(core, 'assessor2');
    const score = { ...seat, seq: 1, instrument: 'oral', targetId: ws.oral[0].itemId, verdict: 'yes', score: null, response: null, note: null };
    for (const [method, args] of [
      ['assessment/workspace', seat],
      ['assessment/score', score],
      ['assessment/decideUnit', { ...seat, unitId: ws.units[0].unitId, seq: 1, decision: 'K', comment: null, extraEvidence: [] }],
      ['assessment/sign', { ...seat, password: 'asesor234!' }],
      ['assessment/unlock', { ...seat, reason: 'coba-coba' }],
      ['assessment/appeal', { ...seat, seq: 1, processExplained: true, discussedWithAssessor: true, involveOther: true, reasons: 'x' }],
    ] as const) {
      const refused = await failure(core, method, args, other);
      expect(refused.code, method).toBe('FORBIDDEN');
      // Said as another assessor's candidate, not only as the role's refusal.
      expect(refused.reasons, method).toEqual([{ code: 'SEAT_OTHER_ASSESSOR', params: {} }]);
    }
    // Their overview and by-question view list only their own candidates.
    const theirs = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, other);
    expect(theirs.rows.map((r) => r.candidateId)).not.toContain(seat.candidateId);
    const across = await call(core, 'assessment/essayAcross', { sessionId: seat.sessionId, itemId: ws.essays[0].itemId }, other);
    expect(across.rows.map((r) => r.candidate.candidateId)).not.toContain(seat.candidateId);
    expect((await failure(core, 'assessment/report', { sessionId: seat.sessionId, assessorId: ws.units[0].unitId }, other)).code).toBe('FORBIDDEN');

    const admin = await signInAs(core, 'admin');
    expect((await call(core, 'assessment/workspace', seat, admin)).candidate.candidateId).toBe(seat.candidateId);
    expect((await failure(core, 'assessment/score', score, admin)).code).toBe('FORBIDDEN');
    expect(core.db.prepare('SELECT count(*) FROM assessment_score').pluck().get()).toBe(0);
  });

  it('a candidate reaches none of the assessor methods', async () => {
    const { core, seat, candidate } = await testTaken(0);
    for (const method of ['assessment/overview', 'assessment/workspace', 'assessment/essayAcross', 'assessment/score', 'assessment/decideUnit', 'assessment/saveRecord', 'assessment/sign', 'assessment/unlock', 'assessment/feedback', 'assessment/appeal', 'assessment/report', 'assessment/saveReport', 'assessment/signReport', 'assessment/unlockReport']) {
      expect((await failure(core, method, { ...seat }, candidate)).code, method).toBe('FORBIDDEN');
    }
  });
});
