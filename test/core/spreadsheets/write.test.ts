import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSheet } from '../../../electron/core/spreadsheets/write';
import { CANDIDATE_SPEC } from '../../bench/support/xlsx-candidates';
import { collect, tempDir, zipParts } from './files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const COLUMNS = [
  { header: 'No', key: 'no', width: 6 },
  { header: 'Nama Lengkap', key: 'name', width: 30 },
  { header: 'NIK', key: 'nik', text: true },
  { header: 'Tanggal Lahir', key: 'birthDate' },
  { header: 'Telepon', key: 'phone', text: true },
  { header: 'Alasan', key: 'reason', width: 60 },
] as const;

describe('writeSheet', () => {
  it('round-trips NIKs and phone numbers through Text columns, with a bold, frozen header', async () => {
    const file = path.join(dir, 'refused.xlsx');
    const rows = [
      { no: 1, name: 'Siti Rahma', nik: '3273011708950001', birthDate: '1995-08-17', phone: '081234567890', reason: 'NIK sudah terdaftar' },
      { no: 2, name: 'Budi', nik: '0000000000000017', birthDate: null, phone: null, reason: 'Tanggal lahir kosong' },
    ];
    await writeSheet(file, { sheetName: 'Ditolak', columns: COLUMNS, rows, notes: { sheetName: 'Petunjuk', lines: ['Perbaiki kolom yang disebut di Alasan.'] } });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);

    const read = await collect(file, CANDIDATE_SPEC);
    expect(read.map((r) => [r.row, r.values.no, r.values.name, r.values.nik, r.values.birthDate, r.values.phone, r.problems])).toEqual([
      [2, 1, 'Siti Rahma', '3273011708950001', '1995-08-17', '081234567890', []],
      [3, 2, 'Budi', '0000000000000017', null, null, []],
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Ditolak');
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getCell('C2').numFmt).toBe('@');
    expect(sheet?.getCell('C2').value).toBe('3273011708950001');
    expect(sheet?.getColumn(3).numFmt).toBe('@');
    expect(workbook.getWorksheet('Petunjuk')?.getCell('A1').value).toBe('Perbaiki kolom yang disebut di Alasan.');
  });

  it('gives every cell of a column one style: Text in a text column whatever the value, General elsewhere, a few styles for many rows', async () => {
    const file = path.join(dir, 'styles.xlsx');
    const rows = Array.from({ length: 50 }, (_, i) => ({
      no: i + 1,
      name: i % 2 ? `Budi ${i}` : 1000 + i,
      nik: String(i).padStart(16, '0'),
      birthDate: null,
      phone: 81234567890 + i,
      reason: null,
    }));
    await writeSheet(file, { sheetName: 'Data', columns: COLUMNS, rows });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Data');
    for (let r = 2; r <= 51; r++) {
      expect(sheet?.getCell(`C${r}`).numFmt).toBe('@');
      expect(sheet?.getCell(`E${r}`).numFmt).toBe('@');
      expect(sheet?.getCell(`E${r}`).type).toBe(ExcelJS.ValueType.String);
      expect(sheet?.getCell(`A${r}`).numFmt ?? 'General').toBe('General');
      expect(sheet?.getCell(`B${r}`).numFmt ?? 'General').toBe('General');
    }
    expect(sheet?.getCell('C2').value).toBe('0000000000000000');
    expect(sheet?.getCell('B2').value).toBe(1000);
    expect(sheet?.getCell('D2').value).toBeNull();
    // One style per kind of cell, not one per cell: the default, the header's bold ones, Text, General.
    const styles = (await zipParts(file)).find((p) => p.name === 'xl/styles.xml')?.data.toString('utf8') ?? '';
    const cellXfs = /<cellXfs count="(\d+)"/.exec(styles)?.[1];
    expect(Number(cellXfs)).toBeLessThanOrEqual(5);
  });

  it('plain: the same values without a styles part, text columns still text cells with their leading zeros', async () => {
    const file = path.join(dir, 'plain.xlsx');
    const rows = [{ no: 1, name: 'Budi', nik: '0000000000000017', birthDate: null, phone: 81234567890, reason: null }];
    await writeSheet(file, { sheetName: 'Data', columns: COLUMNS, rows, plain: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Data');
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBeUndefined();
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getCell('C2').value).toBe('0000000000000017');
    expect(sheet?.getCell('E2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('A2').value).toBe(1);
    expect(sheet?.getCell('D2').value).toBeNull();
  });

  it('leaves neither a half-written file nor a partial when a row source fails', async () => {
    const file = path.join(dir, 'failed.xlsx');
    async function* rows() {
      yield { no: 1, name: 'Siti' };
      throw new Error('source went away');
    }
    await expect(writeSheet(file, { sheetName: 'Data', columns: COLUMNS, rows: rows() })).rejects.toThrow('source went away');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });
});
