/** What BNSP's upload sheet needs of a pleno's decided candidates, and the per-session BNSP codes. */
import type { Db } from '../open';
import { sql } from '../statements';

/**
 * A decided candidate of the pleno, already laid out as BNSP's row (better-sqlite3's raw mode): indexes 0-18
 * are the sheet's columns in BNSP_COLUMNS order, `no` and the session's and assessor's columns (13-17) left
 * empty for the caller to fill in place; after them the keys the caller sorts and reports by. Building an
 * object per row and then an array per row from it cost more than the query itself in a 10,000-row export.
 */
export type BnspRawRow = [
  no: number | null,
  name: string,
  nik: string,
  birthPlace: string | null,
  birthDate: string | null,
  sex: string | null,
  address: string | null,
  regencyCode: string | null,
  provinceCode: string | null,
  phone: string | null,
  email: string | null,
  educationCode: string | null,
  occupationCode: string | null,
  scheduleCode: string | null,
  testDate: string | null,
  assessorMet: string | null,
  fundingCode: string | null,
  ministryCode: string | null,
  status: 'K' | 'BK',
  candidateId: string,
  sessionId: string,
  participantNo: string,
  assessorId: string | null,
];

/**
 * Places in a BnspRawRow: the sheet's columns the caller fills or reads (their index in BNSP_COLUMNS, which a
 * test checks) and the keys after them.
 */
export const BNSP_RAW = {
  no: 0,
  name: 1,
  birthDate: 4,
  scheduleCode: 13,
  testDate: 14,
  assessorMet: 15,
  fundingCode: 16,
  ministryCode: 17,
  candidateId: 19,
  sessionId: 20,
  participantNo: 21,
  assessorId: 22,
} as const;

/**
 * Every decision of the pleno, K and BK (BNSP counts both), in session (date, code) then participant order,
 * one row at a time: a 10,000-row export need not hold them all (SQLite's sort cost nothing measurable here).
 */
export const bnspRawRows = (db: Db, plenoId: string): IterableIterator<BnspRawRow> =>
  sql<[string], BnspRawRow>(
    db,
    `SELECT NULL, c.name, c.nik, c.birth_place, c.birth_date, c.sex, c.address, c.regency_code, c.province_code,
        c.phone, c.email, c.education_code, c.occupation_code, NULL, NULL, NULL, NULL, NULL, d.decision,
        d.candidate_id, d.session_id, c.participant_no, sc.assessor_id
       FROM pleno_decision d JOIN candidate c ON c.id = d.candidate_id JOIN session s ON s.id = d.session_id
       LEFT JOIN session_candidate sc ON sc.session_id = d.session_id AND sc.candidate_id = d.candidate_id
      WHERE d.pleno_id = ?
      ORDER BY s.date, s.code, c.participant_no`,
  )
    .raw(true)
    .iterate(plenoId);

/** The pleno's sessions with their date and BNSP codes: read once, not with each of their candidates. */
export type BnspSessionRow = { session_id: string; code: string; date: string; schedule_code: string | null; funding_code: string | null; ministry_code: string | null };

export const bnspSessions = (db: Db, plenoId: string) =>
  sql<[string], BnspSessionRow>(
    db,
    `SELECT s.id AS session_id, s.code, s.date, b.schedule_code, b.funding_code, b.ministry_code
       FROM pleno_session ps JOIN session s ON s.id = ps.session_id LEFT JOIN session_bnsp b ON b.session_id = s.id
      WHERE ps.pleno_id = ?`,
  ).all(plenoId);

/** The MET registration numbers of the assessors seated in the pleno's sessions. */
export const bnspAssessors = (db: Db, plenoId: string) =>
  sql<[string], { id: string; met_number: string }>(
    db,
    `SELECT a.id, a.met_number FROM assessor a
      WHERE a.id IN (SELECT sc.assessor_id FROM pleno_session ps JOIN session_candidate sc ON sc.session_id = ps.session_id WHERE ps.pleno_id = ?)`,
  ).all(plenoId);

export const sessionOfLsp = (db: Db, lspId: string, sessionId: string) =>
  sql<[string, string], { id: string }>(db, 'SELECT id FROM session WHERE lsp_id = ? AND id = ?').get(lspId, sessionId);

export type SessionBnspRow = { schedule_code: string | null; funding_code: string | null; ministry_code: string | null };

export const sessionBnsp = (db: Db, sessionId: string) =>
  sql<[string], SessionBnspRow>(db, 'SELECT schedule_code, funding_code, ministry_code FROM session_bnsp WHERE session_id = ?').get(sessionId);

export const setSessionBnsp = (db: Db, sessionId: string, row: SessionBnspRow) =>
  sql<[string, string | null, string | null, string | null]>(
    db,
    `INSERT INTO session_bnsp (session_id, schedule_code, funding_code, ministry_code) VALUES (?, ?, ?, ?)
     ON CONFLICT(session_id) DO UPDATE SET schedule_code = excluded.schedule_code, funding_code = excluded.funding_code,
       ministry_code = excluded.ministry_code`,
  ).run(sessionId, row.schedule_code, row.funding_code, row.ministry_code);
