// A key twice in one file: every row that shares it is refused, whatever else is wrong with it, so no
// row is added or updated in the name of a person another row of the file also names.
import { describe, expect, it } from 'vitest';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
import { checksum } from '../../support/checksum';
import { exported, importFile, nik, preview, rowsFile, sheetValues } from './support';

const duplicates = (problems: { key: string | null; code: string; params: Record<string, string | number> }[]) =>
  problems.filter((p) => p.code === 'IMPORT_DUPLICATE_KEY').map((p) => [p.key, p.params.rows]);

describe('a key used twice in one file', () => {
  it('refuses both assessors sharing a MET number, also when one is refused for its NIK, and merges nobody', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const header = ['Nama', 'NIK', 'No Reg MET', 'Masa Berlaku MET'];
    const file = await rowsFile(dir, 'asesor.xlsx', [
      ['DAFTAR ASESOR'],
      [],
      header,
      // Row 4: its NIK typed as a number (refused for that), and its MET is row 7's.
      ['Dewi Lestari', 3273015203800011, 'MET-DUP', '2030-01-01'],
      ['Rudi Hartono', nik(21), 'MET-A', '2030-01-01'],
      ['Sari Dewi', nik(22), 'MET-B', '2030-01-01'],
      ['Bambang', nik(23), 'MET-DUP', '2031-01-01'],
    ]);
    const before = checksum(core.db);
    const previewed = await preview(core, admin, 'assessors', file);
    expect(checksum(core.db)).toBe(before);
    expect(previewed.counts).toEqual({ add: 2, update: 0, unchanged: 0, refused: 2 });
    const byRow = new Map(previewed.rows.map((r) => [r.row, r]));
    expect(byRow.get(4)?.outcome).toBe('refused');
    expect(byRow.get(4)?.problems.map((p) => p.code)).toEqual(['SHEET_NUMBER_NOT_TEXT', 'IMPORT_DUPLICATE_KEY']);
    expect(duplicates(byRow.get(4)?.problems ?? [])).toEqual([['metNumber', '7']]);
    expect(byRow.get(7)?.outcome).toBe('refused');
    expect(byRow.get(7)?.problems).toEqual([{ column: 'No Reg MET', key: 'metNumber', code: 'IMPORT_DUPLICATE_KEY', params: { rows: '4' } }]);

    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 2, updated: 0, unchanged: 0, refused: 2 });
    expect(core.db.prepare("SELECT count(*) FROM assessor WHERE met_number = 'MET-DUP'").pluck().get()).toBe(0);

    // The refused-rows file holds both rows, each saying which row shares its MET number, in both languages.
    const en = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'en' }, admin);
    const rows = await sheetValues(exported(core, en.fileName));
    expect(rows.map((r) => r[0])).toEqual(['Nama', 'Dewi Lestari', 'Bambang']);
    expect(String(rows[2].at(-1))).toBe(
      // Where each sat in the file imported: on this file's row 3, Bambang's twin is not on row 4 but row 2.
      'Row 7 of the imported file. No Reg MET: The same value is also in row 4 of the imported file, so which row is right is unclear; all of those rows are refused. Keep one row per person or correct the value, then import again.',
    );
    const id = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'id' }, admin);
    expect(String((await sheetValues(exported(core, id.fileName)))[1].at(-1))).toMatch(/^Baris 4 di berkas yang diimpor\. NIK: .* No Reg MET: Nilai yang sama juga ada di baris 7 berkas yang diimpor, sehingga/);

    // Imported as it comes back, the two rows still share the MET number: both refused again, nothing written.
    const settled = checksum(core.db);
    const again = await importFile(core, admin, 'assessors', exported(core, en.fileName));
    expect(again.previewed.counts.refused).toBe(2);
    expect(duplicates(again.previewed.rows[0].problems)).toEqual([['metNumber', '3']]);
    expect(checksum(core.db)).toBe(settled);
  });

  it("refuses assessors sharing a NIK under different MET numbers (the registry takes one assessor per NIK)", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const previewed = await preview(core, admin, 'assessors', await rowsFile(tempDir(), 'asesor.xlsx', [
      ['Nama', 'NIK', 'No Reg MET', 'Masa Berlaku MET'],
      ['Dewi Lestari', nik(31), 'MET-1', '2030-01-01'],
      ['Dewi L.', nik(31), 'MET-2', '2030-01-01'],
    ]));
    expect(previewed.rows.map((r) => [r.row, r.outcome, duplicates(r.problems)])).toEqual([
      [2, 'refused', [['nik', '3']]],
      [3, 'refused', [['nik', '2']]],
    ]);
  });

  it('refuses every candidate row sharing a NIK, each naming all the others, with the rest of its problems', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const header = ['Nama Lengkap', 'NIK', 'Tanggal Lahir', 'E-mail'];
    const file = await rowsFile(dir, 'peserta.xlsx', [
      ['DAFTAR PESERTA'],
      [],
      [],
      header,
      ['Siti Rahma', nik(1, 57), '17/08/1995', 'siti@contoh.co.id'],
      ['Budi Santoso', nik(2), '17/08/1995', null],
      ['Ani Wijaya', nik(3), '17/08/1995', null],
      ['Siti R.', nik(1, 57), '17/08/1995', 'bukan-email'],
      ['Siti (3)', nik(1, 57), '17/08/1995', null],
    ]);
    const { previewed, applied } = await importFile(core, admin, 'candidates', file);
    expect(previewed.counts).toEqual({ add: 2, update: 0, unchanged: 0, refused: 3 });
    expect(previewed.rows.filter((r) => r.outcome === 'refused').map((r) => [r.row, duplicates(r.problems)])).toEqual([
      [5, [['nik', '8, 9']]],
      [8, [['nik', '5, 9']]],
      [9, [['nik', '5, 8']]],
    ]);
    // Whatever else is wrong with a row is named with it.
    expect(previewed.rows.find((r) => r.row === 8)?.problems.map((p) => p.code)).toEqual(['SHEET_BAD_EMAIL', 'IMPORT_DUPLICATE_KEY']);
    expect(applied).toEqual({ added: 2, updated: 0, unchanged: 0, refused: 3 });
    const lspId = core.db.prepare('SELECT id FROM lsp').pluck().get() as string;
    expect(core.db.prepare('SELECT count(*) FROM candidate WHERE lsp_id = ? AND nik = ?').pluck().get(lspId, nik(1, 57))).toBe(0);
  });
});
