import { describe, expect, it } from 'vitest';
import { call, failure, signInAs } from '../../support/core';
import { seedSignedPleno, seededNik, setSchemePolicy } from '../../support/pleno-rows';
import { exported, sheetValues } from '../registry-import/support';
import { certificateCore, NOW } from './support';

async function issued(candidates: number) {
  const core = await certificateCore();
  const admin = await signInAs(core, 'admin');
  setSchemePolicy(core.db, '85499');
  const seeded = seedSignedPleno(core.db, { candidates, tag: 'R' });
  const result = await call(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin);
  return { core, admin, seeded, result };
}

describe('the certificate register', () => {
  it('pages in number order with a keyset cursor, and searches by name, NIK and number', async () => {
    const { core, admin, result } = await issued(7);
    const first = await call(core, 'certificates/list', { limit: 3 }, admin);
    expect(first.total).toBe(7);
    expect(first.rows.map((r) => r.number)).toEqual(result.issued.slice(0, 3).map((c) => c.number));
    const second = await call(core, 'certificates/list', { limit: 3, cursor: first.nextCursor }, admin);
    const third = await call(core, 'certificates/list', { limit: 3, cursor: second.nextCursor }, admin);
    expect([...second.rows, ...third.rows].map((r) => r.number)).toEqual(result.issued.slice(3).map((c) => c.number));
    expect(third.nextCursor).toBeNull();

    expect((await call(core, 'certificates/list', { search: 'Asesi R 000004' }, admin)).rows.map((r) => r.number)).toEqual([result.issued[4].number]);
    expect((await call(core, 'certificates/list', { search: seededNik('R', 2) }, admin)).rows.map((r) => r.nik)).toEqual([seededNik('R', 2)]);
    expect((await call(core, 'certificates/list', { search: '0000006 2026' }, admin)).rows.map((r) => r.number)).toEqual(['85499 0000006 2026']);
    expect((await call(core, 'certificates/list', { schemeCode: 'NO-SUCH' }, admin)).rows).toEqual([]);
  });

  it('lists the certificates whose validity ends within a number of days, soonest first', async () => {
    const { core, admin, result } = await issued(3);
    // Issued 2026-11-20, valid 3 years: due 2029-11-20. Today is 2026-11-20.
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2026-12-01', result.issued[1].certificateId);
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2026-11-01', result.issued[2].certificateId);
    const due = await call(core, 'certificates/list', { expiringWithinDays: 30 }, admin);
    expect(due.rows.map((r) => [r.number, r.validUntil])).toEqual([[result.issued[1].number, '2026-12-01']]);
    const later = await call(core, 'certificates/list', { expiringWithinDays: 3 * 366 }, admin);
    expect(later.rows.map((r) => r.validUntil)).toEqual(['2026-12-01', '2029-11-20']);
  });

  it('says which certificates are past their last valid day, on the list and on the certificate; the last day itself is still in force', async () => {
    const { core, admin, result } = await issued(3);
    // Today is 2026-11-20 (the core's clock): one ended yesterday, one ends today.
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2026-11-19', result.issued[1].certificateId);
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2026-11-20', result.issued[2].certificateId);
    const rows = (await call(core, 'certificates/list', {}, admin)).rows;
    expect(rows.map((r) => [r.number, r.expired])).toEqual(result.issued.map((c, i) => [c.number, i === 1]));
    expect((await call(core, 'certificates/get', { certificateId: result.issued[1].certificateId }, admin)).expired).toBe(true);
    expect((await call(core, 'certificates/get', { certificateId: result.issued[2].certificateId }, admin)).expired).toBe(false);
    const sheet = await sheetValues(exported(core, (await call(core, 'certificates/registerSheet', {}, admin)).fileName));
    expect(sheet.slice(1).map((row) => row[10])).toEqual(['Aktif', 'Habis masa berlaku', 'Aktif']);
  });

  it('lists the lapsed certificates alone, as each says it lapsed, a revoked one not among them', async () => {
    const { core, admin, result } = await issued(3);
    const [a, b, c] = result.issued.map((x) => x.certificateId);
    // Today is 2026-11-20: a ended yesterday, b today (still in force), c ended and was revoked.
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2026-11-19', a);
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2026-11-20', b);
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2025-01-01', c);
    await call(core, 'certificates/revoke', { certificateId: c, reason: 'Dokumen persyaratan terbukti palsu' }, admin);
    const lapsed = await call(core, 'certificates/list', { lapsed: true }, admin);
    expect(lapsed.rows.map((r) => [r.id, r.expired])).toEqual([[a, true]]);
    expect(lapsed.total).toBe(1);
  });

  it('keeps a blanko number unique per LSP; setting it again changes nothing', async () => {
    const { core, admin, result } = await issued(2);
    const [a, b] = result.issued.map((c) => c.certificateId);
    expect((await call(core, 'certificates/setBlanko', { certificateId: a, blankoNumber: '0012345' }, admin)).blankoNumber).toBe('0012345');
    await call(core, 'certificates/setBlanko', { certificateId: a, blankoNumber: '0012345' }, admin);
    const audits = core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'certificates.blanko'").get() as { n: number };
    expect(audits.n).toBe(1);
    expect(await failure(core, 'certificates/setBlanko', { certificateId: b, blankoNumber: '0012345' }, admin)).toMatchObject({
      code: 'BLANKO_TAKEN',
      params: { number: result.issued[0].number },
    });
    expect((await failure(core, 'certificates/get', { certificateId: 'nope' }, admin)).code).toBe('NOT_FOUND');
  });

  it('revokes a certificate with its reason, once: it stays in the register and its sheet, marked revoked, and leaves the expiring list', async () => {
    const { core, admin, result } = await issued(2);
    const [a, b] = result.issued.map((c) => c.certificateId);
    expect(await failure(core, 'certificates/revoke', { certificateId: a, reason: '  ' }, admin)).toMatchObject({ code: 'CERTIFICATE_REVOKE_REASON_REQUIRED' });
    expect((await failure(core, 'certificates/revoke', { certificateId: 'nope', reason: 'Data palsu' }, admin)).code).toBe('NOT_FOUND');
    const revoked = await call(core, 'certificates/revoke', { certificateId: a, reason: ' Dokumen persyaratan terbukti palsu ' }, admin);
    expect(revoked).toMatchObject({ revoked: true, revokedAt: NOW.toISOString(), revokeReason: 'Dokumen persyaratan terbukti palsu', number: result.issued[0].number });
    expect(await failure(core, 'certificates/revoke', { certificateId: a, reason: 'Sekali lagi' }, admin)).toMatchObject({
      code: 'CERTIFICATE_ALREADY_REVOKED',
      params: { number: result.issued[0].number },
    });
    expect((await call(core, 'certificates/list', {}, admin)).rows.map((r) => [r.id, r.revoked, r.revokedAt, r.revokeReason])).toEqual([
      [a, true, NOW.toISOString(), 'Dokumen persyaratan terbukti palsu'],
      [b, false, null, null],
    ]);
    expect((await call(core, 'certificates/list', { expiringWithinDays: 3 * 366 }, admin)).rows.map((r) => r.id)).toEqual([b]);
    const sheet = await sheetValues(exported(core, (await call(core, 'certificates/registerSheet', {}, admin)).fileName));
    // Status, then when (the office's day) and why: 'Dicabut' alone did not say either.
    expect(sheet.slice(1).map((row) => [row[10], row[11] ?? null, row[12] ?? null])).toEqual([
      ['Dicabut', '20-11-2026', 'Dokumen persyaratan terbukti palsu'],
      ['Aktif', null, null],
    ]);
    expect(core.db.prepare("SELECT action FROM audit_log WHERE action = 'certificates.revoked'").pluck().all()).toEqual(['certificates.revoked']);
  });

  it('issuing again says a revoked certificate was revoked, not that it is issued, and gives it no new number', async () => {
    const { core, admin, seeded, result } = await issued(2);
    await call(core, 'certificates/revoke', { certificateId: result.issued[0].certificateId, reason: 'Dokumen persyaratan terbukti palsu' }, admin);
    const again = await call(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin);
    expect(again.issued).toEqual([]);
    expect(again.skipped.map((s) => [s.reason, s.number])).toEqual([
      ['revoked', result.issued[0].number],
      ['already_issued', result.issued[1].number],
    ]);
  });

  it('writes the register as .xlsx with numbers and NIK as text', async () => {
    const { core, admin, result } = await issued(3);
    await call(core, 'certificates/setBlanko', { certificateId: result.issued[0].certificateId, blankoNumber: '000777' }, admin);
    const file = await call(core, 'certificates/registerSheet', {}, admin);
    expect(file.rows).toBe(3);
    const rows = await sheetValues(exported(core, file.fileName));
    expect(rows[0]).toEqual(['No', 'Nomor Sertifikat', 'Nomor Registrasi', 'Nama Asesi', 'NIK', 'Kode Skema', 'Judul Skema', 'Tanggal Terbit', 'Berlaku Sampai', 'Nomor Blanko', 'Status', 'Tanggal Dicabut', 'Alasan Pencabutan', 'Menggantikan', 'Diganti Dengan', 'Surveilan Berikutnya']);
    expect(rows[1].slice(0, 2)).toEqual([1, result.issued[0].number]);
    expect(rows[1][4]).toBe(seededNik('R', 0));
    expect(rows[1].slice(7, 11)).toEqual(['20-11-2026', '20-11-2029', '000777', 'Aktif']);
    expect(rows[1][15]).toBe('20-11-2027');
  });

  it('writes it in English when asked from an English screen: its sheet, headers and statuses', async () => {
    const { core, admin, result } = await issued(2);
    await call(core, 'certificates/revoke', { certificateId: result.issued[1].certificateId, reason: 'Forged documents' }, admin);
    const file = await call(core, 'certificates/registerSheet', { language: 'en' }, admin);
    // Read by its sheet's English name.
    const rows = await sheetValues(exported(core, file.fileName), 'Certificate Register');
    expect(rows[0]).toEqual(['No', 'Certificate Number', 'Registration Number', 'Candidate Name', 'NIK', 'Scheme Code', 'Scheme Title', 'Issued On', 'Valid Until', 'Blanko Number', 'Status', 'Revoked On', 'Reason for Revocation', 'Replaces', 'Replaced By', 'Next Surveillance']);
    expect(rows.slice(1).map((row) => row[10])).toEqual(['Active', 'Revoked']);
  });
});
