import { BNSP_COLUMNS, BNSP_OPTIONAL_COLUMNS, type BnspColumnKey, type BnspLeftOut, type BnspProblem, type BnspSheet } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { BNSP_RAW, bnspAssessors, bnspRawRows, bnspSessions, type BnspRawRow, type BnspSessionRow } from '../db/queries/certificates-bnsp';
import { plenoById } from '../db/queries/certificates';
import type { Db } from '../db/open';
import { acceptedAppeal, heldByAppeal } from '../pleno/hold';
import { registryLsp } from '../registry/scope';
import type { SheetValue } from '../spreadsheets/spec';
import { writeSheet, type WriteColumn } from '../spreadsheets/write';
import { exportPath, sweepCertificateFiles } from './files';
import type { Language } from '../../shared/i18n';
import { askedLanguage } from '../setup/asked-language';

/** The sheet's name (BNSP's template was not at hand to copy its name from). */
const SHEET_NAME = 'Data Asesi';

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

const AT = BNSP_RAW;
const { candidateId: CANDIDATE, sessionId: SESSION, assessorId: ASSESSOR } = AT;

/** The pleno's sessions by id, with their BNSP codes. */
export const bnspSessionsById = (db: Db, plenoId: string): Map<string, BnspSessionRow> =>
  new Map(bnspSessions(db, plenoId).map((s) => [s.session_id, s]));

/** A seat's key in the map of those an appeal holds. */
const seatKey = (sessionId: string, candidateId: string) => `${sessionId}\n${candidateId}`;

/**
 * The pleno's seats an appeal holds, and why: read before the rows are walked, since nothing else may use
 * the connection while they are.
 */
export function bnspHeld(db: Db, sessions: ReadonlyMap<string, BnspSessionRow>): Map<string, BnspLeftOut['reason']> {
  const held = new Map<string, BnspLeftOut['reason']>();
  for (const sessionId of sessions.keys()) {
    for (const candidateId of heldByAppeal(db, sessionId)) {
      held.set(seatKey(sessionId, candidateId), acceptedAppeal(db, sessionId, candidateId) ? 'appeal_accepted' : 'appeal_open');
    }
  }
  return held;
}

/**
 * Every decision of the pleno as BNSP's rows, in session (date, code) then participant order, each raw row
 * completed in place with `no`, its session's codes and date and its assessor's MET number, dates day-first.
 * A seat in `held` is passed to `leaveOut` instead and takes no `no`: an LSP uploading it would ask BNSP for
 * a blanko the LSP is holding back. A generator over SQLite's rows: nothing else may use the connection until
 * it is done (it is walked in one synchronous loop).
 */
export function* bnspSheetRows(
  db: Db,
  plenoId: string,
  sessions = bnspSessionsById(db, plenoId),
  held: ReadonlyMap<string, BnspLeftOut['reason']> = new Map(),
  leaveOut: (row: BnspRawRow, reason: BnspLeftOut['reason']) => void = () => {},
): Generator<BnspRawRow> {
  const mets = new Map(bnspAssessors(db, plenoId).map((a) => [a.id, a.met_number]));
  const testDates = new Map([...sessions.values()].map((s) => [s.session_id, bnspDate(s.date)]));
  let no = 0;
  for (const r of bnspRawRows(db, plenoId)) {
    const reason = held.size === 0 ? undefined : held.get(seatKey(r[SESSION], r[CANDIDATE]));
    if (reason) {
      leaveOut(r, reason);
      continue;
    }
    const session = sessions.get(r[SESSION]);
    r[AT.no] = ++no;
    r[AT.birthDate] = bnspDate(r[AT.birthDate]);
    r[AT.scheduleCode] = session?.schedule_code ?? null;
    r[AT.testDate] = testDates.get(r[SESSION]) ?? null;
    r[AT.assessorMet] = r[ASSESSOR] === null ? null : (mets.get(r[ASSESSOR]) ?? null);
    r[AT.fundingCode] = session?.funding_code ?? null;
    r[AT.ministryCode] = session?.ministry_code ?? null;
    yield r;
  }
}

/** Thrown through the writer to abandon the file when a row has a gap. */
const REFUSED = new Error('BNSP sheet refused: required values missing');

const missing = (v: SheetValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The required columns' places, with their keys for the refusal. */
const REQUIRED = BNSP_COLUMNS.map((c, i) => ({ key: c.key, at: i })).filter((c) => !BNSP_OPTIONAL_COLUMNS.has(c.key));

/**
 * The decided candidates of a pleno (K and BK) in the column layout LSPs upload to BNSP, but for those an
 * appeal holds (listed in `leftOut`, with why; their gaps are not asked for). Any row with a
 * required value missing refuses the whole export and lists every such row and its fields, so the
 * screen can send staff to fix them; nothing is written then. Audited: the file carries personal data.
 */
export async function bnspSheet(db: Db, dataDir: string, principal: Principal, plenoId: string, now: () => Date, language?: Language): Promise<BnspSheet> {
  const lspId = registryLsp(principal);
  const pleno = plenoById(db, lspId, plenoId);
  if (!pleno) throw new AppError('NOT_FOUND', { what: 'pleno' });
  if (pleno.status === 'draft') throw new AppError('PLENO_NOT_DECIDED', { status: pleno.status });
  // Its decisions are no longer in force: the sheet would tell BNSP "K" of candidates the correction decided BK.
  if (pleno.corrected_by_sk !== null) throw new AppError('PLENO_SUPERSEDED', { sk: pleno.corrected_by_sk });
  const sessions = bnspSessionsById(db, plenoId);
  const held = bnspHeld(db, sessions);
  const leftOut: BnspLeftOut[] = [];
  const leaveOut = (r: BnspRawRow, reason: BnspLeftOut['reason']) =>
    leftOut.push({ candidateId: r[CANDIDATE], sessionId: r[SESSION], sessionCode: sessions.get(r[SESSION])?.code ?? '', name: r[AT.name], reason });
  const problems: BnspProblem[] = [];
  let written = 0;
  // Rows are checked as they are written to the partial file; the first gap stops the writing, the rest are
  // still checked for the list, and the write is then abandoned, its partial file removed (write.ts).
  function* complete(): Generator<BnspRawRow> {
    for (const r of bnspSheetRows(db, plenoId, sessions, held, leaveOut)) {
      // Most rows are complete: the list of fields is built only for a row that has a gap.
      if (REQUIRED.some((c) => missing(r[c.at]))) {
        const fields = REQUIRED.filter((c) => missing(r[c.at])).map((c) => c.key);
        problems.push({ candidateId: r[CANDIDATE], sessionId: r[SESSION], sessionCode: sessions.get(r[SESSION])?.code ?? '', name: r[AT.name], fields });
      } else if (problems.length === 0) {
        written++;
        yield r;
      }
    }
    if (problems.length > 0) throw REFUSED;
  }
  const { fileName, file } = exportPath(dataDir, 'bnsp', askedLanguage(db, language));
  try {
    await writeSheet(file, { sheetName: SHEET_NAME, columns: BNSP_SHEET_COLUMNS, rows: complete(), plain: true });
  } catch (error) {
    if (error === REFUSED) return { ok: false, problems };
    throw error;
  }
  sweepCertificateFiles(file);
  db.transaction(() => appendAudit(db, principal, { action: 'certificates.bnspSheet', entity: 'pleno', entityId: plenoId, details: { fileName, rows: written, leftOut: leftOut.length } }, now()))();
  return { ok: true, fileName, rows: written, leftOut };
}
