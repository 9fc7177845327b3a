import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readRows } from '../../../electron/core/spreadsheets/read';
import type { SheetHeader, SheetRow, SheetSpec } from '../../../electron/core/spreadsheets/spec';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { CANDIDATE_HEADERS, CANDIDATE_SPEC, candidateRow, writeCandidateFile, type CandidateKey } from '../../bench/support/xlsx-candidates';
import { collect, refusal, sheetFile, tempDir, workbookFile, writeZip, zipParts } from './files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NIK = '3273011708950001';

describe('readRows: finding the header', () => {
  it('finds a header below a merged title and blank rows, skips an empty No column and trailing empty rows', async () => {
    const file = await workbookFile(dir, 'title.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Peserta');
      sheet.addRow(['DAFTAR PESERTA UJI KOMPETENSI SKEMA JUNIOR WEB PROGRAMMER']);
      sheet.mergeCells('A1:H1');
      sheet.addRow(['LSP Demo Teknologi Informasi']);
      sheet.mergeCells('A2:H2');
      sheet.addRow([]);
      sheet.addRow([...CANDIDATE_HEADERS]);
      sheet.addRow([null, 'Siti Rahma', NIK, 'Bandung', '17/08/1995', 'P', '081234567890', 'siti@contoh.co.id']);
      sheet.addRow([null, 'Budi Santoso', '3273011708950002', 'Jayapura', '1 Januari 2000', 'L', '', '']);
      for (let i = 0; i < 5; i++) sheet.addRow([]);
      // Formatted but empty rows, as left behind by a deleted block.
      sheet.getRow(14).getCell(2).numFmt = '@';
      sheet.getRow(15).getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const rows = await collect(file, CANDIDATE_SPEC);
    expect(rows.map((r) => r.row)).toEqual([5, 6]);
    expect(rows[0].values).toEqual({
      no: null,
      name: 'Siti Rahma',
      nik: NIK,
      birthPlace: 'Bandung',
      birthDate: '1995-08-17',
      sex: 'P',
      phone: '081234567890',
      email: 'siti@contoh.co.id',
    });
    expect(rows[0].problems).toEqual([]);
    expect(rows[1].values).toMatchObject({ name: 'Budi Santoso', birthDate: '2000-01-01', sex: 'L', phone: null, email: null });
  });

  it('matches English, reordered and oddly written headers and ignores extra columns', async () => {
    const file = await sheetFile(dir, 'english.xlsx', [
      ['Remarks', 'E-MAIL', 'national_id', 'FULL  NAME', 'Gender', 'date of birth', 'Phone', 'Tgl. Ujian'],
      ['ok', 'a@b.co', NIK, 'Ani', 'Female', '1995-08-17', '+62 812-3456-7890', 'besok'],
    ]);
    const headers: SheetHeader<CandidateKey>[] = [];
    const rows = [];
    for await (const row of readRows(file, CANDIDATE_SPEC, {}, (h) => headers.push(h))) rows.push(row);
    expect(rows[0].values).toMatchObject({ name: 'Ani', nik: NIK, sex: 'P', birthDate: '1995-08-17', phone: '+6281234567890', email: 'a@b.co' });
    expect(rows[0].problems).toEqual([]);
    // What the file has, so an update can leave the fields of absent columns alone.
    expect(headers).toEqual([
      {
        row: 1,
        sheet: 'Data',
        columns: [
          { key: 'name', header: 'FULL NAME', letter: 'D' },
          { key: 'nik', header: 'national_id', letter: 'C' },
          { key: 'birthDate', header: 'date of birth', letter: 'F' },
          { key: 'sex', header: 'Gender', letter: 'E' },
          { key: 'phone', header: 'Phone', letter: 'G' },
          { key: 'email', header: 'E-MAIL', letter: 'B' },
        ],
        absent: ['no', 'birthPlace'],
        // Named, so the preview can say which of the file's columns nothing reads.
        ignored: [
          { header: 'Remarks', letter: 'A' },
          { header: 'Tgl. Ujian', letter: 'H' },
        ],
      },
    ]);
  });

  it('matches headers whatever their case, spacing and punctuation', async () => {
    const spec: SheetSpec<'met'> = { columns: [{ key: 'met', kind: 'text', headers: ['No. Reg MET'], required: true }] };
    for (const header of ['No. Reg MET', 'no reg met', 'NO_REG_MET', ' No.Reg.MET ', 'No Reg. Met']) {
      const file = await sheetFile(dir, 'met.xlsx', [[header], ['MET.000.001234 2019']]);
      expect((await collect(file, spec))[0].values.met, header).toBe('MET.000.001234 2019');
    }
  });

  it('refuses a sheet without the required columns, naming the missing ones', async () => {
    const file = await sheetFile(dir, 'no-nik.xlsx', [['Judul'], ['No', 'Nama', 'Alamat'], [1, 'Siti', 'Jl. Merdeka']]);
    const error = await refusal(file, CANDIDATE_SPEC);
    expect(error.code).toBe('SHEET_NO_HEADER');
    expect(error.params).toEqual({ missing: 'NIK' });
    const none = await refusal(await sheetFile(dir, 'nothing.xlsx', [['a', 'b'], [1, 2]]), CANDIDATE_SPEC);
    expect(none.params).toEqual({ missing: 'Nama Lengkap, NIK' });
  });

  it('searches only the first rows for the header', async () => {
    const rows: unknown[][] = Array.from({ length: 5 }, (_, i) => [`catatan ${i}`]);
    rows.push(['Nama', 'NIK'], ['Siti', NIK]);
    const file = await sheetFile(dir, 'deep.xlsx', rows);
    expect((await collect(file, CANDIDATE_SPEC, { headerSearchRows: 6 })).length).toBe(1);
    expect((await refusal(file, CANDIDATE_SPEC, { headerSearchRows: 5 })).code).toBe('SHEET_NO_HEADER');
  });

  it('looks for the header on the later sheets when the first has none, and names the sheet it was found on', async () => {
    const file = await workbookFile(dir, 'later-sheet.xlsx', (workbook) => {
      workbook.addWorksheet('Rekap').addRows([['Rekap peserta per TUK'], ['TUK SMK 1', 20]]);
      workbook.addWorksheet('Kosong');
      workbook.addWorksheet('Peserta').addRows([['DAFTAR PESERTA'], ['Nama', 'NIK'], ['Siti', NIK]]);
      workbook.addWorksheet('Cadangan').addRows([['Nama', 'NIK'], ['Bukan ini', NIK]]);
    });
    const headers: SheetHeader<CandidateKey>[] = [];
    const rows: SheetRow<CandidateKey>[] = [];
    for await (const row of readRows(file, CANDIDATE_SPEC, {}, (h) => headers.push(h))) rows.push(row);
    expect(rows.map((r) => [r.row, r.values.name])).toEqual([[3, 'Siti']]);
    expect(headers.map((h) => [h.sheet, h.row])).toEqual([['Peserta', 2]]);
    // No sheet with the header: refused naming the columns missing, as for one sheet.
    const none = await workbookFile(dir, 'no-sheet.xlsx', (workbook) => {
      workbook.addWorksheet('Rekap').addRows([['Rekap']]);
      workbook.addWorksheet('Lain').addRows([['Nama', 'Alamat'], ['Siti', 'Jl. Merdeka']]);
    });
    expect(await refusal(none, CANDIDATE_SPEC)).toMatchObject({ code: 'SHEET_NO_HEADER', params: { missing: 'NIK' } });
  });

  it('looks in the first maxSheets sheets only, and says so when the list may be on a later one', async () => {
    const file = await workbookFile(dir, 'many-sheets.xlsx', (workbook) => {
      for (let i = 1; i <= 12; i++) workbook.addWorksheet(`Kosong ${i}`);
      workbook.addWorksheet('Peserta').addRows([['Nama', 'NIK'], ['Siti', NIK]]);
    });
    // The 13th sheet is past the default cap of 10: refused naming the cap, in both languages.
    const error = await refusal(file, CANDIDATE_SPEC);
    expect(error).toMatchObject({ code: 'SHEET_NO_HEADER_SHEETS', params: { cap: 10, missing: 'Nama Lengkap, NIK' } });
    expect(errorText({ code: error.code, messageKey: `errors.${error.code}`, params: error.params }, 'id')).toContain('10 lembar pertama');
    expect(errorText({ code: error.code, messageKey: `errors.${error.code}`, params: error.params }, 'en')).toContain('first 10 sheets');
    expect((await refusal(file, CANDIDATE_SPEC, { maxSheets: 12 })).code).toBe('SHEET_NO_HEADER_SHEETS');
    expect((await collect(file, CANDIDATE_SPEC, { maxSheets: 13 }))[0].values.name).toBe('Siti');
    // Within the cap nothing changes: a workbook of exactly maxSheets sheets without the header is refused as before.
    const within = await workbookFile(dir, 'ten-sheets.xlsx', (workbook) => {
      for (let i = 1; i <= 10; i++) workbook.addWorksheet(`Lain ${i}`).addRows([['Nama', 'Alamat']]);
    });
    expect(await refusal(within, CANDIDATE_SPEC)).toMatchObject({ code: 'SHEET_NO_HEADER', params: { missing: 'NIK' } });
  });

  it("parses the workbook's shared strings and styles once however many header-less sheets come before the list, whatever order its parts are packed in", async () => {
    const source = await workbookFile(dir, 'notes-first.xlsx', (workbook) => {
      for (const name of ['Petunjuk', 'Rekap', 'Catatan']) workbook.addWorksheet(name).addRows([[`Lembar ${name}`], ['TUK SMK 1', 'isian bebas']]);
      const list = workbook.addWorksheet('Peserta');
      list.addRows([['DAFTAR PESERTA'], ['Nama', 'NIK', 'Tanggal Lahir'], ['Siti Rahmawati', NIK, new Date(Date.UTC(1995, 7, 17))], ['Budi Santoso', '3273011708950002', null]]);
      // A date cell: read as a date only through the styles parsed with the first sheet looked in.
      list.getCell('C3').numFmt = 'dd/mm/yyyy';
    });
    const { default: ExcelJS } = await import('exceljs');
    const reader = ExcelJS.stream.xlsx.WorkbookReader.prototype;
    const sharedStrings = vi.spyOn(reader as unknown as Record<'_parseSharedStrings', () => unknown>, '_parseSharedStrings');
    const styles = vi.spyOn(reader as unknown as Record<'_parseStyles', () => unknown>, '_parseStyles');
    try {
      const parts = await zipParts(source);
      // As written, then with the worksheets first and the shared strings and workbook part last (as other writers pack them).
      const last = (name: string) => (name === 'xl/workbook.xml' || name === 'xl/sharedStrings.xml' ? 2 : name.startsWith('xl/worksheets/') ? 0 : 1);
      for (const file of [source, await writeZip(path.join(dir, 'notes-first-reordered.xlsx'), [...parts].sort((a, b) => last(a.name) - last(b.name)))]) {
        sharedStrings.mockClear();
        styles.mockClear();
        const headers: SheetHeader<CandidateKey>[] = [];
        const rows: SheetRow<CandidateKey>[] = [];
        for await (const row of readRows(file, CANDIDATE_SPEC, {}, (h) => headers.push(h))) rows.push(row);
        expect(headers.map((h) => [h.sheet, h.row])).toEqual([['Peserta', 2]]);
        expect(rows.map((r) => [r.row, r.values.name, r.values.nik, r.values.birthDate])).toEqual([
          [3, 'Siti Rahmawati', NIK, '1995-08-17'],
          [4, 'Budi Santoso', '3273011708950002', null],
        ]);
        // Four sheets looked in, each part parsed once: it was four times each.
        expect([sharedStrings.mock.calls.length, styles.mock.calls.length]).toEqual([1, 1]);
      }
    } finally {
      sharedStrings.mockRestore();
      styles.mockRestore();
    }
  });

  it('reads the named worksheet, or the first one; a missing name is refused', async () => {
    const file = await workbookFile(dir, 'sheets.xlsx', (workbook) => {
      workbook.addWorksheet('Petunjuk').addRows([['Isi lembar Peserta'], ['Nama', 'NIK'], ['Bukan peserta', NIK]]);
      workbook.addWorksheet('Peserta').addRows([['Nama', 'NIK'], ['Siti', NIK]]);
    });
    expect((await collect(file, CANDIDATE_SPEC))[0].values.name).toBe('Bukan peserta');
    expect((await collect(file, { ...CANDIDATE_SPEC, sheetName: 'Peserta' }))[0].values.name).toBe('Siti');
    const error = await refusal(file, { ...CANDIDATE_SPEC, sheetName: 'Asesor' });
    expect(error.code).toBe('SHEET_NO_WORKSHEET');
    expect(error.params).toEqual({ name: 'Asesor' });
  });

  it('reads a workbook whatever order its parts are packed in', async () => {
    const source = await workbookFile(dir, 'order-source.xlsx', (workbook) => {
      workbook.addWorksheet('Petunjuk').addRows([['Nama', 'NIK'], ['Bukan peserta', NIK]]);
      workbook.addWorksheet('Peserta').addRows([['Nama', 'NIK'], ['Siti', NIK]]);
    });
    const parts = await zipParts(source);
    const rank = (name: string) => (name === 'xl/workbook.xml' ? 3 : name.startsWith('xl/worksheets/') ? 2 : name === 'xl/sharedStrings.xml' || name.includes('_rels') ? 0 : 1);
    for (const order of [(a: string, b: string) => rank(a) - rank(b), (a: string, b: string) => rank(b) - rank(a)]) {
      const file = await writeZip(path.join(dir, 'order.xlsx'), [...parts].sort((a, b) => order(a.name, b.name)));
      expect((await collect(file, { ...CANDIDATE_SPEC, sheetName: 'Peserta' }))[0].values.name).toBe('Siti');
      expect((await collect(file, CANDIDATE_SPEC))[0].values.name).toBe('Bukan peserta');
    }
  });

  it('refuses a sheet with a header and no data rows, and one with nothing at all', async () => {
    expect((await refusal(await sheetFile(dir, 'header-only.xlsx', [['Nama', 'NIK'], [], []]), CANDIDATE_SPEC)).code).toBe('SHEET_EMPTY');
    expect((await refusal(await sheetFile(dir, 'blank.xlsx', []), CANDIDATE_SPEC)).code).toBe('SHEET_EMPTY');
  });
});

describe('readRows: cells', () => {
  it('reads rich text, hyperlinks and pasted formatting as plain text, spaces collapsed', async () => {
    const file = await workbookFile(dir, 'rich.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Nama', 'NIK', 'E-mail', 'Tempat Lahir']);
      const row = sheet.addRow([
        { richText: [{ text: 'Siti ', font: { bold: true } }, { text: ' Rahma', font: { italic: true, color: { argb: 'FFFF0000' } } }] },
        { richText: [{ text: '3273011708' }, { text: '950001', font: { bold: true } }] },
        { text: 'siti@contoh.co.id', hyperlink: 'mailto:siti@contoh.co.id' },
        '\u00a0Kota\u200b\nBandung\t ',
      ]);
      row.font = { name: 'Comic Sans MS', size: 20 };
      row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const [row] = await collect(file, CANDIDATE_SPEC);
    expect(row.values).toMatchObject({ name: 'Siti Rahma', nik: NIK, email: 'siti@contoh.co.id', birthPlace: 'Kota Bandung' });
    expect(row.problems).toEqual([]);
  });

  it('uses a formula\'s saved result, and refuses one saved without it or with an error', async () => {
    const file = await workbookFile(dir, 'formulas.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['No', 'Nama', 'NIK', 'Tanggal Lahir', 'Tempat Lahir']);
      sheet.addRow([{ formula: '1', result: 1 }, { formula: 'PROPER("siti rahma")', result: 'Siti Rahma' }, NIK, { formula: 'DATE(1995,8,17)', result: 34928 }, 'Bandung']);
      sheet.addRow([{ formula: 'A2+1' }, 'Budi', '3273011708950002', '17/08/1995', { formula: 'VLOOKUP(B3,X:Y,2,0)', result: { error: '#N/A' } }]);
      sheet.addRow([3, 'Ani', '3273011708950003', { error: '#REF!' }, 'Bandung']);
    });
    const [first, second, third] = await collect(file, CANDIDATE_SPEC);
    expect(first.values).toMatchObject({ no: 1, name: 'Siti Rahma', birthDate: '1995-08-17' });
    expect(first.problems).toEqual([]);
    // exceljs drops a saved error result as it drops a missing one: both are a formula without a value.
    expect(second.problems.map((p) => [p.key, p.code])).toEqual([
      ['no', 'SHEET_FORMULA_NO_VALUE'],
      ['birthPlace', 'SHEET_FORMULA_NO_VALUE'],
    ]);
    expect(third.problems).toEqual([{ column: 'Tanggal Lahir', key: 'birthDate', code: 'SHEET_CELL_ERROR', params: { value: '#REF!' } }]);
    expect(second.raw.no).toBe('=A2+1');
    expect(second.values.no).toBeNull();
  });

  it('reads every date form: serial numbers, date cells and text', async () => {
    const file = await workbookFile(dir, 'dates.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Nama', 'NIK', 'Tanggal Lahir']);
      const forms: unknown[] = [
        34928,
        new Date(Date.UTC(1995, 7, 17)),
        '17/08/1995',
        '17-08-1995',
        '17.08.1995',
        '1995-08-17',
        '17 Agustus 1995',
        '17 Agu 1995',
        '17 August 1995',
      ];
      forms.forEach((form, i) => sheet.addRow([`Peserta ${i}`, NIK, form]));
      sheet.getCell('C3').numFmt = 'dd/mm/yyyy';
      sheet.addRow(['Salah', NIK, '31/02/1995']);
      sheet.addRow(['Salah', NIK, 60]);
      sheet.addRow(['Salah', NIK, '31-02-1993']);
      sheet.addRow(['Salah', NIK, '31 Februari 1993']);
      sheet.addRow(['Salah', NIK, '31.02.1993']);
      sheet.addRow(['Salah', NIK, '17/08']);
      // Month first, as an English-locale Excel writes it: said so, with the day it means.
      sheet.addRow(['Salah', NIK, '08/17/1995']);
      // Month first too, but 2/29/1995 is no day either way: a day the calendar lacks.
      sheet.addRow(['Salah', NIK, '02/29/1995']);
    });
    const rows = await collect(file, CANDIDATE_SPEC);
    expect(rows.slice(0, 9).map((r) => [r.values.birthDate, r.problems])).toEqual(Array.from({ length: 9 }, () => ['1995-08-17', []]));
    // As the preview and the refused-rows file show them: a date cell or a serial as an Indonesian sheet shows a date, text as typed.
    expect(rows.slice(0, 3).map((r) => r.raw.birthDate)).toEqual(['17/08/1995', '17/08/1995', '17/08/1995']);
    expect(rows[6].raw.birthDate).toBe('17 Agustus 1995');
    // A day the calendar lacks, whatever the separator, is said to be so; what is not written as a day gets the format advice.
    expect(rows.slice(9, 15).map((r) => r.problems.map((p) => p.code))).toEqual([['SHEET_NO_SUCH_DAY'], ['SHEET_BAD_DATE'], ['SHEET_NO_SUCH_DAY'], ['SHEET_NO_SUCH_DAY'], ['SHEET_NO_SUCH_DAY'], ['SHEET_BAD_DATE']]);
    expect(rows[15].problems).toEqual([{ column: 'Tanggal Lahir', key: 'birthDate', code: 'SHEET_MONTH_FIRST', params: { month: 17, day: '17/08/1995' } }]);
    expect(errorText({ code: 'SHEET_MONTH_FIRST', messageKey: 'errors.SHEET_MONTH_FIRST', params: rows[15].problems[0].params }, 'id')).toBe(
      'Tanggal dibaca dengan hari lebih dulu (hari/bulan/tahun), dan bulan ke-17 tidak ada: tanggal ini tampaknya ditulis dengan bulan lebih dulu. Bila yang dimaksud 17/08/1995, tulis begitu di berkas, lalu impor lagi. Periksa juga tanggal lain di berkas ini: yang harinya 12 atau kurang dibaca dengan hari lebih dulu.',
    );
    expect(rows[16].problems.map((p) => p.code)).toEqual(['SHEET_NO_SUCH_DAY']);
    // A serial no calendar has stays the number it is, beside its refusal.
    expect(rows[10].raw.birthDate).toBe('60');
  });

  it("shows a serial of a 1904 workbook as the day it reads as there, not the 1900 system's", async () => {
    const file = await workbookFile(dir, 'dates-1904.xlsx', (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Nama', 'NIK', 'Tanggal Lahir']);
      // 33466 days after 1904-01-01 is 1995-08-17 (34928 in the 1900 system).
      sheet.addRow(['Mac', NIK, 33466]);
    });
    const [row] = await collect(file, CANDIDATE_SPEC);
    expect([row.values.birthDate, row.raw.birthDate]).toEqual(['1995-08-17', '17/08/1995']);
  });

  it('refuses a NIK stored as a number, never repairing it, and reads one stored as text', async () => {
    const file = await workbookFile(dir, 'nik.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Nama', 'NIK', 'Telepon']);
      // What Excel keeps of 3273011708950001 typed into a General cell: 15 significant digits.
      sheet.addRow(['Angka', 3273011708950000, '0812 3456 7890']);
      sheet.addRow(['Teks', NIK, 81234567890]);
      sheet.addRow(['Pendek', '327301170895', '(021) 555-1234']);
      sheet.addRow(['Huruf', '3.27301E+15', 'kantor']);
      sheet.addRow(['Panjang', '1'.repeat(600), '0812']);
    });
    const rows = await collect(file, CANDIDATE_SPEC);
    expect(rows[0].values.nik).toBeNull();
    expect(rows[0].raw.nik).toBe('3273011708950000');
    expect(rows[0].problems).toEqual([{ column: 'NIK', key: 'nik', code: 'SHEET_NUMBER_NOT_TEXT', params: {} }]);
    expect(rows[0].values.phone).toBe('081234567890');
    expect(rows[1].values.nik).toBe(NIK);
    expect(rows[1].problems).toEqual([{ column: 'Telepon', key: 'phone', code: 'SHEET_NUMBER_NOT_TEXT', params: {} }]);
    expect(rows[2].problems.map((p) => [p.code, p.params])).toEqual([['SHEET_DIGITS_LENGTH', { length: 16 }]]);
    expect(rows[2].values.phone).toBe('0215551234');
    // A NIK as Excel shows a number it cut, copied in as text: the number it was, not a stray letter.
    expect(rows[3].problems.map((p) => p.code)).toEqual(['SHEET_NUMBER_NOT_TEXT', 'SHEET_BAD_PHONE']);
    expect(rows[4].problems.map((p) => [p.code, p.params])).toEqual([['SHEET_TOO_LONG', { max: 500 }], ['SHEET_BAD_PHONE', {}]]);
  });

  it('keeps letters beyond ASCII whole wherever the unpacked parts are cut into chunks', async () => {
    // Thousands of distinct names make the shared strings and the sheet span many chunks of the zip stream.
    const names = Array.from({ length: 3000 }, (_, i) => `Ṡiti Ñur Ẓahra Ö ${i} — 日本 ${'é'.repeat(1 + (i % 7))}`);
    const file = await workbookFile(dir, 'unicode.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Nama', 'NIK', 'Tempat Lahir']);
      names.forEach((name, i) => sheet.addRow([name, NIK, `Kotá ${i} ✓`]));
    });
    const rows = await collect(file, CANDIDATE_SPEC);
    expect(rows.map((r) => r.values.name)).toEqual(names);
    expect(rows.every((r, i) => r.values.birthPlace === `Kotá ${i} ✓`)).toBe(true);
  });

  it('names each problem with the header as the file writes it', async () => {
    const file = await sheetFile(dir, 'problems.xlsx', [
      ['NO.', 'nama lengkap', 'No KTP', 'Jenis Kelamin', 'Surel'],
      ['satu', '', NIK, 'X', 'bukan-email'],
      [2, 'A'.repeat(101), NIK, 'laki laki', 'a@b.co'],
    ]);
    const [first, second] = await collect(file, CANDIDATE_SPEC);
    expect(first.problems).toEqual([
      { column: 'NO.', key: 'no', code: 'SHEET_NOT_INTEGER', params: {} },
      { column: 'nama lengkap', key: 'name', code: 'SHEET_REQUIRED', params: {} },
      { column: 'Jenis Kelamin', key: 'sex', code: 'SHEET_BAD_CHOICE', params: { choices: 'L, P' } },
      { column: 'Surel', key: 'email', code: 'SHEET_BAD_EMAIL', params: {} },
    ]);
    expect(second.problems).toEqual([{ column: 'nama lengkap', key: 'name', code: 'SHEET_TOO_LONG', params: { max: 100 } }]);
    expect(second.values.sex).toBe('L');
  });
});

describe('readRows: size', () => {
  it('stops at the row cap and says the cap', async () => {
    const file = path.join(dir, 'cap.xlsx');
    await writeCandidateFile(file, 30);
    const error = await refusal(file, CANDIDATE_SPEC, { maxRows: 25 });
    expect(error.code).toBe('SHEET_TOO_MANY_ROWS');
    expect(error.params).toEqual({ cap: 25 });
    expect(error.rowsBefore).toBe(25);
    expect(errorText(error.toApiError(), 'id')).toContain('lebih dari 25 baris data');
    expect(errorText(error.toApiError(), 'en')).toContain('more than 25 data rows');
    expect((await collect(file, CANDIDATE_SPEC, { maxRows: 30 })).length).toBe(30);
  });

  it('reads 10,000 rows, each as written', async () => {
    const file = path.join(dir, 'ten-thousand.xlsx');
    await writeCandidateFile(file, 10_000);
    let count = 0;
    for (const row of await collect(file, CANDIDATE_SPEC)) {
      const written = candidateRow(count);
      expect(row.row).toBe(count + 4);
      expect(row.problems).toEqual([]);
      expect([row.values.no, row.values.name, row.values.nik, row.values.sex, row.values.phone]).toEqual([written[0], written[1], written[2], written[5], written[6]]);
      count++;
    }
    expect(count).toBe(10_000);
  });
});
