// The refused-rows file is meant to be fixed and imported again: these tests do exactly that, editing
// the downloaded workbook with exceljs as a user would in Excel, and check what the second import does.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { candidateByNik } from '../../../electron/core/db/queries/registry-candidates';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
import { checksum } from '../../support/checksum';
import { exported, importFile, nik, preview, rowsFile, sheetValues } from './support';

/** Sets the cells under the given headers in one data row (1-based below the header) of a refused-rows file. */
async function edit(file: string, row: number, cells: Record<string, string>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : null));
  for (const [header, value] of Object.entries(cells)) {
    const column = headers.indexOf(header);
    if (column < 1) throw new Error(`no column ${header}`);
    ws.getRow(row + 1).getCell(column).value = value;
  }
  await wb.xlsx.writeFile(file);
}

const lspOf = (core: Core) => core.db.prepare('SELECT id FROM lsp').pluck().get() as string;

describe('the refused-rows file, fixed and imported again', () => {
  it("carries only the file's own columns, so re-importing it changes only what was fixed", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const full = ['No', 'Nama Lengkap', 'NIK', 'Tempat Lahir', 'Tanggal Lahir', 'L/P', 'Alamat', 'Telepon', 'E-mail', 'Institusi'];
    await importFile(core, admin, 'candidates', await rowsFile(dir, 'a.xlsx', [
      full,
      [1, 'Siti Rahma', nik(1, 57), 'Bandung', '17/08/1995', 'P', 'Jl. Merdeka 1', '081234567890', 'siti@contoh.co.id', 'SMK 1'],
    ]));
    const lspId = lspOf(core);
    const stored = candidateByNik(core.db, lspId, nik(1, 57));

    // Only Nama, NIK and Email, with a bad e-mail address.
    const partial = await rowsFile(dir, 'b.xlsx', [
      ['Nama', 'NIK', 'Email'],
      ['Siti Rahma', nik(1, 57), 'siti-at-contoh'],
    ]);
    const previewed = await preview(core, admin, 'candidates', partial);
    expect(previewed.counts).toEqual({ add: 0, update: 0, unchanged: 0, refused: 1 });
    const refused = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'id' }, admin);
    const file = exported(core, refused.fileName);
    const values = await sheetValues(file);
    expect(values[0]).toEqual(['Nama Lengkap', 'NIK', 'E-mail', 'Alasan Ditolak']);
    expect(values[1].slice(0, 3)).toEqual(['Siti Rahma', nik(1, 57), 'siti-at-contoh']);
    // The reason names the column as this file heads it (E-mail), not as the imported file did (Email).
    expect(values[1][3]).toBe('Baris 2 di berkas yang diimpor. E-mail: Alamat e-mail tidak sah (contoh: nama@contoh.co.id).');

    await edit(file, 1, { 'E-mail': 'siti.rahma@contoh.co.id' });
    const again = await preview(core, admin, 'candidates', file);
    expect(again.counts).toEqual({ add: 0, update: 1, unchanged: 0, refused: 0 });
    expect(again.rows[0].changes).toEqual(['email']);
    await call(core, 'registryImport/apply', { importId: again.importId }, admin);
    // Every column the files lacked kept its value.
    expect(candidateByNik(core.db, lspId, nik(1, 57))).toEqual({ ...stored, email: 'siti.rahma@contoh.co.id' });
  });

  it('shows an Excel date serial as its day in the preview, and writes it so that it imports again', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    // 26000 is 08/03/1971 (birth date), 47000 is 04/09/2028 (MET expiry): number cells, as a typed date loses its format in some lists.
    const candidates = await rowsFile(dir, 'peserta.xlsx', [
      ['Nama Lengkap', 'NIK', 'Tanggal Lahir', 'E-mail'],
      ['Siti Rahma', nik(1, 8, 3, 71), 26000, 'bukan-email'],
    ]);
    const previewed = await preview(core, admin, 'candidates', candidates);
    expect(previewed.rows[0]).toMatchObject({ outcome: 'refused', values: { birthDate: '08/03/1971' } });
    expect(previewed.rows[0].problems.map((p) => p.code)).toEqual(['SHEET_BAD_EMAIL']);
    const refused = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'id' }, admin);
    const file = exported(core, refused.fileName);
    expect((await sheetValues(file))[1].slice(0, 3)).toEqual(['Siti Rahma', nik(1, 8, 3, 71), '08/03/1971']);
    await edit(file, 1, { 'E-mail': 'siti@contoh.co.id' });
    const { previewed: again, applied } = await importFile(core, admin, 'candidates', file);
    expect(again.rows[0]).toMatchObject({ outcome: 'add', problems: [] });
    expect(applied.added).toBe(1);
    expect(candidateByNik(core.db, lspOf(core), nik(1, 8, 3, 71))?.birth_date).toBe('1971-03-08');

    const assessors = await rowsFile(dir, 'asesor.xlsx', [
      ['Nama', 'No Reg MET', 'Masa Berlaku MET', 'Telepon'],
      ['Dewi Lestari', 'MET-9', 47000, 'kantor'],
    ]);
    const met = await preview(core, admin, 'assessors', assessors);
    expect(met.rows[0]).toMatchObject({ outcome: 'refused', values: { metExpiresOn: '04/09/2028' } });
    const metFile = exported(core, (await call(core, 'registryImport/refusedRows', { importId: met.importId, language: 'en' }, admin)).fileName);
    await edit(metFile, 1, { Telepon: '081311112222' });
    const metAgain = await importFile(core, admin, 'assessors', metFile);
    expect(metAgain.previewed.rows[0]).toMatchObject({ outcome: 'add', problems: [] });
    expect(core.db.prepare("SELECT met_expires_on FROM assessor WHERE met_number = 'MET-9'").pluck().get()).toBe('2028-09-04');
  });

  it("hands back a phone Excel wrote into a .csv in scientific notation as it came, refused again as a number it was, never NaN", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const file = path.join(tempDir(), 'peserta.csv');
    fs.writeFileSync(file, `Nama Lengkap;NIK;No HP\nZaki Maulana;${nik(22)};8,12346E+10\n`);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(previewed.rows[0].problems.map((p) => [p.key, p.code])).toEqual([['phone', 'SHEET_NUMBER_NOT_TEXT']]);
    const refused = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'id' }, admin);
    const written = exported(core, refused.fileName);
    expect((await sheetValues(written))[1].slice(0, 3)).toEqual(['Zaki Maulana', nik(22), '8,12346E+10']);
    const again = await preview(core, admin, 'candidates', written);
    expect(again.rows[0].problems.map((p) => [p.key, p.code])).toEqual([['phone', 'SHEET_NUMBER_NOT_TEXT']]);
  });

  it('never hands back a NIK stored as a number as text: left empty where required, a number where not, refused again until retyped', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    // What Excel keeps of 3273011708950021 typed into a General cell.
    const candidates = await rowsFile(dir, 'peserta.xlsx', [
      ['Nama Lengkap', 'NIK', 'Tempat Lahir'],
      ['Zaki Maulana', 3273011708950020, 'Bandung'],
    ]);
    const previewed = await preview(core, admin, 'candidates', candidates);
    expect(previewed.rows[0]).toMatchObject({ outcome: 'refused', values: { nik: '3273011708950020' } });
    const en = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'en' }, admin);
    const file = exported(core, en.fileName);
    const written = await sheetValues(file);
    expect([written[1][0], written[1][1] ?? null, written[1][2]]).toEqual(['Zaki Maulana', null, 'Bandung']);
    expect(String(written[1][3])).toMatch(/^Row \d+ of the imported file\. NIK: Stored as a number.*NIK: This cell is left empty in this file on purpose/);
    const id = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'id' }, admin);
    expect(String((await sheetValues(exported(core, id.fileName)))[1][3])).toContain('NIK: Sel ini sengaja dikosongkan dalam berkas ini');

    // Imported unchanged, the row is refused again; with the NIK typed as text, it is added.
    const unchanged = await preview(core, admin, 'candidates', file);
    expect(unchanged.rows[0].problems.map((p) => [p.key, p.code])).toEqual([['nik', 'SHEET_REQUIRED']]);
    await edit(file, 1, { NIK: nik(21) });
    const { applied } = await importFile(core, admin, 'candidates', file);
    expect(applied.added).toBe(1);
    expect(candidateByNik(core.db, lspOf(core), nik(21))?.name).toBe('Zaki Maulana');

    // An assessor's NIK may be empty: an empty cell would be taken, and clear a registered NIK. It goes back as a number.
    const header = ['Nama', 'NIK', 'No Reg MET', 'Masa Berlaku MET'];
    await importFile(core, admin, 'assessors', await rowsFile(dir, 'a.xlsx', [header, ['Dewi Lestari', nik(31), 'MET-1', '2030-01-01']]));
    const numbered = await preview(core, admin, 'assessors', await rowsFile(dir, 'b.xlsx', [header, ['Dewi Lestari', 3273011708950030, 'MET-1', '2031-01-01']]));
    const assessorFile = exported(core, (await call(core, 'registryImport/refusedRows', { importId: numbered.importId, language: 'en' }, admin)).fileName);
    const back = await sheetValues(assessorFile);
    expect(back[1].slice(0, 4)).toEqual(['Dewi Lestari', 3273011708950030, 'MET-1', '2031-01-01']);
    expect(String(back[1][4])).toContain('NIK: In this file the cell is still a number, so it is refused again');
    const settled = checksum(core.db);
    const again = await importFile(core, admin, 'assessors', assessorFile);
    expect(again.previewed.rows[0].problems.map((p) => [p.key, p.code])).toEqual([['nik', 'SHEET_NUMBER_NOT_TEXT']]);
    expect(checksum(core.db)).toBe(settled);
    expect(core.db.prepare("SELECT nik FROM assessor WHERE met_number = 'MET-1'").pluck().get()).toBe(nik(31));
  });
});
