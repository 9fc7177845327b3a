import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { addDays } from '../../../electron/core/clock';
import { isHeldByAppeal, heldByAppeal } from '../../../electron/core/pleno/hold';
import { call, failure } from '../../support/core';
import { ASSESSOR_PASSWORD } from '../assessment/support';
import { assessedSession, HELD_ON, members } from './support';

/** A later session with the candidate seated (the re-assessment), written straight to the database. */
function reassessmentSession(core: Core, from: string, candidateId: string): string {
  const s = core.db.prepare('SELECT lsp_id, scheme_id, tuk_id FROM session WHERE id = ?').get(from) as { lsp_id: string; scheme_id: string; tuk_id: string };
  const assessorId = core.db.prepare('SELECT assessor_id FROM session_candidate WHERE session_id = ? AND candidate_id = ?').pluck().get(from, candidateId) as string;
  core.db
    .prepare("INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes) VALUES ('re-1', ?, ?, ?, 'UJK-ULANG-1', 'Uji ulang', '2026-04-20', '08:00', 120)")
    .run(s.lsp_id, s.scheme_id, s.tuk_id);
  core.db.prepare("INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES ('re-1', ?, ?)").run(candidateId, assessorId);
  return 're-1';
}

describe('appeals (FR.AK.04)', () => {
  it('an appeal recorded at the LSP holds the candidate until closed; accepted needs a re-assessment session of theirs, rejected a reason', async () => {
    const { core, admin, seat } = await assessedSession();
    const { sessionId, candidateId } = seat;
    expect(isHeldByAppeal(core.db, sessionId, candidateId)).toBe(false);
    const review = await call(core, 'results/review', { sessionId }, admin);
    const unit = review.candidates[0].units[0];
    const lodgedOn = review.session.date;
    expect(await failure(core, 'appeals/record', { sessionId, candidateId, lodgedOn, reasons: 'Tidak setuju', unitIds: ['bukan-unit'] }, admin)).toMatchObject({ code: 'APPEAL_UNIT_INVALID' });
    const recorded = await call(core, 'appeals/record', { sessionId, candidateId, lodgedOn, reasons: 'Penilaian observasi tidak adil', unitIds: [unit.unitId] }, admin);
    expect(recorded).toMatchObject({ recorded: true, lodgedAt: 'lsp', status: 'open', held: true, units: [{ unitId: unit.unitId, unitCode: unit.unitCode }] });
    expect(isHeldByAppeal(core.db, sessionId, candidateId)).toBe(true);
    expect(heldByAppeal(core.db, sessionId)).toEqual(new Set([candidateId]));

    const close = { caseId: recorded.caseId };
    expect(await failure(core, 'appeals/close', { ...close, outcome: 'rejected' }, admin)).toMatchObject({ code: 'APPEAL_REASON_REQUIRED' });
    expect(await failure(core, 'appeals/close', { ...close, outcome: 'accepted' }, admin)).toMatchObject({ code: 'APPEAL_REASSESSMENT_INVALID' });
    expect(await failure(core, 'appeals/close', { ...close, outcome: 'accepted', reassessmentSessionId: sessionId }, admin)).toMatchObject({ code: 'APPEAL_REASSESSMENT_INVALID' });
    const again = reassessmentSession(core, sessionId, candidateId);
    const accepted = await call(core, 'appeals/close', { ...close, outcome: 'accepted', reassessmentSessionId: again }, admin);
    // Accepted voids this session's decision for the candidate: held for good, the re-assessment decides.
    expect(accepted).toMatchObject({ status: 'accepted', held: true, issuedBeforeAppeal: null, reassessment: { sessionId: again, code: 'UJK-ULANG-1' }, closedByName: expect.any(String) });
    expect(isHeldByAppeal(core.db, sessionId, candidateId)).toBe(true);
    expect(await failure(core, 'appeals/close', { ...close, outcome: 'rejected', reason: 'Sudah ditutup' }, admin)).toMatchObject({ code: 'APPEAL_NOT_OPEN' });
    expect(core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'appeal.%' ORDER BY seq").pluck().all()).toEqual(['appeal.recorded', 'appeal.closed']);
  });

  it("says an accepted appeal's re-assessment session was cancelled, where it still named it as planned", async () => {
    const { core, admin, seat } = await assessedSession();
    const { sessionId, candidateId } = seat;
    const lodgedOn = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(sessionId) as string;
    const recorded = await call(core, 'appeals/record', { sessionId, candidateId, lodgedOn, reasons: 'Penilaian observasi tidak adil', unitIds: [] }, admin);
    const again = reassessmentSession(core, sessionId, candidateId);
    const accepted = await call(core, 'appeals/close', { caseId: recorded.caseId, outcome: 'accepted', reassessmentSessionId: again }, admin);
    expect(accepted.reassessment).toEqual({ sessionId: again, code: 'UJK-ULANG-1', date: '2026-04-20', cancelled: false });
    // Called off as sessions/cancel does (its start is no matter here).
    const adminId = core.db.prepare("SELECT id FROM account WHERE username = 'admin'").pluck().get() as string;
    core.db.prepare("UPDATE session SET cancelled_at = '2026-04-01T02:00:00.000Z', cancelled_by = ?, cancel_reason = 'TUK tidak tersedia' WHERE id = ?").run(adminId, again);
    expect(await call(core, 'appeals/list', { status: 'accepted' }, admin)).toMatchObject([{ caseId: recorded.caseId, reassessment: { sessionId: again, code: 'UJK-ULANG-1', cancelled: true } }]);
  });

  it('says what the hold keeps back: a K decision\'s certificate, a BK decision\'s BNSP sheet row (a BK candidate has no certificate to hold)', async () => {
    const { core, admin, assessor, seat } = await assessedSession();
    const testDay = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(seat.sessionId) as string;
    const lodged = await call(core, 'appeals/record', { ...seat, lodgedOn: testDay, reasons: 'Penilaian observasi tidak adil', unitIds: [] }, admin);
    // The assessor recommended K: their certificate is what waits.
    expect(lodged).toMatchObject({ held: true, holds: 'certificate' });
    // The assessor's recommendation turned BK: only their row of the BNSP sheet is held.
    await call(core, 'assessment/unlock', { ...seat, reason: 'Unit pertama belum kompeten' }, assessor);
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    await call(core, 'assessment/decideUnit', { ...seat, unitId: ws.units[0].unitId, seq: ws.lastSeq + 1, decision: 'BK', comment: 'Observasi ulang', extraEvidence: [] }, assessor);
    await call(core, 'assessment/saveRecord', { ...seat, seq: ws.lastSeq + 2, knowledgeConclusion: 'achieved', knowledgeNote: null, recommendation: 'BK', followUp: null, comment: null }, assessor);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    expect(await call(core, 'appeals/list', {}, admin)).toMatchObject([{ caseId: lodged.caseId, held: true, holds: 'bnsp_row' }]);
    const closed = await call(core, 'appeals/close', { caseId: lodged.caseId, outcome: 'rejected', reason: 'Penilaian sesuai bukti' }, admin);
    expect(closed).toMatchObject({ held: false, holds: null });
  });

  it('the pleno\'s decision, where there is one, says what is held: a departure to BK holds the BNSP sheet row, not a certificate', async () => {
    const { core, admin, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    await call(core, 'pleno/decide', { plenoId, decisions: [{ ...seat, decision: 'BK', reason: 'Portofolio tidak autentik menurut verifikasi LSP' }] }, admin);
    const testDay = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(seat.sessionId) as string;
    expect(await call(core, 'appeals/record', { ...seat, lodgedOn: testDay, reasons: 'Portofolio saya asli', unitIds: [] }, admin)).toMatchObject({ held: true, holds: 'bnsp_row' });
  });

  it('an appeal is lodged on a day from the test day to today, with grounds of 3 characters or more: a day before the test or still to come is refused with the day it may not pass', async () => {
    const { core, admin, seat } = await assessedSession();
    // The demo's session is on the core clock's today, so the day after it is still to come.
    const testDay = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(seat.sessionId) as string;
    const lodge = (lodgedOn: string) => ({ ...seat, lodgedOn, reasons: 'Penilaian observasi tidak adil', unitIds: [] });
    expect(await failure(core, 'appeals/record', lodge(addDays(testDay, -1)), admin)).toMatchObject({ code: 'APPEAL_LODGED_BEFORE_TEST', params: { date: testDay } });
    expect(await failure(core, 'appeals/record', lodge(addDays(testDay, 1)), admin)).toMatchObject({ code: 'APPEAL_LODGED_IN_FUTURE', params: { date: testDay } });
    expect(await failure(core, 'appeals/record', { ...lodge(testDay), reasons: ' x ' }, admin)).toMatchObject({ code: 'APPEAL_GROUNDS_REQUIRED' });
    expect(await call(core, 'appeals/record', lodge(testDay), admin)).toMatchObject({ lodgedOn: testDay, status: 'open' });
    expect(await call(core, 'appeals/list', {}, admin)).toHaveLength(1);
  });

  it('a second open appeal against the same session is refused, naming the one open; once that is closed another may be lodged', async () => {
    const { core, admin, seat } = await assessedSession();
    const testDay = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(seat.sessionId) as string;
    const lodge = { ...seat, lodgedOn: testDay, reasons: 'Penilaian observasi tidak adil', unitIds: [] };
    const first = await call(core, 'appeals/record', lodge, admin);
    expect(await failure(core, 'appeals/record', { ...lodge, reasons: 'Unit lain juga' }, admin)).toMatchObject({ code: 'APPEAL_ALREADY_OPEN', params: { date: testDay } });
    expect(await call(core, 'appeals/list', {}, admin)).toHaveLength(1);
    await call(core, 'appeals/close', { caseId: first.caseId, outcome: 'rejected', reason: 'Penilaian sesuai bukti' }, admin);
    expect(await call(core, 'appeals/record', lodge, admin)).toMatchObject({ status: 'open' });
  });

  it('a TUK FR.AK.04 not yet acted on is the open appeal: the LSP records no second one beside it', async () => {
    const { core, admin, assessor, seat } = await assessedSession();
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    await call(core, 'assessment/appeal', { ...seat, seq: ws.lastSeq + 1, processExplained: true, discussedWithAssessor: false, involveOther: false, reasons: 'Soal lisan tidak sesuai unit' }, assessor);
    const testDay = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(seat.sessionId) as string;
    const refused = await failure(core, 'appeals/record', { ...seat, lodgedOn: testDay, reasons: 'Penilaian observasi tidak adil', unitIds: [] }, admin);
    expect(refused.code).toBe('APPEAL_ALREADY_OPEN');
  });

  it('a pleno’s decisions carry what became of each candidate’s appeal: none, open, then accepted with its re-assessment, and that session cancelled', async () => {
    const { core, admin, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    expect((await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin)).decisions.map((d) => d.appeal)).toEqual([null]);
    const testDay = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(seat.sessionId) as string;
    const lodged = await call(core, 'appeals/record', { ...seat, lodgedOn: testDay, reasons: 'Penilaian observasi tidak adil', unitIds: [] }, admin);
    expect((await call(core, 'pleno/get', { plenoId }, admin)).decisions.map((d) => d.appeal)).toEqual([{ status: 'open', reassessmentCode: null, reassessmentCancelled: false }]);
    const again = reassessmentSession(core, seat.sessionId, seat.candidateId);
    await call(core, 'appeals/close', { caseId: lodged.caseId, outcome: 'accepted', reassessmentSessionId: again }, admin);
    expect((await call(core, 'pleno/get', { plenoId }, admin)).decisions.map((d) => d.appeal)).toEqual([{ status: 'accepted', reassessmentCode: 'UJK-ULANG-1', reassessmentCancelled: false }]);
    // Called off as sessions/cancel does: the row no longer reads as a re-assessment to come.
    const adminId = core.db.prepare("SELECT id FROM account WHERE username = 'admin'").pluck().get() as string;
    core.db.prepare("UPDATE session SET cancelled_at = '2026-04-01T02:00:00.000Z', cancelled_by = ?, cancel_reason = 'TUK tidak tersedia' WHERE id = ?").run(adminId, again);
    expect((await call(core, 'pleno/get', { plenoId }, admin)).decisions.map((d) => d.appeal)).toEqual([{ status: 'accepted', reassessmentCode: 'UJK-ULANG-1', reassessmentCancelled: true }]);
  });

  it('accepting an appeal whose decision already has a certificate names it, for the admin to revoke, and revokes nothing', async () => {
    const { core, admin, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    const adminId = core.db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' LIMIT 1").pluck().get() as string;
    // Issued from this session's decision before the appeal came in, written straight to the database.
    core.db
      .prepare(
        `INSERT INTO certificate (id, lsp_id, pleno_id, session_id, candidate_id, scheme_id, number, registration_number, counter_scope, counter_value, issued_on, valid_until, issued_at, issued_by)
         SELECT 'cert-1', s.lsp_id, ?, s.id, ?, s.scheme_id, '85499 0000001 2026', 'REG-1', 'test', 1, '2026-03-20', '2029-03-19', '2026-03-20T01:00:00Z', ? FROM session s WHERE s.id = ?`,
      )
      .run(plenoId, seat.candidateId, adminId, seat.sessionId);
    const testDay = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(seat.sessionId) as string;
    const lodge = { ...seat, lodgedOn: testDay, reasons: 'Penilaian observasi tidak adil', unitIds: [] };
    // Rejected, the certificate stands as it is: nothing to say.
    const first = await call(core, 'appeals/record', lodge, admin);
    expect(await call(core, 'appeals/close', { caseId: first.caseId, outcome: 'rejected', reason: 'Penilaian sesuai bukti' }, admin)).toMatchObject({ status: 'rejected', issuedBeforeAppeal: null });
    const second = await call(core, 'appeals/record', lodge, admin);
    const again = reassessmentSession(core, seat.sessionId, seat.candidateId);
    const accepted = await call(core, 'appeals/close', { caseId: second.caseId, outcome: 'accepted', reassessmentSessionId: again }, admin);
    expect(accepted).toMatchObject({ status: 'accepted', issuedBeforeAppeal: { certificateId: 'cert-1', number: '85499 0000001 2026' } });
    expect(core.db.prepare("SELECT revoked_at FROM certificate WHERE id = 'cert-1'").pluck().get()).toBeNull();
  });

  it('lists appeals by the day lodged, newest first whatever their status, the later recorded first on one day', async () => {
    const { core, admin, seat } = await assessedSession();
    const adminId = core.db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' LIMIT 1").pluck().get() as string;
    const add = (id: string, lodgedOn: string, status: 'open' | 'rejected', createdAt: string) =>
      core.db
        .prepare(
          `INSERT INTO appeal_case (id, session_id, candidate_id, lodged_at, lodged_on, reasons, status, outcome_reason, created_at, created_by, closed_at, closed_by)
           VALUES (?, ?, ?, 'lsp', ?, 'Keberatan', ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, seat.sessionId, seat.candidateId, lodgedOn, status, status === 'open' ? null : 'Sesuai bukti', createdAt, adminId, status === 'open' ? null : createdAt, status === 'open' ? null : adminId);
    add('old-open', '2026-01-05', 'open', '2026-01-05T01:00:00Z');
    add('new-closed', '2026-01-09', 'rejected', '2026-01-09T01:00:00Z');
    add('mid-early', '2026-01-07', 'rejected', '2026-01-07T01:00:00Z');
    add('mid-late', '2026-01-07', 'open', '2026-01-07T05:00:00Z');
    expect((await call(core, 'appeals/list', {}, admin)).map((a) => a.caseId)).toEqual(['new-closed', 'mid-late', 'mid-early', 'old-open']);
  });

  it('a TUK FR.AK.04 in the results is an open case until the LSP closes it (closing records it)', async () => {
    const { core, admin, assessor, seat } = await assessedSession();
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    await call(core, 'assessment/appeal', { ...seat, seq: ws.lastSeq + 1, processExplained: true, discussedWithAssessor: false, involveOther: false, reasons: 'Soal lisan tidak sesuai unit' }, assessor);
    const [listed] = await call(core, 'appeals/list', { status: 'open' }, admin);
    expect(listed).toMatchObject({ caseId: `tuk:${seat.sessionId}:${seat.candidateId}`, recorded: false, lodgedAt: 'tuk', reasons: 'Soal lisan tidak sesuai unit', held: true });
    expect(isHeldByAppeal(core.db, seat.sessionId, seat.candidateId)).toBe(true);
    const rejected = await call(core, 'appeals/close', { caseId: listed.caseId, outcome: 'rejected', reason: 'Soal sesuai MUK yang disetujui' }, admin);
    expect(rejected).toMatchObject({ recorded: true, lodgedAt: 'tuk', status: 'rejected', outcomeReason: 'Soal sesuai MUK yang disetujui', held: false });
    expect(isHeldByAppeal(core.db, seat.sessionId, seat.candidateId)).toBe(false);
    expect(await call(core, 'appeals/list', { status: 'open' }, admin)).toEqual([]);
    expect(await call(core, 'appeals/list', { sessionId: seat.sessionId }, admin)).toHaveLength(1);
  });
});
