import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log';
import { call, candidateId, demo, failure, staff } from '../../support/core';
import { ASSESSOR_PASSWORD } from '../assessment/support';
import { accountIdOf, assessedSession, assessorIdOf, HELD_ON, members } from './support';

const actions = (core: Awaited<ReturnType<typeof assessedSession>>['core']) =>
  core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'pleno.%' ORDER BY seq").pluck().all() as string[];

describe('rapat pleno rules', () => {
  it('members: at least the LSP minimum (a setting), exactly one chair, no assessor of its sessions', async () => {
    const { core, admin, seat } = await assessedSession();
    const pleno = (list: ReturnType<typeof members>) => ({ pleno: { heldOn: HELD_ON, place: 'Ruang rapat LSP', sessionIds: [seat.sessionId], members: list } });
    const three = members(core);
    expect(await failure(core, 'pleno/create', pleno(three.slice(0, 2)), admin)).toMatchObject({ code: 'PLENO_MEMBERS_TOO_FEW', params: { min: 3, count: 2 } });
    expect(await failure(core, 'pleno/create', pleno(three.map((m) => ({ ...m, role: 'member' as const }))), admin)).toMatchObject({ code: 'PLENO_CHAIR_COUNT', params: { count: 0 } });
    // The session's assessor, named as an assessor or through the account they sign in with.
    const byAssessor = [...three, { role: 'member' as const, name: 'Asesor Sesi Ini', assessorId: assessorIdOf(core, 0) }];
    expect(await failure(core, 'pleno/create', pleno(byAssessor), admin)).toMatchObject({ code: 'PLENO_MEMBER_CONFLICT', params: { member: 'Asesor Sesi Ini', session: demo.people.session.code } });
    const byAccount = [...three, { role: 'member' as const, name: 'Lewat Akun', accountId: accountIdOf(core, staff.assessor2.username) }];
    expect((await failure(core, 'pleno/create', pleno(byAccount), admin)).code).toBe('PLENO_MEMBER_CONFLICT');

    await call(core, 'pleno/setSettings', { settings: { minMembers: 2, excludeSessionAssessors: false } }, admin);
    // One person, one seat: the same account twice, or an account and the assessor record it is linked to.
    const linked = core.db.prepare('SELECT assessor_id FROM account WHERE username = ?').pluck().get(staff.assessor2.username) as string;
    const twice = [...three, { role: 'member' as const, name: 'Lewat Akun', accountId: accountIdOf(core, staff.assessor2.username) }, { role: 'member' as const, name: 'Lewat Data Asesor', assessorId: linked }];
    expect(await failure(core, 'pleno/create', pleno(twice), admin)).toMatchObject({ code: 'PLENO_MEMBER_TWICE', params: { member: 'Lewat Data Asesor', other: 'Lewat Akun' } });
    expect((await failure(core, 'pleno/create', pleno([...three, { ...three[0], role: 'member' }]), admin)).code).toBe('PLENO_MEMBER_TWICE');
    const created = await call(core, 'pleno/create', pleno([three[0], byAssessor[3]]), admin);
    expect(created).toMatchObject({ status: 'draft', members: [{ role: 'chair', accountUsername: staff.admin.username }, { role: 'member', assessorMet: expect.any(String) }] });
    expect(actions(core)).toEqual(['pleno.settings', 'pleno.created']);
  });

  it('decide: refused while a record is unsigned, naming the candidate', async () => {
    const { core, admin, seat } = await assessedSession({ sign: false });
    const created = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    expect(created.blocking).toEqual([expect.objectContaining({ candidateId: seat.candidateId, flags: ['unsigned'] })]);
    const refused = await failure(core, 'pleno/decide', { plenoId: created.plenoId, decisions: [] }, admin);
    expect(refused).toMatchObject({ code: 'PLENO_BLOCKED', params: { count: 1 } });
    expect(String(refused.params.candidates)).toContain('JWP-2026-001');
  });

  it('decide follows the recommendation by default; a departure needs its reason; absent candidates get no decision', async () => {
    const { core, admin, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    const defaulted = await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    expect(defaulted.status).toBe('decided');
    expect(defaulted.decisions).toEqual([expect.objectContaining({ candidateId: seat.candidateId, recommendation: 'K', decision: 'K', reason: null, departs: false })]);
    expect(defaulted.counts).toMatchObject({ candidates: 12, absent: 11, competent: 1, notCompetent: 0, departures: 0 });
    const departure = { sessionId: seat.sessionId, candidateId: seat.candidateId, decision: 'BK' as const };
    expect(await failure(core, 'pleno/decide', { plenoId, decisions: [departure] }, admin)).toMatchObject({ code: 'PLENO_DEPARTURE_NEEDS_REASON' });
    expect(await failure(core, 'pleno/decide', { plenoId, decisions: [{ ...departure, candidateId: candidateId(core, 3) }] }, admin)).toMatchObject({ code: 'PLENO_NOT_A_CANDIDATE' });
    const departed = await call(core, 'pleno/decide', { plenoId, decisions: [{ ...departure, reason: 'Portofolio tidak autentik menurut verifikasi LSP' }] }, admin);
    expect(departed.decisions[0]).toMatchObject({ recommendation: 'K', decision: 'BK', departs: true, reason: 'Portofolio tidak autentik menurut verifikasi LSP' });
    // Decided but not signed, its date, place, sessions or members still change (helper Q's walk: a wrong date
    // found after deciding could only be signed as it was, then corrected): the change returns it to draft, to
    // be decided again, and its decisions stay.
    const changed = await call(core, 'pleno/update', { plenoId, pleno: { heldOn: HELD_ON, place: 'Ruang rapat 2', sessionIds: [seat.sessionId], members: members(core) } }, admin);
    expect(changed).toMatchObject({ status: 'draft', place: 'Ruang rapat 2', decidedAt: null, decisions: [expect.objectContaining({ decision: 'BK', reason: 'Portofolio tidak autentik menurut verifikasi LSP' })] });
    expect(await failure(core, 'pleno/sign', { plenoId, skNumber: 'SK/009', skDate: HELD_ON, password: staff.admin.password }, admin)).toMatchObject({ code: 'PLENO_NOT_DECIDED' });
    expect(core.db.prepare("SELECT details FROM audit_log WHERE action = 'pleno.updated' ORDER BY seq DESC LIMIT 1").pluck().get()).toContain('"reopened":true');
  });

  it("refuses a decision from a screen opened before another admin decided, so a departure and its reason are not replaced unseen", async () => {
    const { core, admin, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    const openedByRina = await call(core, 'pleno/get', { plenoId }, admin);
    const openedByDewi = await call(core, 'pleno/get', { plenoId }, admin);
    const reason = 'Portofolio tidak autentik menurut verifikasi LSP';
    const departure = { sessionId: seat.sessionId, candidateId: seat.candidateId, decision: 'BK' as const, reason };
    const decided = await call(core, 'pleno/decide', { plenoId, decisions: [departure], revision: openedByRina.revision }, admin);
    expect(decided.revision).not.toBe(openedByRina.revision);
    // The second screen still shows the recommendation: deciding from it would turn the BK back into a K.
    expect(await failure(core, 'pleno/decide', { plenoId, decisions: [], revision: openedByDewi.revision }, admin)).toMatchObject({ code: 'RECORD_CHANGED', params: { by: staff.admin.displayName, at: expect.any(String) } });
    expect((await call(core, 'pleno/get', { plenoId }, admin)).decisions[0]).toMatchObject({ decision: 'BK', reason });
    expect(actions(core).filter((a) => a === 'pleno.decided')).toHaveLength(1);
    // Reopened, a decision again is taken over what is stored now.
    expect((await call(core, 'pleno/decide', { plenoId, decisions: [departure], revision: decided.revision }, admin)).status).toBe('decided');
  });

  it('sign: the chair’s own password, an SK number; then locked; a correction is a new audited draft and a candidate is decided once', async () => {
    const { core, admin, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: 'Jakarta', sessionIds: [seat.sessionId], members: members(core) } }, admin);
    const sign = { plenoId, skNumber: 'SK/001/LSP/III/2026', skDate: HELD_ON, password: staff.admin.password };
    expect(await failure(core, 'pleno/sign', sign, admin)).toMatchObject({ code: 'PLENO_NOT_DECIDED' });
    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    expect(await failure(core, 'pleno/sign', { ...sign, password: 'bukan-sandi-ketua' }, admin)).toMatchObject({ code: 'WRONG_PASSWORD' });
    expect((await call(core, 'pleno/get', { plenoId }, admin)).status).toBe('decided');
    const signed = await call(core, 'pleno/sign', sign, admin);
    expect(signed).toMatchObject({ status: 'signed', skNumber: 'SK/001/LSP/III/2026', skDate: HELD_ON, blocking: [], lsp: { name: expect.any(String) } });
    expect(signed.sessions[0]).toMatchObject({ code: demo.people.session.code, scheme: { code: expect.any(String) }, tuk: { name: expect.any(String) } });
    expect(signed.decisions[0]).toMatchObject({ name: expect.any(String), nik: expect.any(String), scheme: { code: signed.sessions[0].scheme.code }, decision: 'K' });
    for (const [method, args] of [
      ['pleno/decide', { plenoId, decisions: [] }],
      ['pleno/sign', sign],
      ['pleno/update', { plenoId, pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }],
    ] as const) {
      expect(await failure(core, method, args, admin)).toMatchObject({ code: 'PLENO_LOCKED', params: { status: 'signed' } });
    }

    // A second pleno over the same session cannot decide the same candidate.
    const other = await call(core, 'pleno/create', { pleno: { heldOn: '2026-03-11', place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    expect(await failure(core, 'pleno/decide', { plenoId: other.plenoId, decisions: [] }, admin)).toMatchObject({ code: 'PLENO_ALREADY_DECIDED', params: { pleno: 'SK/001/LSP/III/2026' } });

    const correction = await call(core, 'pleno/correct', { plenoId, reason: 'Salah ketik nama anggota' }, admin);
    expect(correction).toMatchObject({ status: 'draft', correctsId: plenoId, correctionReason: 'Salah ketik nama anggota', decisions: [expect.objectContaining({ decision: 'K' })] });
    // A correction not yet signed replaces nothing: the pleno it corrects is still in force.
    expect((await call(core, 'pleno/get', { plenoId }, admin)).supersededBySk).toBeNull();
    expect(await failure(core, 'pleno/correct', { plenoId, reason: 'Sekali lagi' }, admin)).toMatchObject({ code: 'PLENO_CORRECTION_OPEN' });
    // The correction decides again (it replaces the one it corrects), signs under its own SK number, and the old one is superseded but kept.
    await call(core, 'pleno/decide', { plenoId: correction.plenoId, decisions: [{ sessionId: seat.sessionId, candidateId: seat.candidateId, decision: 'BK', reason: 'Koreksi: bukti observasi tidak sah' }] }, admin);
    expect(await failure(core, 'pleno/sign', { ...sign, plenoId: correction.plenoId }, admin)).toMatchObject({ code: 'PLENO_SK_TAKEN' });
    await call(core, 'pleno/sign', { ...sign, plenoId: correction.plenoId, skNumber: 'SK/001a/LSP/III/2026' }, admin);
    const old = await call(core, 'pleno/get', { plenoId }, admin);
    expect(old).toMatchObject({ status: 'signed', supersededBy: correction.plenoId, decisions: [expect.objectContaining({ decision: 'K' })] });
    // Each names the other's SK for its prints: the old one no longer in force, the correction what it corrects.
    expect([old.correctsSk, old.supersededBySk]).toEqual([null, { number: 'SK/001a/LSP/III/2026', date: HELD_ON }]);
    const corrected = await call(core, 'pleno/get', { plenoId: correction.plenoId }, admin);
    expect([corrected.correctsSk, corrected.supersededBySk]).toEqual([{ number: 'SK/001/LSP/III/2026', date: HELD_ON }, null]);
    const review = await call(core, 'results/review', { sessionId: seat.sessionId }, admin);
    expect(review.candidates.find((c) => c.candidateId === seat.candidateId)?.plenoDecision).toEqual({ plenoId: correction.plenoId, status: 'signed', decision: 'BK' });
    const listed = await call(core, 'pleno/list', { sessionId: seat.sessionId }, admin);
    expect(listed.map((p) => [p.plenoId, p.status, p.supersededBy])).toEqual(
      expect.arrayContaining([[plenoId, 'signed', correction.plenoId], [correction.plenoId, 'signed', null], [other.plenoId, 'draft', null]]),
    );
    expect(actions(core)).toEqual(['pleno.created', 'pleno.decided', 'pleno.signRefused', 'pleno.signed', 'pleno.created', 'pleno.corrected', 'pleno.decided', 'pleno.signed']);
    expect(verifyAudit(core.db).ok).toBe(true);
  });

  it("a correction's BK decision names the certificate the candidate still holds from the pleno it corrects, until it is revoked", async () => {
    // Helper Q's walk: a K entered wrongly was corrected to BK after the certificates were issued; the
    // certificate stayed valid and nothing on the correcting pleno, the certificate or the home said so.
    const { core, admin, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    await call(core, 'pleno/sign', { plenoId, skNumber: 'SK/001', skDate: HELD_ON, password: staff.admin.password }, admin);
    const [issued] = (await call(core, 'certificates/issue', { plenoId, issuedOn: HELD_ON }, admin)).issued;
    expect((await call(core, 'pleno/get', { plenoId }, admin)).decisions[0].heldCertificate).toBeNull();
    const correction = await call(core, 'pleno/correct', { plenoId, reason: 'Keputusan salah masuk' }, admin);
    const bk = { sessionId: seat.sessionId, candidateId: seat.candidateId, decision: 'BK' as const, reason: 'Keputusan rapat: BK' };
    const decided = await call(core, 'pleno/decide', { plenoId: correction.plenoId, decisions: [bk] }, admin);
    expect(decided.decisions[0].heldCertificate).toEqual({ certificateId: issued.certificateId, number: issued.number });
    await call(core, 'certificates/revoke', { certificateId: issued.certificateId, reason: 'Keputusan pleno dikoreksi menjadi BK' }, admin);
    expect((await call(core, 'pleno/get', { plenoId: correction.plenoId }, admin)).decisions[0].heldCertificate).toBeNull();
  });

  it('sign: refused when the records changed since the decision (unlocked, then signed again with another recommendation)', async () => {
    const { core, admin, assessor, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    await call(core, 'assessment/unlock', { ...seat, reason: 'Unit pertama belum kompeten' }, assessor);
    const sign = { plenoId, skNumber: 'SK/002', skDate: HELD_ON, password: staff.admin.password };
    expect(await failure(core, 'pleno/sign', sign, admin)).toMatchObject({ code: 'PLENO_BLOCKED', params: { count: 1 } });
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    await call(core, 'assessment/decideUnit', { ...seat, unitId: ws.units[0].unitId, seq: ws.lastSeq + 1, decision: 'BK', comment: 'Observasi ulang', extraEvidence: [] }, assessor);
    await call(core, 'assessment/saveRecord', { ...seat, seq: ws.lastSeq + 2, knowledgeConclusion: 'achieved', knowledgeNote: null, recommendation: 'BK', followUp: null, comment: null }, assessor);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    expect(await failure(core, 'pleno/sign', sign, admin)).toMatchObject({ code: 'PLENO_RECORDS_CHANGED', params: { count: 1 } });
    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    expect((await call(core, 'pleno/sign', sign, admin)).decisions).toEqual([expect.objectContaining({ recommendation: 'BK', decision: 'BK' })]);
  });

  it('an FR.AK.02 a signed pleno decided on cannot be unlocked (before the pleno signs it can: see above)', async () => {
    const { core, admin, assessor, seat } = await assessedSession();
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: members(core) } }, admin);
    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    await call(core, 'pleno/sign', { plenoId, skNumber: 'SK/003', skDate: HELD_ON, password: staff.admin.password }, admin);
    expect(await failure(core, 'assessment/unlock', { ...seat, reason: 'Salah catat observasi' }, assessor)).toMatchObject({
      code: 'RECORD_DECIDED_BY_PLENO',
      params: { skNumber: 'SK/003' },
    });
    expect((await call(core, 'assessment/workspace', seat, assessor)).signature).not.toBeNull();
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'assessment.unlocked'").pluck().get()).toBe(0);
  });

  it('a chair whose account is disabled cannot sign', async () => {
    const { core, admin, seat } = await assessedSession();
    const proctorAccount = accountIdOf(core, staff.proctor.username);
    const chaired = members(core).map((m) => (m.role === 'chair' ? { ...m, name: 'Ketua Nonaktif', accountId: proctorAccount } : m));
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: chaired } }, admin);
    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    await call(core, 'accounts/setDisabled', { accountId: proctorAccount, disabled: true, reason: 'Pindah tugas' }, admin);
    expect(await failure(core, 'pleno/sign', { plenoId, skNumber: 'SK/7', skDate: HELD_ON, password: staff.proctor.password }, admin)).toMatchObject({
      code: 'PLENO_CHAIR_NO_ACCOUNT',
      params: { chair: 'Ketua Nonaktif' },
    });
  });

  it('signing needs a chair with an account', async () => {
    const { core, admin, seat } = await assessedSession();
    const list = members(core).map((m) => (m.role === 'chair' ? { role: m.role, name: m.name } : m));
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: null, sessionIds: [seat.sessionId], members: list } }, admin);
    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    expect(await failure(core, 'pleno/sign', { plenoId, skNumber: 'SK/9', skDate: HELD_ON, password: staff.admin.password }, admin)).toMatchObject({
      code: 'PLENO_CHAIR_NO_ACCOUNT',
      params: { chair: 'Dr. Ketua Komite' },
    });
  });
});
