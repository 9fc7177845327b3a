import type { Attendance } from '../../../shared/exam-day';
import type { Db } from '../open';
import { sql } from '../statements';

// What a session's attendance is made of: the proctor's records, and who started the test.

export function recordedAttendance(db: Db, sessionId: string): Map<string, Attendance> {
  const rows = sql<[string], { candidateId: string; status: Attendance }>(db, 'SELECT candidate_id AS candidateId, status FROM attendance WHERE session_id = ?').all(sessionId);
  return new Map(rows.map((r) => [r.candidateId, r.status]));
}

export function startedCandidateIds(db: Db, sessionId: string): Set<string> {
  return new Set(sql<[string], { candidateId: string }>(db, 'SELECT candidate_id AS candidateId FROM attempt WHERE session_id = ?').all(sessionId).map((r) => r.candidateId));
}
