import type { AttendanceStatus } from '../../shared/exam-day';
import type { Db } from '../db/open';
import { recordedAttendance, startedCandidateIds } from '../db/queries/attendance';
import * as run from '../db/queries/exam-run';
import { attendanceStatus, missedWrittenTest } from '../exam-day/attendance';

export type SeatAttendance = { status: AttendanceStatus; missedWrittenTest: boolean };

/**
 * Each candidate's attendance in a session, and whether they missed its written test, by the core's one
 * definition (exam-day/attendance): for the daftar hadir, the assessor's overview and workspace alike.
 */
export function sessionAttendance(db: Db, sessionId: string): (candidateId: string) => SeatAttendance {
  const recorded = recordedAttendance(db, sessionId);
  const started = startedCandidateIds(db, sessionId);
  const ended = Boolean(run.findRun(db, sessionId)?.endedAt);
  return (candidateId) => {
    const facts = [recorded.get(candidateId) ?? null, started.has(candidateId), ended] as const;
    return { status: attendanceStatus(...facts), missedWrittenTest: missedWrittenTest(...facts) };
  };
}
