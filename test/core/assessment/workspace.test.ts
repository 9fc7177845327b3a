import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log';
import { replaceItemKuks } from '../../../electron/core/db/queries/bank-items';
import { call, demo, failure } from '../../support/core';
import { ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved, testTaken } from './support';

const kukCount = demo.scheme.units.reduce((n, u) => n + u.elements.reduce((m, e) => m + e.kuk.length, 0), 0);

describe('the assessor workspace', () => {
  it("numbers FR.IA.06's essays as the candidate's paper numbered them, in that order; essays by question keep the bank's number", async () => {
    const { core, assessor, seat } = await testTaken(0);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    const order = JSON.parse(core.db.prepare('SELECT item_order FROM attempt WHERE session_id = ? AND candidate_id = ?').pluck().get(seat.sessionId, seat.candidateId) as string) as string[];
    // The candidate saw the first essay after every multiple-choice question (No. 25 on the demo's paper), the tab said "No. 1".
    const shown = ws.essays.map((e) => order.indexOf(e.itemId) + 1);
    expect(ws.essays.map((e) => e.number)).toEqual(shown);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(Math.min(...shown)).toBe(demo.instruments.multipleChoice.length + 1);
    const first = ws.essays[0];
    const across = await call(core, 'assessment/essayAcross', { sessionId: seat.sessionId, itemId: first.itemId }, assessor);
    const bankNumber = (await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor)).essays.find((e) => e.itemId === first.itemId)?.number;
    expect(across.question.number).toBe(bankNumber);
  });

  it('shows one candidate whole: answers beside expected answers, the KUK tree, and nothing scored yet', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.attempt.status).toBe('submitted');
    expect(ws.header.assessorMet).toBe(demo.people.assessors[0].metNumber);
    expect(ws.candidate.participantNo).toBe(demo.people.candidates[0].participantNo);
    expect(ws.multipleChoice.allAchieved).toBe(true);
    expect(ws.essays).toHaveLength(demo.instruments.essay.length);
    for (const e of ws.essays) {
      expect(e.answer).toMatch(/^Jawaban esai/);
      expect(e.expected.id.length).toBeGreaterThan(10);
      expect(e.score).toBeNull();
    }
    expect(ws.essays.some((e) => e.scoring === 'score_0_3')).toBe(true);
    expect(ws.oral).toHaveLength(demo.instruments.oral.length);
    expect(ws.supporting).toHaveLength(demo.instruments.supporting.length);
    expect(ws.observation.flatMap((u) => u.elements.flatMap((e) => e.kuks))).toHaveLength(kukCount);
    expect(ws.units).toHaveLength(demo.scheme.units.length);
    // Nothing observed yet: every unit is BK for now, each KUK naming the missing observation.
    for (const u of ws.units) {
      expect(u.suggestion).toBe('BK');
      expect(u.reasons.every((r) => r.kind === 'missing' && r.refs.includes('FR.IA.01'))).toBe(true);
    }
    expect(ws.lastSeq).toBe(0);
    expect(ws.signature).toBeNull();
  });

  it('names every KUK an essay or oral question covers (FR.IA.06, FR.IA.07), the first first, as FR.IA.05 does', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const kukOf = (unitCode: string, number: string) =>
      core.db
        .prepare('SELECT k.id FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE u.code = ? AND k.number = ?')
        .pluck()
        .get(unitCode, number) as string;
    const allKuks = demo.scheme.units.flatMap((u) => u.elements.flatMap((e) => e.kuk.map((k) => ({ unitCode: u.code, kukNumber: k.no }))));
    const before = await call(core, 'assessment/workspace', seat, assessor);
    for (const q of [before.essays[0], before.oral[0]]) {
      // Its own KUK, then the scheme's last KUK and one of another unit (none of them its own).
      const own = { unitCode: q.unitCode, kukNumber: q.kukNumber };
      const others = allKuks.filter((k) => k.unitCode !== own.unitCode || k.kukNumber !== own.kukNumber);
      const extra = [others[others.length - 1], others.find((k) => k.unitCode !== own.unitCode && k.unitCode !== others[others.length - 1].unitCode) ?? others[0]];
      replaceItemKuks(core.db, q.itemId, [own, ...extra].map((k) => kukOf(k.unitCode, k.kukNumber)));
      const ws = await call(core, 'assessment/workspace', seat, assessor);
      const row = [...ws.essays, ...ws.oral].find((r) => r.itemId === q.itemId)!;
      expect(row.kuks).toEqual([own, ...extra]);
    }
  });

  it('carries FR.AK.01\'s evidence exactly as the candidate\'s screen listed it (the demo collects no portfolio)', async () => {
    const { core, assessor, seat, candidate } = await testTaken(0);
    const shown = (await call(core, 'cbt/state', {}, candidate)).agreement.evidence;
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.attempt.agreementEvidence).toEqual(shown);
    expect(ws.attempt.agreementEvidence).not.toContain('portfolio');
  });

  it('suggests K for every unit once every instrument shows the KUK achieved, and fills FR.AK.02 evidence', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const ws = await scoreAllAchieved(core, assessor, seat);
    expect(ws.units.map((u) => [u.unitCode, u.suggestion, u.reasons])).toEqual(ws.units.map((u) => [u.unitCode, 'K', []]));
    const unitWithEverything = ws.units.find((u) => u.evidenceUsed.length === 3);
    expect(unitWithEverything?.evidenceUsed.sort()).toEqual(['observation', 'oral', 'written']);
    expect(ws.units.every((u) => u.evidenceUsed.includes('observation'))).toBe(true);
  });

  it('a wrong multiple-choice answer makes its unit BK, naming the KUK and the question, until an oral question confirms it', async () => {
    // PG-01 sits on J.620100.004.02 KUK 1.1, as does the supporting question PP-01.
    const { core, assessor, seat } = await testTaken(0, ['PG-01']);
    let ws = await scoreAllAchieved(core, assessor, seat);
    const unit = ws.units.find((u) => u.unitCode === 'J.620100.004.02')!;
    // PP-01 (Ya) confirmed the knowledge of the same KUK: the unit stays K.
    expect(unit.suggestion).toBe('K');
    const pp01 = ws.supporting.find((q) => q.ref === 'PP-01')!;
    expect(`${pp01.unitCode}#${pp01.kukNumber}`).toBe(demo.instruments.multipleChoice[0].kuk);
    await call(core, 'assessment/score', { ...seat, seq: ws.lastSeq + 1, instrument: 'supporting', targetId: pp01.itemId, verdict: 'no', score: null, response: 'Tidak dapat menjelaskan', note: null }, assessor);
    ws = await call(core, 'assessment/workspace', seat, assessor);
    const after = ws.units.find((u) => u.unitCode === 'J.620100.004.02')!;
    expect(after.suggestion).toBe('BK');
    expect(after.reasons.map((r) => [r.kind, r.kukNumber, r.refs])).toEqual([['not_achieved', '1.1', ['PG-01', 'PP-01']]]);
  });

  it('a 0–3 essay counts as achieved from 2 (right but incomplete)', async () => {
    const { core, assessor, seat } = await testTaken(0);
    // No oral or supporting questions asked: nothing else can confirm the essay's KUK.
    let ws = await scoreAllAchieved(core, assessor, seat, { askQuestions: false });
    const scored = ws.essays.find((e) => e.scoring === 'score_0_3')!;
    let seq = ws.lastSeq;
    const outcomes: [number, string, string[]][] = [];
    for (const score of [2, 1, 0, 3]) {
      await call(core, 'assessment/score', { ...seat, seq: ++seq, instrument: 'essay', targetId: scored.itemId, verdict: null, score, response: null, note: null }, assessor);
      ws = await call(core, 'assessment/workspace', seat, assessor);
      const unit = ws.units.find((u) => u.unitCode === scored.unitCode)!;
      outcomes.push([score, unit.suggestion, unit.reasons.map((r) => `${r.kind} ${r.kukNumber} ${r.refs.join(',')}`)]);
    }
    const reason = `not_achieved ${scored.kukNumber} ${scored.ref}`;
    expect(outcomes).toEqual([
      [2, 'K', []],
      [1, 'BK', [reason]],
      [0, 'BK', [reason]],
      [3, 'K', []],
    ]);
  });

  it('refuses a score that does not fit its instrument', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    const yesNo = ws.essays.find((e) => e.scoring === 'yes_no')!;
    const zeroThree = ws.essays.find((e) => e.scoring === 'score_0_3')!;
    const kuk = ws.observation[0].elements[0].kuks[0];
    const base = { ...seat, seq: 1, score: null, response: null, note: null };
    expect((await failure(core, 'assessment/score', { ...base, instrument: 'essay', targetId: yesNo.itemId, verdict: null, score: 2 }, assessor)).code).toBe('SCORE_SHAPE');
    expect((await failure(core, 'assessment/score', { ...base, instrument: 'essay', targetId: zeroThree.itemId, verdict: 'yes' }, assessor)).code).toBe('SCORE_SHAPE');
    expect((await failure(core, 'assessment/score', { ...base, instrument: 'observation', targetId: kuk.observationId, verdict: 'yes' }, assessor)).code).toBe('SCORE_SHAPE');
    expect((await failure(core, 'assessment/score', { ...base, instrument: 'oral', targetId: yesNo.itemId, verdict: 'yes' }, assessor)).code).toBe('NOT_FOUND');
    expect((await call(core, 'assessment/workspace', seat, assessor)).lastSeq).toBe(0);
  });

  it('keeps only the newest save of a record: a repeat or a late older save changes nothing', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    const oral = ws.oral[0];
    const save = (seq: number, response: string) =>
      call(core, 'assessment/score', { ...seat, seq, instrument: 'oral', targetId: oral.itemId, verdict: 'yes', score: null, response, note: null }, assessor);
    expect((await save(5, 'ringkasan kelima')).stored).toBe(true);
    expect((await save(5, 'ringkasan kelima')).stored).toBe(false);
    expect((await save(3, 'ringkasan lama')).stored).toBe(false);
    const after = await call(core, 'assessment/workspace', seat, assessor);
    expect(after.oral[0].score).toMatchObject({ response: 'ringkasan kelima', seq: 5, verdict: 'yes' });
    expect(after.lastSeq).toBe(5);
    const audited = core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'assessment.score'").pluck().get();
    expect(audited).toBe(1);
  });

  it('shows one essay across every candidate who submitted, an empty essay as 0 / Tidak awaiting confirmation', async () => {
    const { core, assessor, seat, token } = await testTaken(0);
    // The second candidate submits without writing any essay; the other four of asesor1 are absent.
    const second = demo.people.candidates[1];
    const other = (await call(core, 'auth/candidateSignIn', { participantNo: second.participantNo, password: second.password, token, deviceId: 'pc-1-device' })).token;
    await call(core, 'cbt/agree', { accept: true }, other);
    await call(core, 'cbt/submit', { confirm: true }, other);

    const ws = await call(core, 'assessment/workspace', seat, assessor);
    const yesNo = ws.essays.find((e) => e.scoring === 'yes_no')!;
    const zeroToThree = ws.essays.find((e) => e.scoring === 'score_0_3')!;
    let across = await call(core, 'assessment/essayAcross', { sessionId: seat.sessionId, itemId: yesNo.itemId }, assessor);
    expect(across.rows.map((r) => r.candidate.participantNo)).toEqual([demo.people.candidates[0].participantNo, second.participantNo]);
    expect(across.rows[0]).toMatchObject({ answer: expect.stringMatching(/^Jawaban esai/), unanswered: null });
    expect(across.rows[1]).toMatchObject({ answer: null, score: null, unanswered: { verdict: 'no', score: null } });
    expect(across.question.expected.id).toBe(yesNo.expected.id);
    const zero = await call(core, 'assessment/essayAcross', { sessionId: seat.sessionId, itemId: zeroToThree.itemId }, assessor);
    expect(zero.rows[1].unanswered).toEqual({ verdict: null, score: 0 });

    // Nothing is stored until the assessor confirms; once confirmed it is an ordinary score.
    const otherSeat = { sessionId: seat.sessionId, candidateId: across.rows[1].candidate.candidateId };
    expect((await call(core, 'assessment/workspace', otherSeat, assessor)).essays.find((e) => e.itemId === yesNo.itemId)?.score).toBeNull();
    await call(core, 'assessment/score', { ...otherSeat, seq: across.rows[1].lastSeq + 1, instrument: 'essay', targetId: yesNo.itemId, verdict: 'no', score: null, response: null, note: null }, assessor);
    across = await call(core, 'assessment/essayAcross', { sessionId: seat.sessionId, itemId: yesNo.itemId }, assessor);
    expect(across.rows[1]).toMatchObject({ unanswered: null, score: expect.objectContaining({ verdict: 'no' }) });
  });

  it('overview: an instrument the scheme has nothing for is not used, before and after FR.AK.02 is signed, not work left', async () => {
    const { core, assessor, seat } = await testTaken(0);
    // A scheme without oral, supporting or observation content: FR.IA.07, FR.IA.03 and FR.IA.01 have nothing to do.
    core.db.prepare("UPDATE item SET status = 'retired' WHERE kind IN ('oral', 'supporting')").run();
    core.db.prepare("UPDATE observation_item SET status = 'retired'").run();
    let view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    expect(view.rows[0].progress).toEqual({ ia05: 'scored', ia06: 'not_started', ia07: 'not_used', ia01: 'not_used', ia03: 'not_used', decision: 'not_started' });
    // An absent candidate's instruments without content are not used either, not "not started".
    expect(view.rows[1].progress.ia07).toBe('not_used');
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    expect(view.rows[0].progress).toEqual({ ia05: 'signed', ia06: 'signed', ia07: 'not_used', ia01: 'not_used', ia03: 'not_used', decision: 'signed' });
  });

  it('overview: FR.IA.07 and FR.IA.03 signed off without a question asked read not used, as their printed forms say', async () => {
    const { core, assessor, seat } = await testTaken(0);
    await scoreAllAchieved(core, assessor, seat, { askQuestions: false });
    await decideAsSuggested(core, assessor, seat);
    let view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    expect(view.rows[0].progress).toMatchObject({ ia07: 'not_started', ia01: 'scored', ia03: 'not_started' });
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    expect(view.rows[0].progress).toEqual({ ia05: 'signed', ia06: 'signed', ia07: 'not_used', ia01: 'signed', ia03: 'not_used', decision: 'signed' });
  });

  it('overview: per candidate and instrument, not started → scored → decided → signed', async () => {
    const { core, assessor, seat } = await testTaken(0);
    let view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    expect(view.rows).toHaveLength(6);
    expect(view.rows[0].progress).toEqual({ ia05: 'scored', ia06: 'not_started', ia07: 'not_started', ia01: 'not_started', ia03: 'not_started', decision: 'not_started' });
    expect(view.rows[1].attempt).toBe('absent');
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    expect(view.rows[0].progress).toEqual({ ia05: 'decided', ia06: 'scored', ia07: 'scored', ia01: 'scored', ia03: 'scored', decision: 'decided' });
    expect(view.rows[0].recommendation).toBe('K');
    expect(verifyAudit(core.db).ok).toBe(true);
  });

  it('overview: a candidate the proctor marked absent is absent there too, not one yet to begin', async () => {
    const { core, assessor, seat, proctor } = await testTaken(0);
    let view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    expect(view.rows.map((r) => r.attendance)).toEqual(['present', 'not_recorded', 'not_recorded', 'not_recorded', 'not_recorded', 'not_recorded']);
    await call(core, 'exam/markAbsent', { sessionId: seat.sessionId, candidateId: view.rows[1].candidateId, reason: 'tidak datang' }, proctor);
    view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    expect(view.rows[1]).toMatchObject({ attendance: 'absent', attempt: 'absent' });
    expect(view.rows[2].attendance).toBe('not_recorded');
  });

  it('a candidate who never started the written test has missed it only once marked absent or once the session is over, which the forms and FR.AK.05 then say', async () => {
    const { core, assessor, seat, proctor } = await testTaken(0);
    const view = await call(core, 'assessment/overview', { sessionId: seat.sessionId }, assessor);
    const [, absent, waiting] = view.rows.map((r) => ({ sessionId: seat.sessionId, candidateId: r.candidateId }));
    const missed = async (s: typeof seat) => (await call(core, 'assessment/workspace', s, assessor)).attempt.missed;
    const reportMissed = async () => (await call(core, 'assessment/report', { sessionId: seat.sessionId }, assessor)).rows.map((r) => r.missed);
    // During the session: the one who sat it and the ones yet to come have missed nothing.
    expect([await missed(seat), await missed(absent), await missed(waiting)]).toEqual([false, false, false]);
    await call(core, 'exam/markAbsent', { ...absent, reason: 'tidak datang' }, proctor);
    expect([await missed(seat), await missed(absent), await missed(waiting)]).toEqual([false, true, false]);
    expect(await reportMissed()).toEqual([false, true, false, false, false, false]);
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Waktu uji selesai' }, proctor);
    expect([await missed(seat), await missed(absent), await missed(waiting)]).toEqual([false, true, true]);
    expect(await reportMissed()).toEqual([false, true, true, true, true, true]);
  });
});
