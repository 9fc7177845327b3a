/** What the audit log's answer check reads besides the log: the answers as stored, and which attempts exist. */
import { ANSWER_ACTIONS } from '../../../shared/audit-log';
import type { Db } from '../open';
import { sql, sqlText } from '../statements';
import type { AnswerRow } from './attempts';

/** The answer save actions as an SQL list (audit-list.ts filters the log's answers area by it too). */
export const ANSWER_ACTIONS_SQL = ANSWER_ACTIONS.map(sqlText).join(', ');

export function storedAnswers(db: Db, attemptId: string): AnswerRow[] {
  return sql<[string], AnswerRow>(
    db,
    'SELECT item_id AS itemId, choice, text, doubtful, seq, saved_at AS savedAt FROM answer WHERE attempt_id = ?',
  ).all(attemptId);
}

export const attemptExists = (db: Db, attemptId: string): boolean =>
  sql<[string], number>(db, 'SELECT 1 FROM attempt WHERE id = ?').pluck().get(attemptId) !== undefined;

/**
 * The attempts whose answer saves some received log records (a lab PC's or another station's, brought
 * by a results bundle): their answers may have come that way, not through this installation's saves.
 */
export function attemptsInReceivedLogs(db: Db): Set<string> {
  const hasTable = sql<[], number>(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'remote_audit_log'").pluck().get() !== undefined;
  if (!hasTable) return new Set();
  return new Set(
    sql<[], string>(db, `SELECT DISTINCT entity_id FROM remote_audit_log WHERE action IN (${ANSWER_ACTIONS_SQL}) AND entity_id IS NOT NULL`)
      .pluck()
      .all(),
  );
}

export type SessionAttempt = { attemptId: string; participantNo: string; name: string };

export function sessionAttempts(db: Db, sessionId: string): SessionAttempt[] {
  return sql<[string], SessionAttempt>(
    db,
    `SELECT a.id AS attemptId, c.participant_no AS participantNo, c.name FROM attempt a JOIN candidate c ON c.id = a.candidate_id
     WHERE a.session_id = ? ORDER BY c.participant_no`,
  ).all(sessionId);
}

export type ReceivedSaveRow = { source: string; seq: number; action: string; entityId: string; details: string };

/** The answer saves that received logs record for these attempts, each log in its own order. */
export function receivedSaveRows(db: Db, attemptIds: readonly string[]): ReceivedSaveRow[] {
  return sql<[string], ReceivedSaveRow>(
    db,
    `SELECT source_installation_id AS source, seq, action, entity_id AS entityId, details FROM remote_audit_log
     WHERE action IN (${ANSWER_ACTIONS_SQL}) AND entity_id IN (SELECT value FROM json_each(?))
     ORDER BY source_installation_id, seq`,
  ).all(JSON.stringify(attemptIds));
}
