import { BNSP_COLUMNS, type BnspColumnKey, type BnspProblem, type BnspSheet } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { bnspAssessors, bnspCandidates, bnspSeats, bnspSessions, type BnspCandidate, type BnspSessionRow } from '../db/queries/certificates-bnsp';
import { plenoById } from '../db/queries/certificates';
import type { Db } from '../db/open';
import { registryLsp } from '../registry/scope';
import type { SheetValue } from '../spreadsheets/spec';
import { writeSheet, type WriteColumn } from '../spreadsheets/write';
import { exportPath, sweepCertificateFiles } from './files';

/** The sheet's name (BNSP's template was not at hand to copy its name from). */
const SHEET_NAME = 'Data Asesi';

/** Email is the one column left optional: many candidates have none; every other column is refused empty. */
const OPTIONAL: ReadonlySet<BnspColumnKey> = new Set(['email']);

/** Every column but No is written as a text cell: a NIK, a phone number or a code keeps every digit and its leading zeros. */
export const BNSP_SHEET_COLUMNS: readonly WriteColumn<BnspColumnKey>[] = BNSP_COLUMNS.map((c) => ({
  key: c.key,
  header: c.header,
  text: c.key !== 'no',
  width: c.key === 'name' || c.key === 'address' ? 30 : 18,
}));

/** `YYYY-MM-DD` → `DD-MM-YYYY` as text: the day-first form Indonesian forms use (BNSP's template was not at hand to confirm it). */
export function bnspDate(iso: string | null): string | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

export type BnspValues = Record<BnspColumnKey, SheetValue>;

/** One decision as BNSP's row, numbered `no`: the candidate's, their session's and their assessor's values. */
export function bnspValues(r: BnspCandidate, session: BnspSessionRow | undefined, assessorMet: string | null, no: number): BnspValues {
  const [, , name, nik, birthPlace, birthDate, sex, address, regencyCode, provinceCode, phone, email, educationCode, occupationCode, , status] = r;
  return {
    no,
    name,
    nik,
    birthPlace,
    birthDate: bnspDate(birthDate),
    sex,
    address,
    regencyCode,
    provinceCode,
    phone,
    email,
    educationCode,
    occupationCode,
    scheduleCode: session?.schedule_code ?? null,
    testDate: bnspDate(session?.date ?? null),
    assessorMet,
    fundingCode: session?.funding_code ?? null,
    ministryCode: session?.ministry_code ?? null,
    status,
  };
}

/** Every decision of the pleno as BNSP's rows, in session (date, code) then participant order. */
export function bnspSheetRows(db: Db, plenoId: string): { rows: BnspValues[]; candidates: BnspCandidate[]; sessions: Map<string, BnspSessionRow> } {
  const sessions = new Map(bnspSessions(db, plenoId).map((s) => [s.session_id, s]));
  const mets = new Map(bnspAssessors(db, plenoId).map((a) => [a.id, a.met_number]));
  const seat = (sessionId: string, candidateId: string) => `${sessionId}\u0000${candidateId}`;
  const metOf = new Map(bnspSeats(db, plenoId).map(([sessionId, candidateId, assessorId]) => [seat(sessionId, candidateId), mets.get(assessorId) ?? null]));
  const order = new Map([...sessions.values()].sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code)).map((s, i) => [s.session_id, i]));
  const candidates = bnspCandidates(db, plenoId).sort(
    (a, b) => (order.get(a[1]) ?? 0) - (order.get(b[1]) ?? 0) || (a[14] < b[14] ? -1 : a[14] > b[14] ? 1 : 0),
  );
  const rows = candidates.map((r, i) => bnspValues(r, sessions.get(r[1]), metOf.get(seat(r[1], r[0])) ?? null, i + 1));
  return { rows, candidates, sessions };
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
  const { rows, candidates, sessions } = bnspSheetRows(db, plenoId);
  const required = BNSP_COLUMNS.map((c) => c.key).filter((k) => !OPTIONAL.has(k));
  const problems: BnspProblem[] = [];
  rows.forEach((values, i) => {
    const fields = required.filter((k) => missing(values[k]));
    if (fields.length === 0) return;
    const [candidateId, sessionId, name] = candidates[i];
    problems.push({ candidateId, sessionId, sessionCode: sessions.get(sessionId)?.code ?? '', name, fields });
  });
  if (problems.length > 0) return { ok: false, problems };
  const { fileName, file } = exportPath(dataDir, 'bnsp');
  await writeSheet(file, { sheetName: SHEET_NAME, columns: BNSP_SHEET_COLUMNS, rows, plain: true });
  sweepCertificateFiles(file);
  db.transaction(() => appendAudit(db, principal, { action: 'certificates.bnspSheet', entity: 'pleno', entityId: plenoId, details: { fileName, rows: rows.length } }, now()))();
  return { ok: true, fileName, rows: rows.length };
}
