import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { sheetHeaders, type SheetKey } from '../../../../electron/core/bank-import/sources/template-columns';
import { named, read, refusal, tempDir } from './support';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Row = Partial<Record<SheetKey, ExcelJS.CellValue>>;

async function workbook(name: string, rows: Row[], language: 'id' | 'en' = 'id', above: string[][] = []): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Soal');
  for (const line of above) sheet.addRow(line);
  const headers = sheetHeaders(language);
  sheet.addRow(headers.map((h) => h.header));
  for (const row of rows) sheet.addRow(headers.map((h) => row[h.key] ?? null));
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

describe('our Excel template', async () => {
  const file = await workbook(
    'soal.xlsx',
    [
      { no: 1, stemId: 'Protokol aman?\nPilih satu.', optionA: 'HTTP', optionB: 'HTTPS', optionC: 'FTP', key: 'b', kind: 'PG', unit: 'J.620100.004.02', kuk: '1.1; 1.3', stemEn: 'Secure protocol?', optionAEn: 'HTTP', optionBEn: 'HTTPS' },
      { no: 2, stemId: 'Jelaskan DNS.', kind: 'Esai', expectedId: 'Menerjemahkan nama.', expectedEn: 'Translates names.', stemEn: 'Explain DNS.' },
      { no: 3, stemId: 'Tanpa jenis dan tanpa pilihan' },
      { no: 4, stemId: 'Jenis aneh', optionA: 'a', optionB: 'b', key: 'A', kind: 'Benar/Salah' },
      { no: 5, stemId: 'Esai berpilihan', optionA: 'a', optionB: 'b', kind: 'Esai' },
      { no: 6, stemId: 'PG tanpa pilihan', kind: 'PG', key: 'A' },
      { no: 7, stemId: 'Tanpa kunci', optionA: 'a', optionB: 'b' },
      { no: 8, stemId: 'Kunci F', optionA: 'a', optionB: 'b', key: 'F' },
      { no: 9, stemId: 'Sel galat', optionA: { error: '#N/A' }, optionB: 'b', key: 'A' },
      { no: 10, stemId: 'Rumus', optionA: { formula: 'B1&"x"' }, optionB: 'b', key: 'A' },
      { no: 11, optionA: 'a', optionB: 'b', key: 'A' },
      { no: 12, stemId: 'Pilihan C saja bolong', optionA: 'a', optionB: 'b', optionD: 'd', key: 'A' },
    ],
    'id',
    [['Bank Soal Junior Web Programmer'], []],
  );
  const result = await read(file);

  it('reads each row (the header found below title rows) with both languages, unit and KUK', () => {
    expect(result.sourceType).toBe('xlsx');
    expect(named(result, '1')).toMatchObject({
      position: { row: 4 },
      kind: 'multiple_choice',
      stem: { id: 'Protokol aman?\nPilih satu.', en: 'Secure protocol?' },
      options: [
        { id: 'HTTP', en: 'HTTP' },
        { id: 'HTTPS', en: 'HTTPS' },
        { id: 'FTP', en: null },
      ],
      key: 1,
      unitCode: 'J.620100.004.02',
      kukRefs: ['1.1', '1.3'],
      images: [],
      notes: [],
    });
    expect(named(result, '2')).toMatchObject({ kind: 'essay', stem: { en: 'Explain DNS.' }, expected: { id: 'Menerjemahkan nama.', en: 'Translates names.' } });
    expect(named(result, '3')).toMatchObject({ kind: 'essay', expected: null });
  });

  it('names each row\'s own type as its Jenis column says it, never by the bank\'s internal kind', () => {
    expect(named(result, '1').originalType).toBe('PG');
    expect(named(result, '2').originalType).toBe('Esai');
    expect(named(result, '3').originalType).toBe('');
    expect(result.refused.find((r) => r.name === '7')?.originalType).toBe('');
    expect(result.refused.find((r) => r.name === '4')?.originalType).toBe('Benar/Salah');
  });

  it('refuses each broken row with its row number and reason, keeping the others', () => {
    expect(result.refused.map((r) => [r.position.row, r.name, r.code, r.params])).toEqual([
      [7, '4', 'BANK_BAD_KIND', { value: 'Benar/Salah' }],
      [8, '5', 'BANK_KIND_MISMATCH', {}],
      [9, '6', 'BANK_NO_OPTIONS', {}],
      [10, '7', 'BANK_NO_KEY', {}],
      [11, '8', 'BANK_KEY_NOT_AN_OPTION', { key: 'F' }],
      [12, '9', 'BANK_CELL_ERROR', { column: 'Pilihan A', value: '#N/A' }],
      [13, '10', 'BANK_FORMULA_NO_VALUE', { column: 'Pilihan A' }],
      [14, '11', 'BANK_NO_STEM', {}],
      [15, '12', 'BANK_OPTION_MISSING', { letter: 'C' }],
    ]);
  });

  it('reads the English template\'s headers too', async () => {
    const english = await read(await workbook('en.xlsx', [{ no: 1, stemId: 'Soal', optionA: 'a', optionB: 'b', key: 'A', kind: 'MC', stemEn: 'Question', optionAEn: 'a', optionBEn: 'b' }], 'en'));
    expect(english.questions.map((q) => [q.stem, q.key])).toEqual([[{ id: 'Soal', en: 'Question' }, 0]]);
  });

  it('refuses a question with a sixth option in an office sheet\'s own F column, instead of dropping the option', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Soal Ujian');
    sheet.addRow(['No', 'Soal', 'A', 'B', 'C', 'D', 'E', 'F', 'Kunci']);
    sheet.addRow([1, 'Enam pilihan, kunci A', '1', '2', '3', '4', '5', '6', 'A']);
    sheet.addRow([2, 'Enam pilihan, kunci F', '1', '2', '3', '4', '5', '6', 'F']);
    sheet.addRow([3, 'Lima pilihan', '1', '2', '3', '4', '5', '', 'E']);
    await book.xlsx.writeFile(path.join(dir, 'enam.xlsx'));
    const result = await read(path.join(dir, 'enam.xlsx'));
    expect(result.refused.map((r) => [r.position.row, r.code, r.params])).toEqual([
      [2, 'BANK_TOO_MANY_OPTIONS', { count: 6, max: 5 }],
      [3, 'BANK_TOO_MANY_OPTIONS', { count: 6, max: 5 }],
    ]);
    expect(result.questions.map((q) => [q.name, q.options.length, q.key])).toEqual([['3', 5, 4]]);
  });

  it('names the columns of an LSP\'s own sheet it does not read, left to right, where their content was dropped without a word', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Bank Soal');
    sheet.addRow(['No.', 'Kode Unit', 'Butir Soal', 'Opsi A', 'Opsi B', 'Kunci Jawaban', 'Keterangan', '', 'Pembuat']);
    sheet.addRow([1, 'J.611000.002.01', 'Port default SSH adalah …', '21', '22', 'B', 'revisi 2023', '', 'Budi']);
    await book.xlsx.writeFile(path.join(dir, 'lsp.xlsx'));
    const result = await read(path.join(dir, 'lsp.xlsx'));
    expect(result.questions.map((q) => [q.name, q.unitCode, q.key])).toEqual([['1', 'J.611000.002.01', 1]]);
    expect(result.ignoredColumns).toEqual([
      { header: 'Keterangan', letter: 'G' },
      { header: 'Pembuat', letter: 'I' },
    ]);
    expect((await read(await workbook('templat.xlsx', [{ no: 1, stemId: 'Soal', optionA: 'a', optionB: 'b', key: 'A' }]))).ignoredColumns).toEqual([]);
  });

  it('refuses a sheet without the question column, and one with no question rows', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('x').addRow(['Nama', 'Alamat']);
    await book.xlsx.writeFile(path.join(dir, 'lain.xlsx'));
    const error = await refusal(path.join(dir, 'lain.xlsx'));
    expect([error.code, error.params]).toEqual(['BANK_FILE_NO_HEADER', { missing: 'Pertanyaan' }]);
    expect((await refusal(await workbook('kosong.xlsx', []))).code).toBe('BANK_FILE_NO_QUESTIONS');
  });
});
