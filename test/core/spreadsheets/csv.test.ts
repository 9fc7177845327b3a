import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CANDIDATE_SPEC } from '../../bench/support/xlsx-candidates';
import { collect, refusal, tempDir } from './files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function csv(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('readRows: CSV', () => {
  it('reads comma-separated UTF-8 with a byte-order mark, quoted fields and a title line', async () => {
    const file = csv(
      'comma.csv',
      '\uFEFFDaftar Peserta,,,\r\n' +
        'No,Nama Lengkap,NIK,Tempat Lahir,Tanggal Lahir,L/P\r\n' +
        '1,"Rahma, Siti",3273011708950001,"Kota ""Kembang"" Bandung",17/08/1995,P\r\n' +
        '2,Dewi Ayu Ṡ,3273011708950002,Jayapura,17 Agustus 1995,Perempuan\r\n' +
        ',,,,,\r\n',
    );
    const rows = await collect(file, CANDIDATE_SPEC);
    expect(rows.map((r) => [r.row, r.values.name, r.values.nik, r.values.birthPlace, r.values.birthDate, r.values.sex])).toEqual([
      [3, 'Rahma, Siti', '3273011708950001', 'Kota "Kembang" Bandung', '1995-08-17', 'P'],
      [4, 'Dewi Ayu Ṡ', '3273011708950002', 'Jayapura', '1995-08-17', 'P'],
    ]);
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
  });

  it('finds the semicolon Excel writes where the decimal separator is a comma', async () => {
    const file = csv('semicolon.csv', 'Nama;NIK;Tempat Lahir\nBudi, S.Kom;3273011708950001;Bandung\n');
    const [row] = await collect(file, CANDIDATE_SPEC);
    expect(row.values).toMatchObject({ name: 'Budi, S.Kom', nik: '3273011708950001', birthPlace: 'Bandung' });
  });

  it('reads the Latin-1 text of a plain "CSV (Comma delimited)" save', async () => {
    const file = csv('latin1.csv', Buffer.from('Nama,NIK\nJosé Ramos-Horta,3273011708950001\n', 'latin1'));
    expect((await collect(file, CANDIDATE_SPEC))[0].values.name).toBe('José Ramos-Horta');
  });

  it('refuses a NIK or phone Excel already wrote in scientific notation as the number it was, not as a stray letter', async () => {
    const [row] = await collect(csv('sci.csv', 'Nama,NIK\nSiti,3.27301E+15\n'), CANDIDATE_SPEC);
    // SHEET_NUMBER_NOT_TEXT says why (Excel kept 15 digits) and what to do; SHEET_NOT_DIGITS said "only digits".
    expect(row.problems.map((p) => p.code)).toEqual(['SHEET_NUMBER_NOT_TEXT']);
    // Where the decimal separator is a comma, with a phone saved the same way.
    const [comma] = await collect(csv('sci-comma.csv', 'Nama;NIK;No HP\nSiti;3,27301E+15;8,12346E+10\n'), CANDIDATE_SPEC);
    expect(comma.problems.map((p) => [p.key, p.code])).toEqual([
      ['nik', 'SHEET_NUMBER_NOT_TEXT'],
      ['phone', 'SHEET_NUMBER_NOT_TEXT'],
    ]);
  });

  it('refuses text without the header, and counts rows against the cap', async () => {
    const none = await refusal(csv('letter.csv', 'Dear LSP,\nplease find attached.\n'), CANDIDATE_SPEC);
    expect(none.code).toBe('SHEET_NO_HEADER');
    const many = csv('many.csv', `Nama,NIK\n${'Siti,3273011708950001\n'.repeat(12)}`);
    const error = await refusal(many, CANDIDATE_SPEC, { maxRows: 10 });
    expect([error.code, error.params, error.rowsBefore]).toEqual(['SHEET_TOO_MANY_ROWS', { cap: 10 }, 10]);
  });

  it('refuses a record that never ends (an unclosed quote) as damaged, after the rows before it', async () => {
    const file = csv('unclosed.csv', `Nama,NIK\nSiti,3273011708950001\n"Budi,${'x'.repeat(1024 * 1024)}\n`);
    const error = await refusal(file, CANDIDATE_SPEC);
    expect([error.code, error.rowsBefore]).toEqual(['SHEET_DAMAGED', 1]);
  });

  it('refuses UTF-16 text as not a spreadsheet (its zero bytes)', async () => {
    const file = csv('utf16.csv', Buffer.from('\uFEFFNama\tNIK\r\nSiti\t3273011708950001\r\n', 'utf16le'));
    expect((await refusal(file, CANDIDATE_SPEC)).code).toBe('SHEET_NOT_SPREADSHEET');
  });
});
