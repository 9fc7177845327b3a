import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { blobPath } from '../../../electron/core/attachments/store';
import { storeUpload } from '../../../electron/core/bundles/transfers';
import { EVIDENCE_FILE_MAX_BYTES } from '../../../electron/core/scheduling/apl-evidence-file';
import { call, demo, demoSessionId, failure, signInAs, signInCandidate, staff } from '../../support/core';
import { TINY_PNG } from '../registry/photo-bytes';
import { auditCount, candidateInput, lastAuditDetails, registryCore, tukInput } from '../registry/support';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { approveApl, check, codes, create, demoSchemeId, NOW, plan, setRules, world } from './support';

/** FR.APL.01 and FR.APL.02 on the demo's scheme (25 elements), which the demo's assessors may assess. */
async function aplWorld() {
  const core = await registryCore();
  const admin = await signInAs(core, 'admin');
  const assessor = await signInAs(core, 'assessor1');
  const candidate = await call(core, 'candidates/create', { candidate: candidateInput(1) }, admin);
  const key = { candidateId: candidate.id, schemeId: demoSchemeId(core) };
  return { core, admin, assessor, key };
}

/** Leaves out the demo's own twelve candidates, whose FR.APL.01 and FR.APL.02 the demo seeds accepted and reviewed. */
function ownRows(core: Core, ids: string[]): string[] {
  const numbers = demo.people.candidates.map((c) => c.participantNo);
  const demoCandidates = new Set(core.db.prepare(`SELECT id FROM candidate WHERE participant_no IN (${numbers.map(() => '?').join(', ')})`).pluck().all(...numbers) as string[]);
  return ids.filter((id) => !demoCandidates.has(id));
}

const apl01 = (key: { candidateId: string; schemeId: string }) => ({
  ...key,
  purpose: 'sertifikasi' as const,
  purposeNote: null,
  evidence: [
    { kind: 'basic' as const, description: 'Ijazah SMK jurusan RPL', status: 'memenuhi' as const },
    { kind: 'administrative' as const, description: 'Fotokopi KTP', status: 'tidak_ada' as const },
  ],
});

async function upload(core: Core, bytes: Uint8Array): Promise<string> {
  return (await storeUpload(core.dataDir, Readable.from([Buffer.from(bytes)]))).uploadId;
}

describe('the APL gate', () => {
  it('opens only when APL.01 is accepted and APL.02 is complete and recommended to proceed, and says what is missing at each step', async () => {
    const { core, admin, assessor, key } = await aplWorld();
    const gate = async () => (await call(core, 'apl/get', key, admin)).gate;
    expect(await gate()).toEqual({ schedulable: false, missing: ['apl01_missing', 'apl02_missing'] });

    await call(core, 'apl/saveApplication', apl01(key), admin);
    expect((await gate()).missing).toEqual(['apl01_unverified', 'apl02_missing']);
    await call(core, 'apl/verifyApplication', { ...key, result: 'rejected', note: 'Ijazah tidak sesuai' }, admin);
    expect((await gate()).missing).toEqual(['apl01_rejected', 'apl02_missing']);
    const verified = await call(core, 'apl/verifyApplication', { ...key, result: 'accepted', note: null }, admin);
    expect(verified.apl01?.verification).toMatchObject({ result: 'accepted', note: null, at: NOW.toISOString(), by: staff.admin.displayName });
    expect((await gate()).missing).toEqual(['apl02_missing']);

    const rows = verified.apl02.rows;
    expect(rows).toHaveLength(25);
    expect(rows[0]).toMatchObject({ elementNo: 1, answer: null, kuk: expect.arrayContaining([expect.objectContaining({ number: '1.1' })]) });
    const half = rows.slice(0, 10).map((r) => ({ elementId: r.elementId, answer: 'K' as const, evidence: 'Portofolio proyek' }));
    await call(core, 'apl/saveSelfAssessment', { ...key, answers: half }, admin);
    expect((await gate()).missing).toEqual(['apl02_incomplete']);
    expect(await failure(core, 'apl/reviewSelfAssessment', { ...key, recommendation: 'proceed', note: null }, assessor)).toMatchObject({ code: 'APL02_INCOMPLETE', params: { count: 15 } });

    const all = rows.map((r, i) => ({ elementId: r.elementId, answer: i === 3 ? ('BK' as const) : ('K' as const), evidence: null }));
    const saved = await call(core, 'apl/saveSelfAssessment', { ...key, answers: all }, admin);
    expect(saved.apl02).toMatchObject({ complete: true, enteredBy: 'staff', review: null });
    expect(saved.gate.missing).toEqual(['apl02_unreviewed']);
    await call(core, 'apl/reviewSelfAssessment', { ...key, recommendation: 'not_proceed', note: 'Elemen 4 belum kompeten' }, assessor);
    expect((await gate()).missing).toEqual(['apl02_not_proceed']);
    const reviewed = await call(core, 'apl/reviewSelfAssessment', { ...key, recommendation: 'proceed', note: null }, assessor);
    expect(reviewed.gate).toEqual({ schedulable: true, missing: [] });
    expect(reviewed.apl02.review).toMatchObject({ recommendation: 'proceed', assessorName: expect.any(String), metNumber: expect.any(String) });
  });

  it('closes again when either form changes after its verification or review; the same form again changes nothing', async () => {
    const { core, admin, assessor, key } = await aplWorld();
    await approveApl(core, admin, assessor, key.candidateId, key.schemeId);
    expect((await call(core, 'apl/get', key, admin)).gate.schedulable).toBe(true);
    const audits = () => core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();

    const current = await call(core, 'apl/get', key, admin);
    const before = audits();
    const same = current.apl01!.evidence.map((e) => ({ id: e.id, kind: e.kind, description: e.description, status: e.status }));
    await call(core, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: same }, admin);
    await call(core, 'apl/saveSelfAssessment', { ...key, answers: current.apl02.rows.map((r) => ({ elementId: r.elementId, answer: r.answer, evidence: r.evidence })) }, admin);
    expect(audits()).toBe(before);

    const answers = current.apl02.rows.map((r, i) => ({ elementId: r.elementId, answer: r.answer, evidence: i === 0 ? 'Sertifikat baru' : r.evidence }));
    expect((await call(core, 'apl/saveSelfAssessment', { ...key, answers }, admin)).gate.missing).toEqual(['apl02_unreviewed']);
    expect(lastAuditDetails(core, 'apl02.save')).toMatchObject({ reviewCleared: true, enteredBy: 'staff' });
    await call(core, 'apl/reviewSelfAssessment', { ...key, recommendation: 'proceed', note: null }, assessor);

    const changed = await call(core, 'apl/saveApplication', { ...key, purpose: 'rpl', purposeNote: null, evidence: [...same, { kind: 'basic', description: 'Surat keterangan kerja', status: 'memenuhi' }] }, admin);
    expect(changed.gate.missing).toEqual(['apl01_unverified']);
    expect(changed.apl01?.evidence.map((e) => e.id).slice(0, 1)).toEqual([same[0].id]);
    expect(lastAuditDetails(core, 'apl01.update')).toMatchObject({ before: { purpose: 'sertifikasi' }, after: { purpose: 'rpl' }, verificationCleared: true });
    // Beside the demo's: one verification and one review for each of its candidates.
    const demoCandidates = demo.people.candidates.length;
    expect(auditCount(core, 'apl01.verify')).toBe(demoCandidates + 1);
    expect(auditCount(core, 'apl02.review')).toBe(demoCandidates + 2);
  });

  it('refuses field by field: Lainnya without its note, an empty description, an evidence row or element that is not this form’s', async () => {
    const { core, admin, key } = await aplWorld();
    const lainnya = await failure(core, 'apl/saveApplication', { ...apl01(key), purpose: 'lainnya', evidence: [{ kind: 'basic', description: ' ', status: 'memenuhi' }, { id: 'nope', kind: 'basic', description: 'x', status: 'memenuhi' }] }, admin);
    expect(lainnya).toMatchObject({ code: 'REGISTRY_INVALID' });
    expect(lainnya.fields).toEqual([
      { field: 'purposeNote', reason: 'required' },
      { field: 'evidence.0.description', reason: 'required' },
      { field: 'evidence.1.id', reason: 'choice' },
    ]);
    expect((await failure(core, 'apl/saveSelfAssessment', { ...key, answers: [] }, admin)).code).toBe('APL01_REQUIRED');
    expect((await failure(core, 'apl/verifyApplication', { ...key, result: 'accepted', note: null }, admin)).code).toBe('APL01_REQUIRED');
    const ok = await call(core, 'apl/saveApplication', { ...apl01(key), purpose: 'lainnya', purposeNote: 'Promosi jabatan' }, admin);
    expect(ok.apl01).toMatchObject({ purpose: 'lainnya', purposeNote: 'Promosi jabatan' });
    const element = ok.apl02.rows[0].elementId;
    const answers = [
      { elementId: element, answer: 'K' as const, evidence: null },
      { elementId: element, answer: 'BK' as const, evidence: null },
      { elementId: 'not-an-element-of-this-scheme', answer: 'K' as const, evidence: null },
    ];
    expect((await failure(core, 'apl/saveSelfAssessment', { ...key, answers }, admin)).fields).toEqual([
      { field: 'answers.1.elementId', reason: 'duplicate' },
      { field: 'answers.2.elementId', reason: 'choice' },
    ]);
  });
});

describe('who may touch the APL forms', () => {
  it('the LSP admin fills and verifies; an assessor reads and reviews only schemes they may assess; proctors and candidates are refused', async () => {
    const { core, admin, assessor, key } = await aplWorld();
    await call(core, 'apl/saveApplication', apl01(key), admin);
    const proctor = await signInAs(core, 'proctor');
    const candidate = await signInCandidate(core);
    for (const token of [proctor, candidate]) {
      expect((await failure(core, 'apl/get', key, token)).code).toBe('FORBIDDEN');
      expect((await failure(core, 'apl/saveApplication', apl01(key), token)).code).toBe('FORBIDDEN');
      expect((await failure(core, 'sessions/list', {}, token)).code).toBe('FORBIDDEN');
      expect((await failure(core, 'sessions/settings', {}, token)).code).toBe('FORBIDDEN');
    }
    expect((await failure(core, 'apl/saveApplication', apl01(key), assessor)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'apl/saveSelfAssessment', { ...key, answers: [] }, assessor)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'apl/reviewSelfAssessment', { ...key, recommendation: 'proceed', note: null }, admin)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'sessions/list', {}, assessor)).code).toBe('FORBIDDEN');
    expect((await call(core, 'apl/get', key, assessor)).apl01?.purpose).toBe('sertifikasi');
    expect(ownRows(core, (await call(core, 'apl/list', { schemeId: key.schemeId }, assessor)).rows.map((r) => r.candidateId))).toEqual([key.candidateId]);

    // A scheme the assessor may not assess: neither read nor reviewed by them.
    const w = await world({ candidates: 1 });
    const own = await signInAs(w.core, 'assessor1');
    const otherKey = { candidateId: w.candidates[0], schemeId: w.schemeId };
    await call(w.core, 'apl/saveApplication', apl01(otherKey), w.admin);
    expect(await failure(w.core, 'apl/get', otherKey, own)).toMatchObject({ code: 'APL_ASSESSOR_NOT_ALLOWED', params: { scheme: w.schemeCode } });
    expect((await failure(w.core, 'apl/reviewSelfAssessment', { ...otherKey, recommendation: 'proceed', note: null }, own)).code).toBe('APL_ASSESSOR_NOT_ALLOWED');
  });
});

describe('apl/list', () => {
  it('lists a scheme version’s applications by state, in name order, page by page', async () => {
    const { core, admin, assessor, key } = await aplWorld();
    const ids: string[] = [key.candidateId];
    for (let i = 2; i <= 5; i++) ids.push((await call(core, 'candidates/create', { candidate: candidateInput(i) }, admin)).id);
    await approveApl(core, admin, assessor, ids[0], key.schemeId);
    await approveApl(core, admin, assessor, ids[1], key.schemeId);
    await call(core, 'apl/saveApplication', apl01({ candidateId: ids[2], schemeId: key.schemeId }), admin);
    await call(core, 'apl/saveApplication', apl01({ candidateId: ids[3], schemeId: key.schemeId }), admin);
    await call(core, 'apl/verifyApplication', { candidateId: ids[3], schemeId: key.schemeId, result: 'rejected', note: null }, admin);
    await call(core, 'apl/saveApplication', apl01({ candidateId: ids[4], schemeId: key.schemeId }), admin);
    await call(core, 'apl/verifyApplication', { candidateId: ids[4], schemeId: key.schemeId, result: 'accepted', note: null }, admin);
    const state = async (s: 'schedulable' | 'awaiting_verification' | 'awaiting_review' | 'refused') =>
      ownRows(core, (await call(core, 'apl/list', { schemeId: key.schemeId, state: s }, admin)).rows.map((r) => r.candidateId));
    expect(await state('schedulable')).toEqual([ids[0], ids[1]]);
    expect(await state('awaiting_verification')).toEqual([ids[2]]);
    expect(await state('refused')).toEqual([ids[3]]);
    expect(await state('awaiting_review')).toEqual([ids[4]]);
    // Page by page to the end: the demo's twelve and these five, two at a time.
    const listed: string[] = [];
    let pages = 0;
    for (let cursor: string | null | undefined; cursor !== null; pages++) {
      const page = await call(core, 'apl/list', { schemeId: key.schemeId, limit: 2, ...(cursor ? { cursor } : {}) }, admin);
      expect(page.rows.length).toBeLessThanOrEqual(2);
      listed.push(...page.rows.map((r) => r.candidateId));
      cursor = page.nextCursor;
    }
    expect(pages).toBe(Math.ceil((demo.people.candidates.length + ids.length) / 2));
    expect(new Set(listed).size).toBe(listed.length);
    expect(ownRows(core, listed)).toEqual(ids);
    expect((await call(core, 'apl/list', { schemeId: key.schemeId, search: 'asesi 000003' }, admin)).rows.map((r) => r.candidateId)).toEqual([ids[2]]);
    // By the start of the NIK (typed with spaces or not) or of the participant number, as the search hint says.
    const third = await call(core, 'candidates/get', { candidateId: ids[2] }, admin);
    const found = async (search: string) => ownRows(core, (await call(core, 'apl/list', { schemeId: key.schemeId, search }, admin)).rows.map((r) => r.candidateId));
    expect(await found(third.nik)).toEqual([ids[2]]);
    expect(await found(`${third.nik.slice(0, 4)} ${third.nik.slice(4, 12)}`)).toContain(ids[2]);
    expect(await found(third.participantNo)).toEqual([ids[2]]);
  });
});

describe('apl/list for planning', () => {
  it('says who already holds a certificate of the scheme, and until when; a revoked one does not count', async () => {
    const { core, admin, assessor, key } = await aplWorld();
    setSchemePolicy(core.db, '85499', 3);
    const { plenoId, candidateIds } = seedSignedPleno(core.db, { candidates: 2, tag: 'C' });
    const issued = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin);
    core.db.prepare("UPDATE certificate SET revoked_at = '2026-11-21T00:00:00.000Z', revoke_reason = 'uji' WHERE candidate_id = ?").run(candidateIds[1]);
    for (const candidateId of [key.candidateId, ...candidateIds]) await approveApl(core, admin, assessor, candidateId, key.schemeId);
    const rows = (await call(core, 'apl/list', { schemeId: key.schemeId, state: 'schedulable' }, admin)).rows;
    const own = new Set(ownRows(core, rows.map((r) => r.candidateId)));
    const until = Object.fromEntries(rows.filter((r) => own.has(r.candidateId)).map((r) => [r.candidateId, r.certifiedUntil]));
    // Issued 20 Nov 2026 for three years (the scheme's policy).
    expect(issued.issued.map((c) => c.candidateId)).toEqual(candidateIds);
    expect(until).toEqual({ [key.candidateId]: null, [candidateIds[0]]: '2029-11-20', [candidateIds[1]]: null });
    const expired = () => (list: typeof rows) => list.find((r) => r.candidateId === candidateIds[0])?.certifiedExpired;
    expect(rows.find((r) => r.candidateId === candidateIds[0])?.certifiedExpired).toBe(false);
    // Its last valid day passed (today is 2026-11-20 on the core's clock): said, so a list a year on does not read it as in force.
    core.db.prepare("UPDATE certificate SET valid_until = '2026-11-19' WHERE candidate_id = ?").run(candidateIds[0]);
    const later = (await call(core, 'apl/list', { schemeId: key.schemeId, state: 'schedulable' }, admin)).rows;
    expect(expired()(later)).toBe(true);
    core.db.prepare("UPDATE certificate SET valid_until = '2026-11-20' WHERE candidate_id = ?").run(candidateIds[0]);
    expect(expired()((await call(core, 'apl/list', { schemeId: key.schemeId, state: 'schedulable' }, admin)).rows)).toBe(false);
  });
});

describe("apl/list for the planner's picker", () => {
  it('with activeOnly leaves out an inactive candidate, whom the plan would refuse; without it the applications list still shows them', async () => {
    const w = await world();
    const assessor = await signInAs(w.core, 'assessor1');
    const schemeId = demoSchemeId(w.core);
    const demoAssessor = w.core.db.prepare('SELECT id FROM assessor WHERE met_number = ?').pluck().get(demo.people.assessors[0].metNumber) as string;
    const [one, two] = w.candidates;
    for (const id of [one, two]) await approveApl(w.core, w.admin, assessor, id, schemeId);
    await call(w.core, 'candidates/setActive', { candidateId: two, active: false }, w.admin);
    const listed = async (activeOnly?: boolean) =>
      (await call(w.core, 'apl/list', { schemeId, state: 'schedulable', limit: 100, ...(activeOnly === undefined ? {} : { activeOnly }) }, w.admin)).rows
        .map((r) => r.candidateId)
        .filter((id) => id === one || id === two);
    expect(await listed(true)).toEqual([one]);
    expect(new Set(await listed())).toEqual(new Set([one, two]));
    expect(await listed(false)).toEqual(await listed());
    // What the picker offered with the rule on, the plan took; the one left out it refuses.
    const planned = (candidateId: string) => plan(w, { schemeId, date: '2026-12-03', assessorIds: [demoAssessor], candidates: [{ candidateId, assessorId: demoAssessor }] });
    const refused = async (candidateId: string) => (await check(w, planned(candidateId))).conflicts.filter((c) => c.severity === 'refused').map((c) => c.code);
    expect(await refused(one)).toEqual([]);
    expect(await refused(two)).toEqual(['SCHEDULE_CANDIDATE_INACTIVE']);
  });
});

describe('apl/list names an upcoming session of the scheme the candidate already sits', () => {
  it('the first one not over yet, of any version of the scheme, leaving out the session being edited', async () => {
    const w = await world();
    const assessor = await signInAs(w.core, 'assessor1');
    const schemeId = demoSchemeId(w.core);
    const demoAssessor = w.core.db.prepare('SELECT id FROM assessor WHERE met_number = ?').pluck().get(demo.people.assessors[0].metNumber) as string;
    const [one, two] = w.candidates;
    for (const id of [one, two]) await approveApl(w.core, w.admin, assessor, id, schemeId);
    const booked = async (exceptSessionId?: string) =>
      Object.fromEntries(
        (await call(w.core, 'apl/list', { schemeId, state: 'schedulable', ...(exceptSessionId ? { exceptSessionId } : {}) }, w.admin)).rows
          .filter((r) => r.candidateId === one || r.candidateId === two)
          .map((r) => [r.candidateId, r.bookedIn]),
      );
    // The later one at a TUK in Makassar: its date and start are on that TUK's clock, which the answer names.
    const makassar = await call(w.core, 'tuks/create', { tuk: tukInput(3, { timeZone: 'WITA' }) }, w.admin);
    const later = await create(w, plan(w, { schemeId, tukId: makassar.id, date: '2026-12-03', assessorIds: [demoAssessor], candidates: [{ candidateId: one, assessorId: demoAssessor }] }));
    // A second one only with the rule switched off, as an LSP may.
    await setRules(w.core, w.admin, { candidateSameScheme: false });
    const sooner = await create(w, plan(w, { schemeId, date: '2026-12-02', assessorIds: [demoAssessor], candidates: [{ candidateId: one, assessorId: demoAssessor }] }));
    expect((await booked())[one]).toBeNull();
    await setRules(w.core, w.admin, {});
    // The picker offered them both; the plan then refused the first (SCHEDULE_CANDIDATE_SAME_SCHEME).
    expect(await booked()).toEqual({ [one]: { code: sooner.code, date: '2026-12-02', startTime: '08:00', timeZone: 'WIB' }, [two]: null });
    expect(await booked(sooner.id)).toEqual({ [one]: { code: later.code, date: '2026-12-03', startTime: '08:00', timeZone: 'WITA' }, [two]: null });
    // The demo's candidates sit its session today (08:00-10:00 on the fixed clock, not over yet).
    const demoRows = (await call(w.core, 'apl/list', { schemeId, search: demo.people.candidates[0].name }, w.admin)).rows;
    expect(demoRows[0].bookedIn).toMatchObject({ code: demo.people.session.code });
    // Closed at 09:00, before its planned end: over, so the picker names it no longer.
    w.core.db.prepare("INSERT INTO session_run (session_id, started_at, ended_at) VALUES (?, '2026-11-20T00:00:00.000Z', '2026-11-20T02:00:00.000Z')").run(demoSessionId(w.core));
    expect((await call(w.core, 'apl/list', { schemeId, search: demo.people.candidates[0].name }, w.admin)).rows[0].bookedIn).toBeNull();
  });

  it('not a cancelled one: the plan takes the candidate, and that session can no longer be changed to let them go', async () => {
    const w = await world();
    const assessor = await signInAs(w.core, 'assessor1');
    const schemeId = demoSchemeId(w.core);
    const demoAssessor = w.core.db.prepare('SELECT id FROM assessor WHERE met_number = ?').pluck().get(demo.people.assessors[0].metNumber) as string;
    const [one] = w.candidates;
    await approveApl(w.core, w.admin, assessor, one, schemeId);
    const called = await create(w, plan(w, { schemeId, date: '2026-12-03', assessorIds: [demoAssessor], candidates: [{ candidateId: one, assessorId: demoAssessor }] }));
    await call(w.core, 'sessions/cancel', { sessionId: called.id, reason: 'Asesor berhalangan' }, w.admin);
    const rows = (await call(w.core, 'apl/list', { schemeId, state: 'schedulable' }, w.admin)).rows;
    expect(rows.find((r) => r.candidateId === one)?.bookedIn).toBeNull();
  });
});

describe("an evidence row's scan", () => {
  it('takes a PNG or a PDF by its bytes, stored once by hash; a new file clears the verification; removing the row drops the file', async () => {
    const { core, admin, key } = await aplWorld();
    const saved = await call(core, 'apl/saveApplication', apl01(key), admin);
    await call(core, 'apl/verifyApplication', { ...key, result: 'accepted', note: null }, admin);
    const evidenceId = saved.apl01!.evidence[0].id;
    const pdf = Buffer.from('%PDF-1.4\n%scan\n');
    const withPdf = await call(core, 'apl/setEvidenceFile', { ...key, evidenceId, uploadId: await upload(core, pdf) }, admin);
    const sha = crypto.createHash('sha256').update(pdf).digest('hex');
    expect(withPdf.apl01?.evidence[0].attachment).toEqual({ sha256: sha, name: 'evidence.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect(withPdf.gate.missing[0]).toBe('apl01_unverified');
    expect(fs.existsSync(blobPath(core.dataDir, sha))).toBe(true);
    expect(lastAuditDetails(core, 'apl01.evidenceFile')).toMatchObject({ before: { sha256: null }, after: { sha256: sha }, verificationCleared: true });

    const png = await call(core, 'apl/setEvidenceFile', { ...key, evidenceId, uploadId: await upload(core, TINY_PNG) }, admin);
    expect(png.apl01?.evidence[0].attachment?.mediaType).toBe('image/png');
    expect(fs.existsSync(blobPath(core.dataDir, sha))).toBe(false);

    expect((await failure(core, 'apl/setEvidenceFile', { ...key, evidenceId, uploadId: await upload(core, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')) }, admin)).code).toBe('APL_FILE_TYPE');
    const huge = Buffer.alloc(EVIDENCE_FILE_MAX_BYTES + 1, 0x25);
    expect(await failure(core, 'apl/setEvidenceFile', { ...key, evidenceId, uploadId: await upload(core, huge) }, admin)).toMatchObject({ code: 'APL_FILE_TOO_LARGE', params: { megabytes: 5 } });

    const pngSha = png.apl01!.evidence[0].attachment!.sha256;
    const rest = png.apl01!.evidence.slice(1).map((e) => ({ id: e.id, kind: e.kind, description: e.description, status: e.status }));
    const without = await call(core, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: rest }, admin);
    expect(without.apl01?.evidence).toHaveLength(1);
    expect(core.db.prepare("SELECT count(*) FROM attachment WHERE owner_table = 'apl_evidence'").pluck().get()).toBe(0);
    expect(fs.existsSync(blobPath(core.dataDir, pngSha))).toBe(false);
  });
});

describe('the gate in a session plan', () => {
  it('refuses a candidate until both forms are through, naming the step; the LSP may switch the rule off', async () => {
    const w = await world({ candidates: 4 });
    const assessor = await signInAs(w.core, 'assessor1');
    // The demo assessor may assess the demo scheme: plan on it with them.
    const schemeId = demoSchemeId(w.core);
    const assessorId = (await call(w.core, 'auth/whoami', {}, assessor)).assessorId!;
    const [a, b, c, d] = w.candidates;
    await approveApl(w.core, w.admin, assessor, a, schemeId);
    await call(w.core, 'apl/saveApplication', apl01({ candidateId: c, schemeId }), w.admin);
    await call(w.core, 'apl/verifyApplication', { candidateId: c, schemeId, result: 'rejected', note: null }, w.admin);
    await approveApl(w.core, w.admin, assessor, d, schemeId);
    await call(w.core, 'apl/reviewSelfAssessment', { candidateId: d, schemeId, recommendation: 'not_proceed', note: null }, assessor);
    const p = plan(w, { schemeId, assessorIds: [assessorId], candidates: [a, b, c, d].map((candidateId) => ({ candidateId, assessorId })) });
    const found = (await check(w, p)).conflicts;
    expect(found.map((x) => [x.field, x.code])).toEqual([
      ['candidates.1', 'SCHEDULE_CANDIDATE_APL01_UNVERIFIED'],
      ['candidates.2', 'SCHEDULE_CANDIDATE_APL01_REJECTED'],
      ['candidates.3', 'SCHEDULE_CANDIDATE_APL02_NOT_PROCEED'],
    ]);
    expect(found[0].params).toMatchObject({ candidate: 'Asesi 005001', scheme: expect.any(String) });
    const session = await create(w, plan(w, { schemeId, assessorIds: [assessorId], candidates: [{ candidateId: a, assessorId }] }));
    expect(session.candidates[0].gate).toEqual({ schedulable: true, missing: [] });
    await call(w.core, 'sessions/setSettings', { settings: { ...(await call(w.core, 'sessions/settings', {}, w.admin)), aplGate: false } }, w.admin);
    // Without a: the session just created holds their seat in this scheme.
    expect(await codes(w, { ...p, date: '2026-12-02', candidates: p.candidates.slice(1) })).toEqual([]);
    expect(auditCount(w.core, 'scheduling.settings')).toBe(1);
  });
});
