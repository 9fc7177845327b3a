/** What the audit log's answer check reads besides the log: the answers as stored, and which attempts exist. */
import type { Db } from '../open';
import { sql } from '../statements';
import type { AnswerRow } from './attempts';

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
    sql<[], string>(db, "SELECT DISTINCT entity_id FROM remote_audit_log WHERE action IN ('cbt.answer', 'cbt.lateAnswer') AND entity_id IS NOT NULL")
      .pluck()
      .all(),
  );
}
