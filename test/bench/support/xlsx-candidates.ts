// A candidate-like sheet for the spreadsheet tests and benches (and the later import bench): the
// columns LSP candidate lists carry, written the way real files come (a title row above the header, a
// "No" column, NIK and phone as Text), by exceljs's streaming writer so 10,000+ rows stay cheap.
import ExcelJS from 'exceljs';
import type { SheetSpec } from '../../../electron/core/spreadsheets/spec';

export const CANDIDATE_KEYS = ['no', 'name', 'nik', 'birthPlace', 'birthDate', 'sex', 'phone', 'email'] as const;
export type CandidateKey = (typeof CANDIDATE_KEYS)[number];

export const CANDIDATE_SPEC: SheetSpec<CandidateKey> = {
  columns: [
    { key: 'no', kind: 'integer', headers: ['No', 'Nomor', 'No.'] },
    { key: 'name', kind: 'text', headers: ['Nama Lengkap', 'Nama', 'Full Name', 'Name'], required: true, maxLength: 100 },
    { key: 'nik', kind: 'digits', length: 16, headers: ['NIK', 'No KTP', 'National ID', 'NIK (No KTP)'], required: true },
    { key: 'birthPlace', kind: 'text', headers: ['Tempat Lahir', 'Place of Birth'] },
    { key: 'birthDate', kind: 'date', headers: ['Tanggal Lahir', 'Tgl Lahir', 'Date of Birth', 'Birth Date'] },
    {
      key: 'sex',
      kind: 'enum',
      headers: ['L/P', 'Jenis Kelamin', 'Sex', 'Gender'],
      choices: { L: ['L', 'Laki-laki', 'Laki laki', 'Pria', 'M', 'Male'], P: ['P', 'Perempuan', 'Wanita', 'F', 'Female'] },
    },
    { key: 'phone', kind: 'phone', headers: ['Telepon', 'No HP', 'No. Telp', 'Phone'] },
    { key: 'email', kind: 'email', headers: ['E-mail', 'Email', 'Surel'] },
  ],
};

export const CANDIDATE_HEADERS = ['No', 'Nama Lengkap', 'NIK', 'Tempat Lahir', 'Tanggal Lahir', 'L/P', 'Telepon', 'E-mail'] as const;

/** Row i of a generated list: distinct NIKs, a spread of birth days, both sexes. */
export function candidateRow(i: number): (string | number)[] {
  const day = 1 + (i % 28);
  const month = 1 + (i % 12);
  return [
    i + 1,
    `Peserta Uji Kompetensi ${i + 1}`,
    String(3273010000000000 + i),
    i % 3 === 0 ? 'Bandung' : 'Jayapura',
    `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${1980 + (i % 25)}`,
    i % 2 ? 'P' : 'L',
    `0812${String(10_000_000 + i)}`,
    `peserta${i + 1}@contoh.co.id`,
  ];
}

/** Streams `count` candidate rows (`rowOf`, same columns) below a title row and a blank row; NIK and phone columns as Text. */
export async function writeCandidateFile(file: string, count: number, rowOf: (i: number) => (string | number)[] = candidateRow): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Peserta');
  sheet.getColumn(3).numFmt = '@';
  sheet.getColumn(7).numFmt = '@';
  sheet.addRow(['DAFTAR PESERTA UJI KOMPETENSI']).commit();
  sheet.addRow([]).commit();
  sheet.addRow([...CANDIDATE_HEADERS]).commit();
  for (let i = 0; i < count; i++) sheet.addRow(rowOf(i)).commit();
  sheet.commit();
  await workbook.commit();
}
