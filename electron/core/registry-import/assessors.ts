import type { AssessorInput } from '../../shared/registry';
import { assessorByMet, schemeCodesOf } from '../db/queries/registry-assessors';
import { assessorsPage, type After } from '../db/queries/registry-export';
import { checkAssessor, inputOf, isExpired, previewAssessors, upsertAssessors } from '../registry/assessors';
import type { SheetSpec } from '../spreadsheets/spec';
import { keyGuard, PLACE_DATE, SEX_CHOICES, sexOf, textOf } from './columns';
import type { RowKind, Values } from './kind';

const KEYS = [
  'no',
  'name',
  'nik',
  'birthPlace',
  'birthDate',
  'sex',
  'address',
  'city',
  'province',
  'phone',
  'email',
  'metNumber',
  'metExpiresOn',
  'techCertNumber',
  'techCertExpiresOn',
  'schemeCodes',
  'homeLsp',
  'loanLetterNo',
  'loanLetterDate',
] as const;
export type AssessorKey = (typeof KEYS)[number];

/**
 * The columns LSPs keep for their assessors. An assessor is known by the MET registration number BNSP
 * gives them. "Masa Berlaku" alone is the MET's expiry, as LSP lists put it right after the number.
 * Schemes are their codes in one cell, separated by commas, semicolons or line breaks.
 */
export const ASSESSOR_SPEC: SheetSpec<AssessorKey> = {
  summaryRows: true,
  placeDate: PLACE_DATE,
  columns: [
    { key: 'no', kind: 'integer', headers: ['No', 'No.', 'Nomor', 'No Urut', 'Number'] },
    { key: 'name', kind: 'text', required: true, maxLength: 120, headers: ['Nama', 'Nama Lengkap', 'Nama Asesor', 'Name', 'Full Name'] },
    { key: 'nik', kind: 'digits', headers: ['NIK', 'No KTP', 'Nomor KTP', 'Nomor Induk Kependudukan', 'National ID', 'ID Number'] },
    { key: 'birthPlace', kind: 'text', maxLength: 80, headers: ['Tempat Lahir', 'Place of Birth', 'Birthplace'] },
    { key: 'birthDate', kind: 'date', headers: ['Tanggal Lahir', 'Tgl Lahir', 'Date of Birth', 'Birth Date'] },
    { key: 'sex', kind: 'enum', choices: SEX_CHOICES, headers: ['L/P', 'Jenis Kelamin', 'JK', 'Sex', 'Gender'] },
    { key: 'address', kind: 'text', headers: ['Alamat', 'Address'] },
    { key: 'city', kind: 'text', maxLength: 80, headers: ['Kota', 'Kabupaten/Kota', 'Kota/Kabupaten', 'City', 'Regency'] },
    { key: 'province', kind: 'text', maxLength: 80, headers: ['Provinsi', 'Province'] },
    { key: 'phone', kind: 'phone', headers: ['Telepon', 'No HP', 'Nomor HP', 'No Telp', 'Telp', 'HP', 'Phone', 'Phone Number', 'Mobile'] },
    { key: 'email', kind: 'email', headers: ['E-mail', 'Email', 'Surel', 'Alamat Email'] },
    {
      key: 'metNumber',
      kind: 'text',
      required: true,
      maxLength: 60,
      headers: ['No Reg MET', 'No. Reg. MET', 'Nomor Registrasi MET', 'No Registrasi MET', 'No MET', 'Nomor MET', 'Reg MET', 'MET Number', 'MET Registration Number', 'MET No'],
    },
    { key: 'metExpiresOn', kind: 'date', required: true, headers: ['Masa Berlaku MET', 'Masa Berlaku', 'Berlaku Sampai', 'MET Berlaku Sampai', 'MET Expiry', 'MET Expires On', 'MET Valid Until'] },
    {
      key: 'techCertNumber',
      kind: 'text',
      maxLength: 80,
      headers: ['No Sertifikat Teknis', 'Sertifikat Teknis', 'Nomor Sertifikat Teknis', 'Sertifikat Kompetensi Teknis', 'Technical Certificate', 'Technical Certificate No'],
    },
    {
      key: 'techCertExpiresOn',
      kind: 'date',
      headers: ['Masa Berlaku Sertifikat Teknis', 'Masa Berlaku Sertifikat', 'Sertifikat Teknis Berlaku Sampai', 'Technical Certificate Expiry', 'Technical Certificate Valid Until'],
    },
    { key: 'schemeCodes', kind: 'text', maxLength: 2000, headers: ['Skema', 'Kode Skema', 'Skema yang Diases', 'Schemes', 'Scheme Codes'] },
    { key: 'homeLsp', kind: 'text', maxLength: 200, headers: ['LSP Asal', 'Home LSP'] },
    { key: 'loanLetterNo', kind: 'text', maxLength: 80, headers: ['No Surat Peminjaman', 'Nomor Surat Peminjaman', 'Surat Peminjaman', 'Loan Letter No', 'Loan Letter Number'] },
    { key: 'loanLetterDate', kind: 'date', headers: ['Tanggal Surat Peminjaman', 'Tgl Surat Peminjaman', 'Loan Letter Date'] },
  ],
};

const fieldKey = keyGuard(KEYS.filter((k) => k !== 'no'));

/** An expiry already past, as the registry judges it; only a well-formed day (YYYY-MM-DD): anything else the row's checks refuse. */
function lapsed(day: string | null, today: string): day is string {
  return day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day) && isExpired(day, today);
}

function pick(values: Values<AssessorKey>, present: ReadonlySet<AssessorKey>, key: AssessorKey, kept: string | null | undefined): string | null {
  return present.has(key) ? textOf(values[key]) : (kept ?? null);
}

/** "SKM-01, SKM-02; SKM-03" → the codes. */
export function splitCodes(text: string | null): string[] {
  return (text ?? '')
    .split(/[,;\n]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function exportRow(input: AssessorInput): Partial<Values<AssessorKey>> {
  return { ...input, schemeCodes: input.schemeCodes.join(', ') };
}

export const assessorKind: RowKind<AssessorKey, AssessorInput> = {
  kind: 'assessors',
  spec: ASSESSOR_SPEC,
  templateKeys: KEYS,
  textKeys: new Set(['nik', 'phone', 'metNumber', 'techCertNumber', 'loanLetterNo']),
  // Matched by MET number; a NIK is one assessor's too (requireFree refuses a second assessor with it).
  fileKeys: ['metNumber', 'nik'],
  existing: (db, lspId, rows) =>
    rows.map((values) => {
      const met = textOf(values.metNumber);
      const row = met ? assessorByMet(db, met) : undefined;
      return row && row.lsp_id === lspId ? inputOf(row, schemeCodesOf(db, row.id)) : null;
    }),
  toInput: (values, present, kept) => ({
    name: textOf(values.name) ?? '',
    nik: pick(values, present, 'nik', kept?.nik),
    birthPlace: pick(values, present, 'birthPlace', kept?.birthPlace),
    birthDate: pick(values, present, 'birthDate', kept?.birthDate),
    sex: present.has('sex') ? sexOf(values.sex) : (kept?.sex ?? null),
    address: pick(values, present, 'address', kept?.address),
    city: pick(values, present, 'city', kept?.city),
    province: pick(values, present, 'province', kept?.province),
    phone: pick(values, present, 'phone', kept?.phone),
    email: pick(values, present, 'email', kept?.email),
    metNumber: textOf(values.metNumber) ?? '',
    metExpiresOn: textOf(values.metExpiresOn) ?? '',
    techCertNumber: pick(values, present, 'techCertNumber', kept?.techCertNumber),
    techCertExpiresOn: pick(values, present, 'techCertExpiresOn', kept?.techCertExpiresOn),
    homeLsp: pick(values, present, 'homeLsp', kept?.homeLsp),
    loanLetterNo: pick(values, present, 'loanLetterNo', kept?.loanLetterNo),
    loanLetterDate: pick(values, present, 'loanLetterDate', kept?.loanLetterDate),
    schemeCodes: present.has('schemeCodes') ? splitCodes(textOf(values.schemeCodes)) : (kept?.schemeCodes ?? []),
  }),
  notes: (input, today) => [
    ...(lapsed(input.metExpiresOn, today) ? [{ key: 'metExpiresOn' as const, code: 'met_expired' as const, params: { date: input.metExpiresOn } }] : []),
    ...(lapsed(input.techCertExpiresOn, today) ? [{ key: 'techCertExpiresOn' as const, code: 'tech_cert_expired' as const, params: { date: input.techCertExpiresOn ?? '' } }] : []),
  ],
  check: (db, lspId, input, today) => checkAssessor(db, lspId, input, today).checks.issues,
  normalize: (db, lspId, input, today) => checkAssessor(db, lspId, input, today).value,
  // Written by planning again: an assessor's rows are few, and each is checked against the schemes too.
  preview: (db, lspId, inputs, today) => ({
    outcomes: previewAssessors(db, lspId, inputs, today),
    write: (writeDb, principal, now) => upsertAssessors(writeDb, principal, lspId, inputs, now),
  }),
  upsert: upsertAssessors,
  // `schemeCodes.2` (one unknown code) is the Skema column.
  keyOfField: (field) => fieldKey(field.split('.')[0]),
  exportPages: function* (db, lspId) {
    let after: After = null;
    for (;;) {
      const rows = assessorsPage(db, lspId, after, 1000);
      if (rows.length === 0) return;
      yield rows.map((r) => exportRow(inputOf(r, schemeCodesOf(db, r.id))));
      const last = rows[rows.length - 1];
      after = { name: last.name, id: last.id };
    }
  },
};
