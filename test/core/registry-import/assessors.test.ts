import { describe, expect, it } from 'vitest';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
import { checksum } from '../../support/checksum';
import { exported, importFile, nik, preview, rowsFile, sheetValues, workbook } from './support';

describe('assessor import', () => {
  it("reads the columns LSPs keep (Nama, NIK, Tempat/Tanggal Lahir, L/P, Alamat, Kota, Provinsi, Telepon, E-mail, No Reg MET, masa berlaku, …) and round-trips the export", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const scheme = core.db.prepare('SELECT code FROM scheme LIMIT 1').pluck().get() as string;
    const dir = tempDir();
    const file = await workbook(dir, 'asesor.xlsx', (wb) => {
      const ws = wb.addWorksheet('Asesor');
      ws.addRow(['DAFTAR ASESOR KOMPETENSI LSP']);
      ws.mergeCells('A1:P1');
      ws.addRow([
        'No', 'Nama', 'NIK', 'Tempat Lahir', 'Tanggal Lahir', 'L/P', 'Alamat', 'Kota', 'Provinsi', 'Telepon', 'E-mail',
        'No. Reg. MET', 'Masa Berlaku', 'Sertifikat Teknis', 'Skema', 'LSP Asal', 'No Surat Peminjaman', 'Tanggal Surat Peminjaman',
      ]);
      ws.getColumn(3).numFmt = '@';
      ws.getColumn(10).numFmt = '@';
      ws.addRow([1, 'Dewi Lestari', nik(11, 52, 3, 80), 'Bandung', '12 Maret 1980', 'P', 'Jl. Dago 10', 'Bandung', 'Jawa Barat', '081311112222', 'dewi@contoh.co.id',
        'MET.000.001234.2020', '17/08/2030', 'SKT-123', scheme, null, null, null]);
      ws.addRow([2, 'Rudi Hartono', null, 'Medan', null, 'L', null, 'Medan', 'Sumatera Utara', null, null,
        'MET.000.009999.2019', '2029-01-31', null, `${scheme}; SKM-TIDAK-ADA`, 'LSP Lain', 'SP/01/2026', '02/01/2026']);
    });
    const before = checksum(core.db);
    const previewed = await preview(core, admin, 'assessors', file);
    expect(checksum(core.db)).toBe(before);
    expect(previewed.counts).toEqual({ add: 1, update: 0, unchanged: 0, refused: 1 });
    expect(previewed.rows[0]).toMatchObject({ row: 4, outcome: 'refused', problems: [{ column: 'Skema', key: 'schemeCodes', code: 'unknown_scheme', params: {} }] });
    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 1, updated: 0, unchanged: 0, refused: 1 });
    const saved = core.db.prepare("SELECT * FROM assessor WHERE met_number = 'MET.000.001234.2020'").get() as Record<string, unknown>;
    expect(saved).toMatchObject({ name: 'Dewi Lestari', birth_date: '1980-03-12', sex: 'P', city: 'Bandung', met_expires_on: '2030-08-17', tech_cert_number: 'SKT-123' });

    const { fileName } = await call(core, 'registryExport/sheet', { kind: 'assessors' }, admin);
    const total = core.db.prepare('SELECT count(*) FROM assessor').pluck().get() as number;
    expect(await sheetValues(exported(core, fileName))).toHaveLength(total + 1);
    const settled = checksum(core.db);
    const { previewed: back, applied } = await importFile(core, admin, 'assessors', exported(core, fileName));
    expect(back.counts).toEqual({ add: 0, update: 0, unchanged: total, refused: 0 });
    expect(applied.unchanged).toBe(total);
    // The export is audited (personal data leaving the application); the apply that changed nothing wrote nothing.
    expect(checksum(core.db)).toBe(settled);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'registry.export'").pluck().get()).toBe(1);
  });

  it('says which assessors to be saved have an expired MET or technical certificate, without refusing them', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    // Far past and far future, so the test holds whatever day it runs.
    const file = await rowsFile(dir, 'asesor.xlsx', [
      ['Nama', 'No Reg MET', 'Masa Berlaku', 'No Sertifikat Teknis', 'Masa Berlaku Sertifikat Teknis'],
      ['Rina Marlina', 'MET-OLD-1', '30/06/2001', 'ST-1', '31/12/2099'],
      ['Agus Salim', 'MET-NEW-2', '31/12/2099', 'ST-2', '01/01/2002'],
      ['Hendra Wijaya', 'MET-NEW-3', '31/12/2099', null, null],
    ]);
    const previewed = await preview(core, admin, 'assessors', file);
    expect(previewed.counts).toMatchObject({ add: 3, refused: 0 });
    expect(previewed.rows.map((r) => r.notes ?? [])).toEqual([
      [{ column: 'Masa Berlaku', key: 'metExpiresOn', code: 'met_expired', params: { date: '2001-06-30' } }],
      [{ column: 'Masa Berlaku Sertifikat Teknis', key: 'techCertExpiresOn', code: 'tech_cert_expired', params: { date: '2002-01-01' } }],
      [],
    ]);
  });

  it('refuses every row of a MET number twice in the file, and updates by MET number', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const header = ['Nama', 'No Reg MET', 'Masa Berlaku MET', 'Telepon'];
    await importFile(core, admin, 'assessors', await rowsFile(dir, 'a.xlsx', [header, ['Dewi', 'MET-1', '2030-01-01', '0811111111']]));
    const previewed = await preview(core, admin, 'assessors', await rowsFile(dir, 'b.xlsx', [
      header,
      ['Dewi Lestari', 'MET-1', '2030-01-01', '0811111111'],
      ['Orang Lain', 'MET-1', '2031-01-01', null],
      ['Dewi Lestari', 'MET-2', '2030-01-01', null],
    ]));
    expect(previewed.rows.map((r) => [r.row, r.outcome, r.problems.map((p) => [p.column, p.code, p.params])])).toEqual([
      [2, 'refused', [['No Reg MET', 'IMPORT_DUPLICATE_KEY', { rows: '3' }]]],
      [3, 'refused', [['No Reg MET', 'IMPORT_DUPLICATE_KEY', { rows: '2' }]]],
      [4, 'add', []],
    ]);
    const fixed = await preview(core, admin, 'assessors', await rowsFile(dir, 'c.xlsx', [header, ['Dewi Lestari', 'MET-1', '2030-01-01', '0811111111']]));
    expect(fixed.rows.map((r) => [r.row, r.outcome, r.changes])).toEqual([[2, 'update', ['name']]]);
  });
});
