import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { replaceCertificate } from '../../../electron/core/certificates/replace';
import { call, failure, signInAs } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { exported, sheetValues } from '../registry-import/support';
import { certificateCore, certificateRows, NOW } from './support';

async function issued(candidates: number) {
  const core = await certificateCore();
  const admin = await signInAs(core, 'admin');
  setSchemePolicy(core.db, '85499');
  const seeded = seedSignedPleno(core.db, { candidates, tag: 'G' });
  const result = await call(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin);
  return { core, admin, seeded, result };
}

const REASON = 'Tanggal terbit salah ketik (seharusnya 18 November)';

/** A signed pleno correcting the seeded one, deciding the first candidate as given. */
function signedCorrection(core: Awaited<ReturnType<typeof issued>>['core'], seeded: Awaited<ReturnType<typeof issued>>['seeded'], decision: 'K' | 'BK'): string {
  const id = crypto.randomUUID();
  const admin = core.db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' ORDER BY username LIMIT 1").pluck().get() as string;
  const lsp = core.db.prepare('SELECT lsp_id FROM pleno WHERE id = ?').pluck().get(seeded.plenoId) as string;
  const at = '2026-11-13T03:00:00.000Z';
  core.db
    .prepare(
      `INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, corrects_id, correction_reason, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
       VALUES (?, ?, '2026-11-13', 'signed', 'SK/KOREKSI/2026', '2026-11-13', ?, 'Keputusan asesi pertama dikoreksi', ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, lsp, seeded.plenoId, at, admin, at, admin, at, admin);
  core.db.prepare('INSERT INTO pleno_session (pleno_id, session_id) VALUES (?, ?)').run(id, seeded.sessionId);
  seeded.candidateIds.forEach((c, i) =>
    core.db.prepare('INSERT INTO pleno_decision (pleno_id, session_id, candidate_id, recommendation, decision) VALUES (?, ?, ?, ?, ?)').run(id, seeded.sessionId, c, 'K', i === 0 ? decision : 'K'),
  );
  return id;
}

describe('replacing a certificate revoked by mistake', () => {
  it('issues a new number for the same decision, dated as typed, naming the revoked one; both say so in the register, the pages and the sheet', async () => {
    const { core, admin, seeded, result } = await issued(2);
    const [wrong, other] = result.issued;
    await call(core, 'certificates/revoke', { certificateId: wrong.certificateId, reason: REASON }, admin);
    const replacement = await call(core, 'certificates/replace', { certificateId: wrong.certificateId, issuedOn: '2026-11-18' }, admin);
    // The next value of the counter: the revoked number is never given again.
    expect(replacement).toMatchObject({
      number: '85499 0000003 2026',
      issuedOn: '2026-11-18',
      validUntil: '2029-11-18',
      candidateId: seeded.candidateIds[0],
      sessionId: seeded.sessionId,
      plenoId: seeded.plenoId,
      revoked: false,
      replaces: { id: wrong.certificateId, number: wrong.number },
      replacedBy: null,
    });
    const old = await call(core, 'certificates/get', { certificateId: wrong.certificateId }, admin);
    expect(old).toMatchObject({ revoked: true, revokeReason: REASON, replacedBy: { id: replacement.id, number: replacement.number }, replaces: null });
    const list = (await call(core, 'certificates/list', {}, admin)).rows;
    expect(list.map((r) => [r.number, r.revoked, r.replaces?.number ?? null, r.replacedBy?.number ?? null])).toEqual([
      [wrong.number, true, null, replacement.number],
      [other.number, false, null, null],
      [replacement.number, false, wrong.number, null],
    ]);
    expect(certificateRows(core).map((r) => r.counter_value)).toEqual([1, 2, 3]);
    const audit = core.db.prepare("SELECT actor_account_id AS actor, entity_id AS entityId, details FROM audit_log WHERE action = 'certificates.replaced'").all() as {
      actor: string;
      entityId: string;
      details: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0].entityId).toBe(replacement.id);
    expect(JSON.parse(audit[0].details)).toEqual({ number: replacement.number, issuedOn: '2026-11-18', replaces: wrong.number, replacesId: wrong.certificateId, reason: REASON });
    const sheet = await sheetValues(exported(core, (await call(core, 'certificates/registerSheet', {}, admin)).fileName));
    expect(sheet[0].slice(13, 15)).toEqual(['Menggantikan', 'Diganti Dengan']);
    expect(sheet.slice(1).map((row) => [row[1], row[13] ?? null, row[14] ?? null])).toEqual([
      [wrong.number, null, replacement.number],
      [other.number, null, null],
      [replacement.number, wrong.number, null],
    ]);
    // Issuing the pleno again numbers nothing: the seat has its certificate in force.
    const again = await call(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin);
    expect(again.issued).toEqual([]);
    expect(again.skipped.map((s) => [s.reason, s.number])).toEqual([
      ['already_issued', replacement.number],
      ['already_issued', other.number],
    ]);
  });

  it('refuses one in force, one already replaced, and a date the issue would refuse, each with its own code and params', async () => {
    const { core, admin, result } = await issued(1);
    const [wrong] = result.issued;
    expect(await failure(core, 'certificates/replace', { certificateId: wrong.certificateId, issuedOn: '2026-11-18' }, admin)).toMatchObject({
      code: 'CERTIFICATE_REPLACE_IN_FORCE',
      messageKey: 'errors.CERTIFICATE_REPLACE_IN_FORCE',
      params: { number: wrong.number },
    });
    await call(core, 'certificates/revoke', { certificateId: wrong.certificateId, reason: REASON }, admin);
    expect(await failure(core, 'certificates/replace', { certificateId: wrong.certificateId, issuedOn: '2026-11-21' }, admin)).toMatchObject({
      code: 'CERTIFICATE_ISSUED_IN_FUTURE',
      params: { date: '2026-11-20' },
    });
    // The seeded pleno's SK is dated 2026-11-10.
    expect(await failure(core, 'certificates/replace', { certificateId: wrong.certificateId, issuedOn: '2026-11-09' }, admin)).toMatchObject({
      code: 'CERTIFICATE_ISSUED_BEFORE_SK',
      params: { date: '2026-11-10' },
    });
    const first = await call(core, 'certificates/replace', { certificateId: wrong.certificateId, issuedOn: '2026-11-10' }, admin);
    expect(await failure(core, 'certificates/replace', { certificateId: wrong.certificateId, issuedOn: '2026-11-10' }, admin)).toMatchObject({
      code: 'CERTIFICATE_ALREADY_REPLACED',
      params: { number: wrong.number, replacement: first.number },
    });
    expect((await failure(core, 'certificates/replace', { certificateId: 'nope', issuedOn: '2026-11-10' }, admin)).code).toBe('NOT_FOUND');
    // A replacement revoked by mistake in turn is replaced in turn: the chain stays readable.
    await call(core, 'certificates/revoke', { certificateId: first.id, reason: 'Dicabut keliru' }, admin);
    const second = await call(core, 'certificates/replace', { certificateId: first.id, issuedOn: '2026-11-20' }, admin);
    expect(second.replaces).toEqual({ id: first.id, number: first.number });
    expect(certificateRows(core)).toHaveLength(3);
  });

  it('refuses where the decision in force is BK (a correcting pleno), and issues from the correcting pleno where it is K', async () => {
    const { core, admin, seeded, result } = await issued(2);
    const [a, b] = result.issued;
    signedCorrection(core, seeded, 'BK');
    await call(core, 'certificates/revoke', { certificateId: a.certificateId, reason: 'Dikoreksi rapat pleno: Belum Kompeten' }, admin);
    expect(await failure(core, 'certificates/replace', { certificateId: a.certificateId, issuedOn: '2026-11-20' }, admin)).toMatchObject({
      code: 'CERTIFICATE_REPLACE_NOT_COMPETENT',
      params: { number: a.number, skNumber: 'SK/KOREKSI/2026' },
    });
    // The second candidate stays K under the correction: a replacement stands on the correcting pleno's decision.
    await call(core, 'certificates/revoke', { certificateId: b.certificateId, reason: REASON }, admin);
    const replaced = await call(core, 'certificates/replace', { certificateId: b.certificateId, issuedOn: '2026-11-20' }, admin);
    expect(replaced.plenoSkNumber).toBe('SK/KOREKSI/2026');
  });

  it("says on a certificate's page that the pleno in force decided its holder BK (a correction), where it read as resting on the K it was issued from", async () => {
    const { core, admin, seeded, result } = await issued(2);
    const [a, b] = result.issued;
    expect(await call(core, 'certificates/get', { certificateId: a.certificateId }, admin)).toMatchObject({ correctedToBk: null });
    signedCorrection(core, seeded, 'BK');
    expect(await call(core, 'certificates/get', { certificateId: a.certificateId }, admin)).toMatchObject({ plenoCorrectedBySk: 'SK/KOREKSI/2026', correctedToBk: { skNumber: 'SK/KOREKSI/2026' }, revoked: false });
    // The second candidate stays K under the correction: nothing to say.
    expect(await call(core, 'certificates/get', { certificateId: b.certificateId }, admin)).toMatchObject({ plenoCorrectedBySk: 'SK/KOREKSI/2026', correctedToBk: null });
  });

  it("lists the certificates a correction decided BK and counts them on the LSP home, until each is revoked", async () => {
    const { core, admin, seeded, result } = await issued(2);
    const [a] = result.issued;
    const correctedToBk = async () => (await call(core, 'certificates/list', { correctedToBk: true }, admin)).rows.map((r) => r.id);
    const task = async () => (await call(core, 'lsp/overview', {}, admin)).tasks.certificatesCorrectedToBk;
    expect(await correctedToBk()).toEqual([]);
    expect(await task()).toBe(0);
    // The correction decides the first candidate BK and keeps the second K: only the first is to revoke.
    const statuses = async (language: 'id' | 'en') =>
      (await sheetValues(exported(core, (await call(core, 'certificates/registerSheet', { language }, admin)).fileName))).slice(1).map((row) => row[10]);
    expect(await statuses('id')).toEqual(['Aktif', 'Aktif']);
    signedCorrection(core, seeded, 'BK');
    expect(await correctedToBk()).toEqual([a.certificateId]);
    expect(await task()).toBe(1);
    // Each row of the register says it too, unfiltered: only the filter found them, the rows read as any in force.
    const marks = async () => (await call(core, 'certificates/list', {}, admin)).rows.map((r) => [r.id, r.correctedToBk]);
    expect(await marks()).toEqual([
      [a.certificateId, { skNumber: 'SK/KOREKSI/2026' }],
      [result.issued[1].certificateId, null],
    ]);
    // The register's sheet says it too, in either language, where it said "Aktif" as for any certificate in force.
    expect(await statuses('id')).toEqual(['Diputuskan BK oleh pleno koreksi (SK SK/KOREKSI/2026), belum dicabut', 'Aktif']);
    expect(await statuses('en')).toEqual(['Decided BK by a correcting plenary meeting (SK SK/KOREKSI/2026), not yet revoked', 'Active']);
    await call(core, 'certificates/revoke', { certificateId: a.certificateId, reason: 'Dikoreksi rapat pleno: Belum Kompeten' }, admin);
    expect(await correctedToBk()).toEqual([]);
    expect(await task()).toBe(0);
    expect(await statuses('id')).toEqual(['Dicabut', 'Aktif']);
    // Revoked, the row says Dicabut: the decision in force is still BK (as the certificate's page has it), nothing left to act on.
    expect((await call(core, 'certificates/list', {}, admin)).rows.map((r) => [r.revoked, r.correctedToBk])).toEqual([
      [true, { skNumber: 'SK/KOREKSI/2026' }],
      [false, null],
    ]);
  });

  it('refuses a seat an appeal holds, and a number pattern that needs a KBLI code the scheme lacks', async () => {
    const { core, admin, seeded, result } = await issued(2);
    const [a, b] = result.issued;
    await call(core, 'certificates/revoke', { certificateId: a.certificateId, reason: REASON }, admin);
    await call(core, 'certificates/revoke', { certificateId: b.certificateId, reason: REASON }, admin);
    const by = core.db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' LIMIT 1").pluck().get() as string;
    core.db
      .prepare(
        "INSERT INTO appeal_case (id, session_id, candidate_id, lodged_at, lodged_on, reasons, created_at, created_by) VALUES ('ap1', ?, ?, 'lsp', '2026-11-15', 'Tidak setuju', ?, ?)",
      )
      .run(seeded.sessionId, seeded.candidateIds[0], NOW.toISOString(), by);
    expect(await failure(core, 'certificates/replace', { certificateId: a.certificateId, issuedOn: '2026-11-20' }, admin)).toMatchObject({
      code: 'CERTIFICATE_REPLACE_HELD_BY_APPEAL',
      params: { number: a.number },
    });
    setSchemePolicy(core.db, null);
    expect(await failure(core, 'certificates/replace', { certificateId: b.certificateId, issuedOn: '2026-11-20' }, admin)).toMatchObject({
      code: 'CERTIFICATE_REPLACE_KBLI_MISSING',
      params: { number: b.number },
    });
    expect(certificateRows(core)).toHaveLength(2);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'certificates.replaced'").pluck().get()).toBe(0);
  });

  it('is the LSP admin’s alone, in the core as in the contract', async () => {
    const { core, admin, result } = await issued(1);
    await call(core, 'certificates/revoke', { certificateId: result.issued[0].certificateId, reason: REASON }, admin);
    const proctor = await signInAs(core, 'proctor');
    expect((await failure(core, 'certificates/replace', { certificateId: result.issued[0].certificateId, issuedOn: '2026-11-20' }, proctor)).code).toBe('FORBIDDEN');
    const lspId = core.db.prepare('SELECT id FROM lsp LIMIT 1').pluck().get() as string;
    const principal = { accountId: 'x', role: 'proctor', username: 'x', displayName: 'X', lspId, assessorId: null, candidateId: null } as const;
    expect(() => replaceCertificate(core.db, principal, result.issued[0].certificateId, '2026-11-20', () => NOW)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(certificateRows(core)).toHaveLength(1);
  });
});

describe('issuing from a corrected pleno', () => {
  it('is refused, naming the correction, so no certificate comes of a decision the correction changed to BK; the correction issues those it decides K', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    const seeded = seedSignedPleno(core.db, { candidates: 2, tag: 'G' });
    const correction = signedCorrection(core, seeded, 'BK');
    // It numbered both candidates, the first one decided BK by the correction in force.
    expect(await failure(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin)).toMatchObject({ code: 'PLENO_SUPERSEDED', params: { sk: 'SK/KOREKSI/2026' } });
    expect(certificateRows(core)).toEqual([]);
    const issuedNow = await call(core, 'certificates/issue', { plenoId: correction, issuedOn: '2026-11-20' }, admin);
    expect(issuedNow.issued.map((c) => c.candidateId)).toEqual([seeded.candidateIds[1]]);
  });

  it("writes no BNSP sheet of it, naming the correction, where the sheet said K for a candidate the correction in force decided BK", async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    const seeded = seedSignedPleno(core.db, { candidates: 2, tag: 'G' });
    signedCorrection(core, seeded, 'BK');
    expect(await failure(core, 'certificates/bnspSheet', { plenoId: seeded.plenoId }, admin)).toMatchObject({ code: 'PLENO_SUPERSEDED', params: { sk: 'SK/KOREKSI/2026' } });
  });
});
