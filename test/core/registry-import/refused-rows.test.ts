// The refused-rows file is meant to be fixed and imported again: these tests do exactly that, editing
// the downloaded workbook with exceljs as a user would in Excel, and check what the second import does.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { candidateByNik } from '../../../electron/core/db/queries/registry-candidates';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
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

    await edit(file, 1, { 'E-mail': 'siti.rahma@contoh.co.id' });
    const again = await preview(core, admin, 'candidates', file);
    expect(again.counts).toEqual({ add: 0, update: 1, unchanged: 0, refused: 0 });
    expect(again.rows[0].changes).toEqual(['email']);
    await call(core, 'registryImport/apply', { importId: again.importId }, admin);
    // Every column the files lacked kept its value.
    expect(candidateByNik(core.db, lspId, nik(1, 57))).toEqual({ ...stored, email: 'siti.rahma@contoh.co.id' });
  });
});
