import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { Clock } from '../../../electron/core/clock';
import type { SessionPlanInput } from '../../../electron/shared/scheduling';
import { call, failure, signInAs, staff, tempCore } from '../../support/core';
import { setSchemePolicy, signedRecord } from '../../support/pleno-rows';
import { candidateInput } from '../registry/support';
import { approveApl, demoSchemeId, NOW } from './support';

/** The demo (its scheme, TUK and assessors) on a clock the test moves: a session planned ahead is over once it passes. */
async function roundsWorld() {
  let now = NOW;
  const clock: Clock = { now: () => now };
  const core = await tempCore({ clock });
  const tokens = { admin: await signInAs(core, 'admin'), assessor: await signInAs(core, 'assessor1') };
  const candidate = await call(core, 'candidates/create', { candidate: candidateInput(1) }, tokens.admin);
  const key = { candidateId: candidate.id, schemeId: demoSchemeId(core) };
  const ids = {
    tukId: core.db.prepare('SELECT id FROM tuk ORDER BY code LIMIT 1').pluck().get() as string,
    assessorId: core.db.prepare('SELECT assessor_id FROM account WHERE username = ?').pluck().get(staff.assessor1.username) as string,
  };
  const plan = (date: string): SessionPlanInput => ({
    schemeId: key.schemeId,
    tukId: ids.tukId,
    code: null,
    titleId: null,
    titleEn: null,
    date,
    startTime: '08:00',
    durationMinutes: 120,
    mode: 'room_server',
    assessorIds: [ids.assessorId],
    candidates: [{ candidateId: key.candidateId, assessorId: ids.assessorId }],
  });
  /** Moves the clock; staff sign in again (a sign-in does not outlive days). */
  const moveTo = async (at: Date) => {
    now = at;
    tokens.admin = await signInAs(core, 'admin');
    tokens.assessor = await signInAs(core, 'assessor1');
  };
  return { core, tokens, key, plan, moveTo };
}

const seatApplication = (core: Core, sessionId: string, candidateId: string) =>
  core.db.prepare('SELECT apl_application_id FROM session_candidate WHERE session_id = ? AND candidate_id = ?').pluck().get(sessionId, candidateId);

/** A signed rapat pleno deciding the candidate K in the session, as the pleno screens leave it (the pleno API is another part's). */
function decideK(core: Core, sessionId: string, candidateId: string): string {
  const plenoId = crypto.randomUUID();
  const lspId = core.db.prepare('SELECT id FROM lsp LIMIT 1').pluck().get() as string;
  const adminId = core.db.prepare('SELECT id FROM account WHERE username = ?').pluck().get(staff.admin.username) as string;
  core.db.transaction(() => {
    core.db
      .prepare(
        `INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
         VALUES (?, ?, '2026-12-02', 'signed', 'SK/ULANG/2026', '2026-12-02', 'x', ?, 'x', ?, 'x', ?)`,
      )
      .run(plenoId, lspId, adminId, adminId, adminId);
    core.db.prepare('INSERT INTO pleno_session (pleno_id, session_id) VALUES (?, ?)').run(plenoId, sessionId);
    core.db.prepare("INSERT INTO pleno_decision (pleno_id, session_id, candidate_id, recommendation, decision) VALUES (?, ?, ?, 'K', 'K')").run(plenoId, sessionId, candidateId);
    signedRecord(core.db, { sessionId, candidateId, recommendation: 'K', day: '2026-12-01', by: adminId });
  })();
  return plenoId;
}

describe('APL rounds: re-certification on the same scheme version', () => {
  it('certifies on round 1, starts round 2 with its own forms, seats the next session on it, and leaves the first session on round 1 as it was', async () => {
    const { core, tokens, key, plan, moveTo } = await roundsWorld();
    await approveApl(core, tokens.admin, tokens.assessor, key.candidateId, key.schemeId);
    const first = await call(core, 'sessions/create', { session: plan('2026-12-01') }, tokens.admin);
    const round1 = await call(core, 'apl/get', key, tokens.admin);
    expect(round1.round).toEqual({ number: 1, current: true, usedIn: null, writable: true });
    expect(seatApplication(core, first.id, key.candidateId)).toBe(round1.apl01!.id);
    expect(first.candidates[0]).toMatchObject({ aplRound: 1, gate: { schedulable: true } });

    // Not used yet: a second application would only duplicate the first.
    const again = { ...key, newRound: true, purpose: 'sertifikasi_ulang' as const, purposeNote: null, evidence: [] };
    expect(await failure(core, 'apl/saveApplication', again, tokens.admin)).toMatchObject({ code: 'APL_ROUND_NOT_USED', params: { round: 1 } });

    // The session is held (its end passed) and the pleno certifies the candidate.
    await moveTo(new Date(2026, 11, 2, 9, 0, 0));
    setSchemePolicy(core.db, '85499');
    const plenoId = decideK(core, first.id, key.candidateId);
    const issued = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-12-02' }, tokens.admin);
    expect(issued.issued.map((c) => c.candidateId)).toEqual([key.candidateId]);
    const printedThen = await call(core, 'apl/print', key, tokens.admin);
    const used = await call(core, 'apl/get', key, tokens.admin);
    expect(used.round).toEqual({ number: 1, current: true, usedIn: { sessionId: first.id, code: first.code, date: '2026-12-01' }, writable: false });
    expect(used.newRoundAllowed).toBe(true);

    // Round 1 is the first session's record: no form of it changes any more, each refusal naming the session.
    const usedError = { code: 'APL_ROUND_USED', params: { round: 1, session: first.code, date: '2026-12-01' } };
    const edit = { ...key, purpose: 'sertifikasi_ulang' as const, purposeNote: null, evidence: [] };
    expect(await failure(core, 'apl/saveApplication', edit, tokens.admin)).toMatchObject(usedError);
    expect(await failure(core, 'apl/verifyApplication', { ...key, result: 'rejected', note: null }, tokens.admin)).toMatchObject(usedError);
    expect(await failure(core, 'apl/saveSelfAssessment', { ...key, answers: [] }, tokens.admin)).toMatchObject(usedError);
    expect(await failure(core, 'apl/reviewSelfAssessment', { ...key, recommendation: 'not_proceed', note: null }, tokens.assessor)).toMatchObject(usedError);
    expect(await failure(core, 'apl/issueSelfAccess', key, tokens.admin)).toMatchObject(usedError);

    // Round 2: sertifikasi ulang, its own evidence, no verification, no FR.APL.02 yet.
    const evidence = [{ kind: 'basic' as const, description: 'Sertifikat kompetensi lama', status: 'memenuhi' as const }];
    const started = await call(core, 'apl/saveApplication', { ...again, evidence }, tokens.admin);
    expect(started.round).toEqual({ number: 2, current: true, usedIn: null, writable: true });
    expect(started.apl01).toMatchObject({ purpose: 'sertifikasi_ulang', verification: null, evidence: [{ description: 'Sertifikat kompetensi lama', attachment: null }] });
    expect(started.apl01!.id).not.toBe(round1.apl01!.id);
    expect(started.apl02).toMatchObject({ savedAt: null, review: null, complete: false });
    expect(started.gate.missing).toEqual(['apl01_unverified', 'apl02_missing']);
    expect(started.rounds.map((r) => [r.round, r.purpose, r.current, r.usedIn?.code ?? null, r.verification?.result ?? null])).toEqual([
      [2, 'sertifikasi_ulang', true, null, null],
      [1, 'sertifikasi', false, first.code, 'accepted'],
    ]);
    expect(started.newRoundAllowed).toBe(false);

    // Planning judges the current round: not yet verified, the candidate is refused a seat.
    const check = await call(core, 'sessions/check', { sessionId: null, session: plan('2026-12-20') }, tokens.admin);
    expect(check.conflicts.map((c) => c.code)).toContain('SCHEDULE_CANDIDATE_APL01_UNVERIFIED');
    // A form still showing round 1 cannot write into round 2.
    expect(await failure(core, 'apl/verifyApplication', { ...key, round: 1, result: 'accepted', note: null }, tokens.admin)).toMatchObject({
      code: 'APL_ROUND_NOT_CURRENT',
      params: { round: 1, current: 2 },
    });

    const candidateName = (await call(core, 'apl/get', key, tokens.admin)).candidate.name;
    const list = await call(core, 'apl/list', { schemeId: key.schemeId, search: candidateName }, tokens.admin);
    const listed = list.rows.find((i) => i.candidateId === key.candidateId);
    expect(listed).toMatchObject({ round: 2, purpose: 'sertifikasi_ulang', apl01Result: null });

    await call(core, 'apl/verifyApplication', { ...key, round: 2, result: 'accepted', note: null }, tokens.admin);
    const rows = started.apl02.rows.map((r) => ({ elementId: r.elementId, answer: 'K' as const, evidence: 'Sertifikat lama dan portofolio' }));
    await call(core, 'apl/saveSelfAssessment', { ...key, round: 2, answers: rows }, tokens.admin);
    await call(core, 'apl/reviewSelfAssessment', { ...key, round: 2, recommendation: 'proceed', note: null }, tokens.assessor);

    const second = await call(core, 'sessions/create', { session: plan('2026-12-20') }, tokens.admin);
    expect(seatApplication(core, second.id, key.candidateId)).toBe(started.apl01!.id);
    expect(second.candidates[0]).toMatchObject({ aplRound: 2, gate: { schedulable: true } });
    // The first session keeps naming round 1, with the gate it was planned through.
    expect(seatApplication(core, first.id, key.candidateId)).toBe(round1.apl01!.id);
    const firstNow = await call(core, 'sessions/get', { sessionId: first.id }, tokens.admin);
    expect(firstNow.candidates[0]).toMatchObject({ aplRound: 1, gate: { schedulable: true, missing: [] } });

    // Round 1's forms print as they did when it was used: only "which is current" moved on.
    const printedNow = await call(core, 'apl/print', { ...key, round: 1 }, tokens.admin);
    expect(printedNow.detail.apl01).toEqual(printedThen.detail.apl01);
    expect(printedNow.detail.apl02).toEqual(printedThen.detail.apl02);
    expect(printedNow.detail.gate).toEqual(printedThen.detail.gate);
    expect(printedNow.personal).toEqual(printedThen.personal);
    expect(printedNow.detail.round).toEqual({ number: 1, current: false, usedIn: { sessionId: first.id, code: first.code, date: '2026-12-01' }, writable: false });
    expect((await call(core, 'apl/print', key, tokens.admin)).detail.apl01?.purpose).toBe('sertifikasi_ulang');
    expect(await failure(core, 'apl/get', { ...key, round: 3 }, tokens.admin)).toMatchObject({ code: 'APL_ROUND_NOT_FOUND', params: { round: 3 } });

    // Round 2 is seated in a session still to come: a third round would leave that seat on round 2.
    await moveTo(new Date(2026, 11, 21, 9, 0, 0));
    expect((await call(core, 'apl/get', key, tokens.admin)).newRoundAllowed).toBe(true);
  });

  it('refuses a new round while the used one still seats the candidate in a session to come, naming it', async () => {
    const { core, tokens, key, plan, moveTo } = await roundsWorld();
    await approveApl(core, tokens.admin, tokens.assessor, key.candidateId, key.schemeId);
    const first = await call(core, 'sessions/create', { session: plan('2026-12-01') }, tokens.admin);
    await moveTo(new Date(2026, 11, 2, 9, 0, 0));
    // A re-assessment on the same application, as a held session may be followed by.
    const reassessment = await call(core, 'sessions/create', { session: plan('2026-12-10') }, tokens.admin);
    expect(seatApplication(core, reassessment.id, key.candidateId)).toBe(seatApplication(core, first.id, key.candidateId));
    const detail = await call(core, 'apl/get', key, tokens.admin);
    expect(detail.newRoundAllowed).toBe(false);
    const args = { ...key, newRound: true, purpose: 'sertifikasi_ulang' as const, purposeNote: null, evidence: [] };
    expect(await failure(core, 'apl/saveApplication', args, tokens.admin)).toMatchObject({
      code: 'APL_ROUND_SEATED',
      params: { round: 1, session: reassessment.code, date: '2026-12-10' },
    });
  });

  it("ends a candidate's FR.APL.02 sign-in of an earlier round: it reaches the current application only", async () => {
    const { core, tokens, key, plan, moveTo } = await roundsWorld();
    await call(core, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: [] }, tokens.admin);
    const issued = await call(core, 'apl/issueSelfAccess', key, tokens.admin);
    // Seated without the gate (it has tests of its own), so the form is still open when round 1 is used.
    await call(core, 'sessions/setSettings', { settings: { ...(await call(core, 'sessions/settings', {}, tokens.admin)), aplGate: false } }, tokens.admin);
    await call(core, 'sessions/create', { session: plan('2026-12-01') }, tokens.admin);
    await moveTo(new Date(2026, 11, 2, 9, 0, 0));
    const session = await call(core, 'auth/aplSignIn', { username: issued.username, password: issued.password });
    await call(core, 'apl/saveApplication', { ...key, newRound: true, purpose: 'sertifikasi_ulang', purposeNote: null, evidence: [] }, tokens.admin);
    expect((await failure(core, 'apl/mySelfAssessment', {}, session.token)).code).toBe('APL_SELF_SUPERSEDED');
    expect((await failure(core, 'auth/aplSignIn', { username: issued.username, password: issued.password })).code).toBe('APL_SELF_SUPERSEDED');
    // Issued again, it reaches round 2.
    const renewed = await call(core, 'apl/issueSelfAccess', key, tokens.admin);
    const signedIn = await call(core, 'auth/aplSignIn', { username: renewed.username, password: renewed.password });
    expect((await call(core, 'apl/mySelfAssessment', {}, signedIn.token)).savedAt).toBeNull();
  });
});
