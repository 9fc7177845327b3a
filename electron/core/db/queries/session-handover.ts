/** Handing a planned session over (issue 16): its export record, candidate accounts, and the TUK's view of a session's answers. */
import type { Db } from '../open';
import { sql } from '../statements';
import { CLEAR_LOCKS, ownPassword } from './accounts';

/** Something the TUK's copy lacks changed now (plan, written test, passwords). */
export const touchSession = (db: Db, sessionId: string, at: Date) =>
  sql<[string, string]>(db, 'UPDATE session SET changed_at = ? WHERE id = ?').run(at.toISOString(), sessionId);

export const recordExport = (db: Db, r: { sessionId: string; bundleId: string; at: string; by: string | null }) =>
  sql<[typeof r]>(
    db,
    `INSERT INTO session_export (session_id, bundle_id, exported_at, exported_by) VALUES (@sessionId, @bundleId, @at, @by)
     ON CONFLICT (session_id) DO UPDATE SET bundle_id = excluded.bundle_id, exported_at = excluded.exported_at, exported_by = excluded.exported_by`,
  ).run(r);

export type SeatAccountRow = {
  candidate_id: string;
  participant_no: string;
  name: string;
  lsp_id: string;
  account_id: string | null;
  account_role: string | null;
  account_candidate_id: string | null;
  /** Set while the account is an APL.02 sign-in (migration 016): no session password yet. */
  account_apl_application_id: string | null;
  /** 1 for an account made without a password (NO_PASSWORD): by a card at a TUK, or here for its results. */
  account_no_password: 0 | 1 | null;
};

/** The session's candidates in participant-number order, with the account their participant number names (if any). */
export const seatAccounts = (db: Db, sessionId: string) =>
  sql<[{ sessionId: string }], SeatAccountRow>(
    db,
    `SELECT c.id AS candidate_id, c.participant_no, c.name, c.lsp_id, a.id AS account_id, a.role AS account_role, a.candidate_id AS account_candidate_id,
       a.apl_application_id AS account_apl_application_id, NOT ${ownPassword('a.password_hash')} AS account_no_password
     FROM session_candidate sc JOIN candidate c ON c.id = sc.candidate_id
     LEFT JOIN account a ON a.candidate_id = c.id OR a.username = c.participant_no
     WHERE sc.session_id = @sessionId ORDER BY c.participant_no`,
  ).all({ sessionId });

/**
 * The latest password issue of a session in the audit log. Its terms are exactly those of the partial index
 * audit_log_passwords_issued (migration 018), which SQLite uses only for a query naming them all: a search of
 * the session's issues, where any other text reads the whole log (a row per saved answer).
 */
export const LAST_PASSWORDS_ISSUED_SQL =
  "SELECT max(at) AS at FROM audit_log WHERE action = 'session.issuePasswords' AND entity = 'session' AND entity_id = ?";

/**
 * When the session's passwords were last issued here (its audit entry), null when never: a session from the
 * demo or a bundle may have accounts without one.
 */
export const lastPasswordsIssuedAt = (db: Db, sessionId: string): string | null =>
  sql<[string], { at: string | null }>(db, LAST_PASSWORDS_ISSUED_SQL).get(sessionId)!.at;

/**
 * The latest password issue of another session that named one of this session's candidates (its audit
 * entry lists them), with that session's code; undefined when none. The entity_id list keeps it on the
 * partial index audit_log_passwords_issued, like LAST_PASSWORDS_ISSUED_SQL.
 */
export const lastPasswordsIssuedElsewhere = (db: Db, sessionId: string) =>
  sql<[{ sessionId: string }], { at: string; code: string }>(
    db,
    `SELECT a.at, s.code FROM audit_log a JOIN session s ON s.id = a.entity_id
     WHERE a.action = 'session.issuePasswords' AND a.entity = 'session'
       AND a.entity_id IN (SELECT other.session_id FROM session_candidate mine
         JOIN session_candidate other ON other.candidate_id = mine.candidate_id AND other.session_id <> mine.session_id
         WHERE mine.session_id = @sessionId)
       AND EXISTS (SELECT 1 FROM json_each(a.details, '$.candidates') j
         JOIN session_candidate sc ON sc.candidate_id = j.value AND sc.session_id = @sessionId)
     ORDER BY a.at DESC LIMIT 1`,
  ).get({ sessionId });

/** Also turns an APL.02 sign-in back into the session's: the participant number is the username again. */
export const setCandidatePassword = (db: Db, accountId: string, hash: string, name: string, participantNo: string) =>
  sql<[string, string, string, string]>(
    db,
    `UPDATE account SET password_hash = ?, display_name = ?, username = ?, ${CLEAR_LOCKS},
       apl_application_id = NULL, apl_until = NULL, apl_submitted_at = NULL WHERE id = ?`,
  ).run(hash, name, participantNo, accountId);

/** Whether any candidate of this session has saved an answer here (the TUK then keeps its plan). */
export const sessionHasAnswers = (db: Db, sessionId: string): boolean =>
  sql<[string], { n: number }>(db, 'SELECT EXISTS (SELECT 1 FROM answer a JOIN attempt t ON t.id = a.attempt_id WHERE t.session_id = ?) AS n').get(sessionId)!.n === 1;

/** A seat that nothing of the exam day names yet, so a newer plan may take it away. */
export const deleteUnusedSeat = (db: Db, sessionId: string, candidateId: string) =>
  sql<[{ sessionId: string; candidateId: string }]>(
    db,
    `DELETE FROM session_candidate WHERE session_id = @sessionId AND candidate_id = @candidateId
       AND NOT EXISTS (SELECT 1 FROM attempt WHERE session_id = @sessionId AND candidate_id = @candidateId)
       AND NOT EXISTS (SELECT 1 FROM attendance WHERE session_id = @sessionId AND candidate_id = @candidateId)`,
  ).run({ sessionId, candidateId });

export const seatedCandidates = (db: Db, sessionId: string): string[] =>
  sql<[string], { id: string }>(db, 'SELECT candidate_id AS id FROM session_candidate WHERE session_id = ?').all(sessionId).map((r) => r.id);

export const plannedAssessors = (db: Db, sessionId: string): string[] =>
  sql<[string], { id: string }>(db, 'SELECT assessor_id AS id FROM session_assessor WHERE session_id = ?').all(sessionId).map((r) => r.id);

export const deleteSessionAssessor = (db: Db, sessionId: string, assessorId: string) =>
  sql<[string, string]>(db, 'DELETE FROM session_assessor WHERE session_id = ? AND assessor_id = ?').run(sessionId, assessorId);
