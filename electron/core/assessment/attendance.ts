import type { AttendanceStatus } from '../../shared/exam-day';
import type { Db } from '../db/open';
import * as run from '../db/queries/exam-run';
import { sql } from '../db/statements';
import { attendanceStatus } from '../exam-day/attendance';

/**
 * Each candidate's attendance in a session by the core's one definition (exam-day/attendance), for the
 * daftar hadir and the assessor's overview alike.
 */
export function sessionAttendance(db: Db, sessionId: string): (candidateId: string) => AttendanceStatus {
  const recorded = new Map(
    sql<[string], { candidateId: string; status: 'present' | 'absent' }>(db, 'SELECT candidate_id AS candidateId, status FROM attendance WHERE session_id = ?')
      .all(sessionId)
      .map((r) => [r.candidateId, r.status]),
  );
  const started = new Set(
    sql<[string], { candidateId: string }>(db, 'SELECT candidate_id AS candidateId FROM attempt WHERE session_id = ?')
      .all(sessionId)
      .map((r) => r.candidateId),
  );
  const ended = Boolean(run.findRun(db, sessionId)?.endedAt);
  return (candidateId) => attendanceStatus(recorded.get(candidateId) ?? null, started.has(candidateId), ended);
}
