import { describe, expect, it } from 'vitest';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { call, failure, signInAs } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { certificateCore, NOW } from './support';

async function issued(candidates: number) {
  const core = await certificateCore();
  const admin = await signInAs(core, 'admin');
  setSchemePolicy(core.db, '85499');
  const seeded = seedSignedPleno(core.db, { candidates, tag: 'P' });
  const result = await call(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin);
  return { core, admin, seeded, result };
}

describe('the certificate print', () => {
  it('gives one certificate its front (LSP, numbers, holder, scheme in both languages, dates) and its back (its scheme version’s units in order)', async () => {
    const { core, admin, result } = await issued(2);
    const printed = await call(core, 'certificates/print', { certificateId: result.issued[1].certificateId }, admin);
    expect(printed.lsp).toEqual({ name: 'LSP Demo Teknologi Informasi', licenceNo: 'BNSP-LSP-DEMO-0001' });
    // No signatory set: nothing to print beside the space for the hand signature.
    expect(printed.signatory).toEqual({ name: null, title: null });
    expect(printed.revoked).toEqual([]);
    expect(printed.certificates).toHaveLength(1);
    const [c] = printed.certificates;
    expect(c).toMatchObject({
      id: result.issued[1].certificateId,
      number: '85499 0000002 2026',
      registrationNumber: result.issued[1].registrationNumber,
      holderName: 'Asesi P 000001',
      scheme: { code: 'SS.JWP/LSPP/005/2022', titleId: 'Junior Web Programmer', titleEn: 'Junior Web Programmer' },
      issuedOn: '2026-11-20',
      validUntil: '2029-11-20',
    });
    expect(c.units).toHaveLength(8);
    expect(c.units[0]).toEqual({ code: 'J.620100.004.02', titleId: 'Menggunakan Struktur Data', titleEn: 'Use Data Structures' });
    expect(c.units.at(-1)).toEqual({ code: 'J.620100.025.02', titleId: 'Melakukan Debugging', titleEn: 'Perform Debugging' });
  });

  it('prints the units of the version the certificate was issued on, not a later version of the scheme', async () => {
    const { core, admin, result } = await issued(1);
    const v1 = core.db.prepare('SELECT scheme_id FROM certificate WHERE id = ?').pluck().get(result.issued[0].certificateId) as string;
    // A later version of the same scheme with a unit of its own: a certificate of version 1 does not list it.
    core.db
      .prepare(`INSERT INTO scheme (id, lsp_id, code, kind, skkni, title_id, title_en, version) SELECT 'v2', lsp_id, code, kind, skkni, title_id, title_en, version + 1 FROM scheme WHERE id = ?`)
      .run(v1);
    core.db.prepare(`INSERT INTO unit (id, scheme_id, ordinal, code, title_id, title_en) VALUES ('u-v2', 'v2', 1, 'J.NEW.001.01', 'Unit baru', NULL)`).run();
    const printed = await call(core, 'certificates/print', { certificateId: result.issued[0].certificateId }, admin);
    expect(printed.certificates[0].units.map((u) => u.code)).not.toContain('J.NEW.001.01');
    expect(printed.certificates[0].units).toHaveLength(8);
  });

  it('gives every certificate of a pleno in number order, leaving a revoked one out and naming it; one revoked asked by itself is refused', async () => {
    const { core, admin, seeded, result } = await issued(3);
    const [a, b, c] = result.issued;
    await call(core, 'certificates/revoke', { certificateId: b.certificateId, reason: 'Dokumen persyaratan terbukti palsu' }, admin);
    const printed = await call(core, 'certificates/print', { plenoId: seeded.plenoId }, admin);
    expect(printed.certificates.map((x) => x.number)).toEqual([a.number, c.number]);
    expect(printed.revoked).toEqual([{ id: b.certificateId, number: b.number, holderName: b.name, revokedAt: NOW.toISOString() }]);
    expect(await failure(core, 'certificates/print', { certificateId: b.certificateId }, admin)).toMatchObject({
      code: 'CERTIFICATE_REVOKED',
      params: { number: b.number, revokedAt: NOW.toISOString() },
    });
  });

  it('leaves out a certificate whose seat a correcting pleno decided BK, naming it, and refuses it asked by itself; revoked, it is named as revoked', async () => {
    // The certificate page said "no longer backed by a Kompeten decision", and the print still declared the holder competent.
    const { core, admin, seeded, result } = await issued(2);
    const [a, b] = result.issued;
    const correction = crypto.randomUUID();
    core.db
      .prepare(
        `INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, corrects_id, correction_reason, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
         SELECT ?, lsp_id, held_on, 'signed', 'SK/P/2026a', sk_date, id, 'Bukti tidak sah', created_at, created_by, decided_at, decided_by, signed_at, signed_by FROM pleno WHERE id = ?`,
      )
      .run(correction, seeded.plenoId);
    core.db.prepare('INSERT INTO pleno_session (pleno_id, session_id) SELECT ?, session_id FROM pleno_session WHERE pleno_id = ?').run(correction, seeded.plenoId);
    core.db
      .prepare(`INSERT INTO pleno_decision (pleno_id, session_id, candidate_id, recommendation, decision, reason)
         SELECT ?, session_id, candidate_id, recommendation, CASE WHEN candidate_id = ? THEN 'BK' ELSE decision END, 'Koreksi' FROM pleno_decision WHERE pleno_id = ?`)
      .run(correction, b.candidateId, seeded.plenoId);

    const printed = await call(core, 'certificates/print', { plenoId: seeded.plenoId }, admin);
    expect(printed.certificates.map((x) => x.number)).toEqual([a.number]);
    expect(printed.notCompetent).toEqual([{ id: b.certificateId, number: b.number, holderName: b.name, skNumber: 'SK/P/2026a' }]);
    expect(await failure(core, 'certificates/print', { certificateId: b.certificateId }, admin)).toMatchObject({
      code: 'CERTIFICATE_NOT_COMPETENT',
      params: { number: b.number, skNumber: 'SK/P/2026a' },
    });
    expect((await call(core, 'certificates/print', { certificateId: a.certificateId }, admin)).certificates).toHaveLength(1);
    // Revoked, it is named as revoked, as any other.
    await call(core, 'certificates/revoke', { certificateId: b.certificateId, reason: 'Keputusan pleno dikoreksi menjadi BK' }, admin);
    expect(await call(core, 'certificates/print', { plenoId: seeded.plenoId }, admin)).toMatchObject({ notCompetent: [], revoked: [{ id: b.certificateId }] });
  });

  it('leaves out a certificate whose seat an open appeal holds, naming it, and refuses it asked by itself; the appeal rejected, it prints again', async () => {
    // An appeal lodged against the decision after the certificate was issued: the print read as final all the same.
    const { core, admin, seeded, result } = await issued(2);
    const [a, b] = result.issued;
    expect(await call(core, 'certificates/get', { certificateId: b.certificateId }, admin)).toMatchObject({ heldByAppeal: false });
    const appeal = await call(core, 'appeals/record', { sessionId: seeded.sessionId, candidateId: b.candidateId, lodgedOn: '2026-11-20', reasons: 'Tidak setuju dengan keputusan', unitIds: [] }, admin);
    const printed = await call(core, 'certificates/print', { plenoId: seeded.plenoId }, admin);
    expect(printed.certificates.map((x) => x.number)).toEqual([a.number]);
    expect(printed.heldByAppeal).toEqual([{ id: b.certificateId, number: b.number, holderName: b.name }]);
    expect(await failure(core, 'certificates/print', { certificateId: b.certificateId }, admin)).toMatchObject({ code: 'CERTIFICATE_HELD_BY_APPEAL', params: { number: b.number } });
    expect(await call(core, 'certificates/get', { certificateId: b.certificateId }, admin)).toMatchObject({ heldByAppeal: true });
    // Its refusal in words, in both languages.
    const refused = await failure(core, 'certificates/print', { certificateId: b.certificateId }, admin);
    expect(errorText(refused, 'id')).toBe(`Banding asesi menahan keputusan ini (masih diproses, atau diterima sehingga uji ulang yang memutuskan): sertifikat ${b.number} tidak dicetak selama banding itu menahannya.`);
    expect(errorText(refused, 'en')).toBe(`An appeal holds this decision (still being handled, or accepted so that the re-assessment decides): certificate ${b.number} is not printed while the appeal holds it.`);
    // Only the prints that went out are audited: the held one is not among them.
    const audited = core.db.prepare("SELECT details FROM audit_log WHERE action = 'certificates.print' ORDER BY rowid DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audited)).toEqual({ numbers: [a.number] });
    // Rejected, the decision stands: it prints again.
    await call(core, 'appeals/close', { caseId: appeal.caseId, outcome: 'rejected', reason: 'Bukti asesmen sudah memadai' }, admin);
    expect((await call(core, 'certificates/print', { certificateId: b.certificateId }, admin)).certificates).toHaveLength(1);
    expect(await call(core, 'certificates/print', { plenoId: seeded.plenoId }, admin)).toMatchObject({ heldByAppeal: [] });
  });

  it('answers NOT_FOUND for an unknown certificate or pleno, and an empty list for a pleno with none issued', async () => {
    const { core, admin } = await issued(1);
    expect((await failure(core, 'certificates/print', { certificateId: 'nope' }, admin)).code).toBe('NOT_FOUND');
    expect((await failure(core, 'certificates/print', { plenoId: 'nope' }, admin)).code).toBe('NOT_FOUND');
    const unsigned = seedSignedPleno(core.db, { candidates: 1, tag: 'Q', status: 'decided' });
    expect(await call(core, 'certificates/print', { plenoId: unsigned.plenoId }, admin)).toMatchObject({ certificates: [], revoked: [], notCompetent: [] });
  });

  it('prints the signatory the numbering settings name, tidied; a settings call without them keeps them', async () => {
    const { core, admin, result } = await issued(1);
    const base = await call(core, 'certificates/settings', {}, admin);
    await call(core, 'certificates/setSettings', { settings: { ...base, signatoryName: '  Dr. Ratna   Sari, M.Kom. ', signatoryTitle: 'Ketua LSP Demo' } }, admin);
    // A caller that knows only the numbering (the CLI, an older screen) leaves the signatory as it is.
    const { signatoryName: _n, signatoryTitle: _t, ...numbering } = base;
    const after = await call(core, 'certificates/setSettings', { settings: { ...numbering, validityYears: 4 } }, admin);
    expect(after).toMatchObject({ validityYears: 4, signatoryName: 'Dr. Ratna Sari, M.Kom.', signatoryTitle: 'Ketua LSP Demo' });
    const printed = await call(core, 'certificates/print', { certificateId: result.issued[0].certificateId }, admin);
    expect(printed.signatory).toEqual({ name: 'Dr. Ratna Sari, M.Kom.', title: 'Ketua LSP Demo' });
    const refused = await failure(core, 'certificates/setSettings', { settings: { ...base, signatoryName: 'x'.repeat(121) } }, admin);
    expect(refused).toMatchObject({ code: 'CERTIFICATE_SETTINGS_INVALID', fields: [{ field: 'signatoryName', reason: 'too_long' }] });
  });

  it('audits each print prepared, naming the certificates, and nothing when there is nothing to print', async () => {
    const { core, admin, seeded, result } = await issued(2);
    const prints = () =>
      core.db.prepare(`SELECT entity, entity_id AS entityId, details FROM audit_log WHERE action = 'certificates.print' ORDER BY seq`).all() as { entity: string; entityId: string; details: string }[];
    await call(core, 'certificates/print', { certificateId: result.issued[0].certificateId }, admin);
    await call(core, 'certificates/print', { plenoId: seeded.plenoId }, admin);
    const unsigned = seedSignedPleno(core.db, { candidates: 1, tag: 'Q', status: 'decided' });
    await call(core, 'certificates/print', { plenoId: unsigned.plenoId }, admin);
    expect(prints().map((p) => ({ ...p, details: JSON.parse(p.details) as unknown }))).toEqual([
      { entity: 'certificate', entityId: result.issued[0].certificateId, details: { numbers: [result.issued[0].number] } },
      { entity: 'pleno', entityId: seeded.plenoId, details: { numbers: result.issued.map((c) => c.number) } },
    ]);
  });
});
