/** What BNSP's upload sheet needs of a pleno's decided candidates, and the per-session BNSP codes. */
import type { Db } from '../open';
import { sql } from '../statements';

/**
 * A decided candidate of the pleno: a row as an array (better-sqlite3's raw mode), since building 10,000
 * result objects cost more than the query itself in the BNSP export.
 */
export type BnspCandidate = readonly [
  candidateId: string,
  sessionId: string,
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
  participantNo: string,
  decision: 'K' | 'BK',
];

/**
 * Every decision of the pleno, K and BK (BNSP counts both), unordered: the caller sorts (a sort here, and
 * the seat joined to each row, took longer than the rest of the query).
 */
export const bnspCandidates = (db: Db, plenoId: string): BnspCandidate[] =>
  sql<[string], BnspCandidate>(
    db,
    `SELECT d.candidate_id, d.session_id, c.name, c.nik, c.birth_place, c.birth_date, c.sex, c.address, c.regency_code, c.province_code,
        c.phone, c.email, c.education_code, c.occupation_code, c.participant_no, d.decision
       FROM pleno_decision d JOIN candidate c ON c.id = d.candidate_id
      WHERE d.pleno_id = ?`,
  )
    .raw(true)
    .all(plenoId);

/** Each seat of the pleno's sessions and its assessor: [sessionId, candidateId, assessorId]. */
export const bnspSeats = (db: Db, plenoId: string): (readonly [string, string, string])[] =>
  sql<[string], readonly [string, string, string]>(
    db,
    'SELECT sc.session_id, sc.candidate_id, sc.assessor_id FROM pleno_session ps JOIN session_candidate sc ON sc.session_id = ps.session_id WHERE ps.pleno_id = ?',
  )
    .raw(true)
    .all(plenoId);

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
