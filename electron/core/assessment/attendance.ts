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

/**
 * Whether the candidate missed the written test: they never started it, and either the proctor marked them
 * absent or the session is over. Before the day, or while the test runs, nothing is missed yet, and a form
 * printed then must not say they did not take it.
 */
export function writtenTestMissed(db: Db, sessionId: string, candidateId: string): boolean {
  const started = sql<[string, string], { n: number }>(db, 'SELECT count(*) AS n FROM attempt WHERE session_id = ? AND candidate_id = ?').get(sessionId, candidateId)!.n > 0;
  if (started) return false;
  const recorded = sql<[string, string], { status: 'present' | 'absent' }>(db, 'SELECT status FROM attendance WHERE session_id = ? AND candidate_id = ?').get(sessionId, candidateId);
  return recorded?.status === 'absent' || Boolean(run.findRun(db, sessionId)?.endedAt);
}
