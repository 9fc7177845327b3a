import type { Db } from '../open';
import { sql } from '../statements';

export type RunningSession = { sessionId: string; lastActivityAt: string | null };

/**
 * Sessions started and not closed, each with the last thing this computer recorded before now: an
 * answer saved or a candidate's activity in that session, or any audit row (the proctor's actions,
 * sign-ins), whichever is latest.
 */
export function runningSessions(db: Db): RunningSession[] {
  return sql<[], RunningSession>(
    db,
    `SELECT r.session_id AS sessionId,
       (SELECT max(at) FROM (
          SELECT max(a.saved_at) AS at FROM answer a JOIN attempt t ON t.id = a.attempt_id WHERE t.session_id = r.session_id
          UNION ALL SELECT max(t.last_activity_at) FROM attempt t WHERE t.session_id = r.session_id
          UNION ALL SELECT at FROM (SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1)
          UNION ALL SELECT r.started_at)) AS lastActivityAt
     FROM session_run r WHERE r.ended_at IS NULL ORDER BY r.started_at, r.session_id`,
  ).all();
}
