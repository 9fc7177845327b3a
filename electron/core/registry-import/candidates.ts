import type { CandidateInput } from '../../shared/registry';
import { candidatesPage, type After } from '../db/queries/registry-export';
import { candidatesByNiks, type CandidateRow } from '../db/queries/registry-candidates';
import { checkCandidate, inputOf, planCandidateWrite, upsertCandidates } from '../registry/candidates';
import type { SheetSpec } from '../spreadsheets/spec';
import type { RowKind, RowNoteOf, Values } from './kind';
import { likelyNamesakes } from '../registry/candidate-namesakes';
import { keyGuard, PLACE_DATE, SEX_CHOICES, sexOf, textOf } from './columns';

const KEYS = [
  'no',
  'name',
  'nik',
  'birthPlace',
  'birthDate',
  'sex',
  'address',
  'regencyCode',
  'provinceCode',
  'phone',
  'email',
  'educationCode',
  'occupationCode',
  'institution',
] as const;
export type CandidateKey = (typeof KEYS)[number];

/**
 * The BNSP fields of a candidate (asesi). The first header of each column is the template's; the others
 * are what LSP lists and their English versions write. NIK and phone are read as text only: a number
 * cell has already lost digits (the 16th of a NIK, the leading 0 of a phone).
 */
export const CANDIDATE_SPEC: SheetSpec<CandidateKey> = {
  summaryRows: true,
  placeDate: PLACE_DATE,
  columns: [
    { key: 'no', kind: 'integer', headers: ['No', 'No.', 'Nomor', 'No Urut', 'Number'] },
    { key: 'name', kind: 'text', required: true, maxLength: 120, headers: ['Nama Lengkap', 'Nama', 'Nama Peserta', 'Nama Asesi', 'Full Name', 'Name'] },
    {
      key: 'nik',
      kind: 'digits',
      required: true,
      headers: ['NIK', 'No KTP', 'Nomor KTP', 'NIK (No KTP)', 'Nomor Induk Kependudukan', 'National ID', 'National ID Number', 'ID Number'],
    },
    { key: 'birthPlace', kind: 'text', maxLength: 80, headers: ['Tempat Lahir', 'Place of Birth', 'Birthplace'] },
    { key: 'birthDate', kind: 'date', headers: ['Tanggal Lahir', 'Tgl Lahir', 'Date of Birth', 'Birth Date', 'Birthdate'] },
    { key: 'sex', kind: 'enum', choices: SEX_CHOICES, headers: ['L/P', 'Jenis Kelamin', 'JK', 'Sex', 'Gender'] },
    { key: 'address', kind: 'text', headers: ['Alamat', 'Alamat Rumah', 'Address'] },
    { key: 'regencyCode', kind: 'text', maxLength: 4, headers: ['Kode Kabupaten/Kota', 'Kode Kab/Kota', 'Kode Kabupaten', 'Kode Kota', 'Regency Code', 'City Code'] },
    { key: 'provinceCode', kind: 'text', maxLength: 2, headers: ['Kode Provinsi', 'Kode Prov', 'Province Code'] },
    { key: 'phone', kind: 'phone', headers: ['Telepon', 'No HP', 'Nomor HP', 'No Telp', 'Telp', 'HP', 'No WA', 'Phone', 'Phone Number', 'Mobile'] },
    { key: 'email', kind: 'email', headers: ['E-mail', 'Email', 'Surel', 'Alamat Email', 'E-mail Address'] },
    { key: 'educationCode', kind: 'text', maxLength: 10, headers: ['Kode Pendidikan', 'Pendidikan', 'Pendidikan Terakhir', 'Education Code', 'Education'] },
    { key: 'occupationCode', kind: 'text', maxLength: 10, headers: ['Kode Pekerjaan', 'Pekerjaan', 'Occupation Code', 'Occupation'] },
    { key: 'institution', kind: 'text', maxLength: 200, headers: ['Institusi', 'Lembaga', 'Instansi', 'Asal Sekolah', 'Asal Lembaga', 'Institution', 'School'] },
  ],
};

const fieldKey = keyGuard(KEYS.filter((k) => k !== 'no'));

/** A column's value, or the record's where the file has no such column. */
function pick<K extends string>(values: Values<K>, present: ReadonlySet<K>, key: K, kept: string | null | undefined): string | null {
  return present.has(key) ? textOf(values[key]) : (kept ?? null);
}

/** A record as template cells (the photo stays out: it is a file, not a cell). */
function exportRow(r: CandidateRow): Partial<Values<CandidateKey>> {
  const { photoSha256: _photo, ...cells } = inputOf(r);
  return cells;
}

export const candidateKind: RowKind<CandidateKey, CandidateInput> = {
  kind: 'candidates',
  spec: CANDIDATE_SPEC,
  templateKeys: KEYS,
  textKeys: new Set(['nik', 'phone', 'regencyCode', 'provinceCode', 'educationCode', 'occupationCode']),
  fileKeys: ['nik'],
  existing: (db, lspId, rows) => {
    const niks = rows.map((values) => textOf(values.nik));
    const found = candidatesByNiks(db, lspId, niks.filter((nik) => nik !== null));
    return niks.map((nik) => {
      const row = nik === null ? undefined : found.get(nik);
      return row ? inputOf(row) : null;
    });
  },
  toInput: (values, present, kept) => ({
    name: textOf(values.name) ?? '',
    nik: textOf(values.nik) ?? '',
    birthPlace: pick(values, present, 'birthPlace', kept?.birthPlace),
    birthDate: pick(values, present, 'birthDate', kept?.birthDate),
    sex: present.has('sex') ? sexOf(values.sex) : (kept?.sex ?? null),
    address: pick(values, present, 'address', kept?.address),
    regencyCode: pick(values, present, 'regencyCode', kept?.regencyCode),
    provinceCode: pick(values, present, 'provinceCode', kept?.provinceCode),
    phone: pick(values, present, 'phone', kept?.phone),
    email: pick(values, present, 'email', kept?.email),
    educationCode: pick(values, present, 'educationCode', kept?.educationCode),
    occupationCode: pick(values, present, 'occupationCode', kept?.occupationCode),
    institution: pick(values, present, 'institution', kept?.institution),
    // No sheet carries the photo: the record keeps its own.
    photoSha256: kept?.photoSha256 ?? null,
  }),
  listNotes: (db, lspId, rows) => {
    const found = likelyNamesakes(db, lspId, rows.map(({ input }) => ({ name: input.name, nik: input.nik.replace(/\s+/g, ''), birthDate: input.birthDate })));
    return found.map(({ record, other }): RowNoteOf<CandidateKey>[] => [
      ...(record ? [{ key: 'nik' as const, code: 'likely_duplicate_record' as const, params: { name: record.name, nik: record.nik, participantNo: record.participant_no } }] : []),
      ...(other !== null ? [{ key: 'nik' as const, code: 'likely_duplicate_row' as const, params: { row: String(rows[other].row), nik: rows[other].input.nik } }] : []),
    ]);
  },
  check: (_db, _lspId, input, today) => checkCandidate(input, today).checks.issues,
  normalize: (_db, _lspId, input, today) => checkCandidate(input, today).value,
  preview: planCandidateWrite,
  upsert: upsertCandidates,
  keyOfField: fieldKey,
  exportPages: function* (db, lspId) {
    let after: After = null;
    for (;;) {
      const rows = candidatesPage(db, lspId, after, 1000);
      if (rows.length === 0) return;
      yield rows.map(exportRow);
      const last = rows[rows.length - 1];
      after = { name: last.name, id: last.id };
    }
  },
};
