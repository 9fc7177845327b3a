import { BNSP_COLUMNS, type BnspColumnKey, type BnspProblem, type BnspSheet } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { bnspRows, type BnspRow } from '../db/queries/certificates-bnsp';
import { plenoById } from '../db/queries/certificates';
import type { Db } from '../db/open';
import { registryLsp } from '../registry/scope';
import type { SheetValue } from '../spreadsheets/spec';
import { writeSheet, type WriteColumn } from '../spreadsheets/write';
import { exportPath, sweepCertificateFiles } from './files';

/** Sheet name of BNSP's template. */
const SHEET_NAME = 'Data Asesi';

/** Email is the one column BNSP lets a candidate leave empty. */
const OPTIONAL: ReadonlySet<BnspColumnKey> = new Set(['email']);

/** Every column but No is written as a Text cell: a NIK, a phone number or a code keeps every digit and its leading zeros. */
export const BNSP_SHEET_COLUMNS: readonly WriteColumn<BnspColumnKey>[] = BNSP_COLUMNS.map((c) => ({
  key: c.key,
  header: c.header,
  text: c.key !== 'no',
  width: c.key === 'name' || c.key === 'address' ? 30 : 18,
}));

/** `YYYY-MM-DD` → `DD-MM-YYYY`, the text form BNSP's template shows its dates in. */
export function bnspDate(iso: string | null): string | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

export type BnspValues = Record<BnspColumnKey, SheetValue>;

/** One decision as BNSP's row (without its No). */
export function bnspValues(r: BnspRow): Omit<BnspValues, 'no'> {
  return {
    name: r.name,
    nik: r.nik,
    birthPlace: r.birth_place,
    birthDate: bnspDate(r.birth_date),
    sex: r.sex,
    address: r.address,
    regencyCode: r.regency_code,
    provinceCode: r.province_code,
    phone: r.phone,
    email: r.email,
    educationCode: r.education_code,
    occupationCode: r.occupation_code,
    scheduleCode: r.schedule_code,
    testDate: bnspDate(r.test_date),
    assessorMet: r.met_number,
    fundingCode: r.funding_code,
    ministryCode: r.ministry_code,
    status: r.decision,
  };
}

const missing = (v: SheetValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/**
 * The decided candidates of a pleno (K and BK) in the column layout LSPs upload to BNSP. Any row with a
 * required value missing refuses the whole export and lists every such row and its fields, so the
 * screen can send staff to fix them; nothing is written then. Audited: the file carries personal data.
 */
export async function bnspSheet(db: Db, dataDir: string, principal: Principal, plenoId: string, now: () => Date): Promise<BnspSheet> {
  const lspId = registryLsp(principal);
  const pleno = plenoById(db, lspId, plenoId);
  if (!pleno) throw new AppError('NOT_FOUND', { what: 'pleno' });
  if (pleno.status === 'draft') throw new AppError('PLENO_NOT_DECIDED', { status: pleno.status });
  const rows: BnspValues[] = [];
  const problems: BnspProblem[] = [];
  for (const r of bnspRows(db, plenoId)) {
    const values: BnspValues = { no: rows.length + 1, ...bnspValues(r) };
    const fields = BNSP_COLUMNS.map((c) => c.key).filter((k) => !OPTIONAL.has(k) && missing(values[k]));
    if (fields.length > 0) problems.push({ candidateId: r.candidate_id, sessionId: r.session_id, sessionCode: r.session_code, name: r.name, fields });
    rows.push(values);
  }
  if (problems.length > 0) return { ok: false, problems };
  const { fileName, file } = exportPath(dataDir, 'bnsp');
  await writeSheet(file, { sheetName: SHEET_NAME, columns: BNSP_SHEET_COLUMNS, rows });
  sweepCertificateFiles(file);
  db.transaction(() => appendAudit(db, principal, { action: 'certificates.bnspSheet', entity: 'pleno', entityId: plenoId, details: { fileName, rows: rows.length } }, now()))();
  return { ok: true, fileName, rows: rows.length };
}
