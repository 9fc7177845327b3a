import type { SessionSheet } from '../../shared/assessment';
import type { Db } from '../db/open';
import * as content from '../db/queries/assessment-content';
import { sql } from '../db/statements';
import { demoLogins, isDemo } from '../demo/seed';
import { countAttendance } from '../../shared/exam-day';
import { attendanceStatus } from '../exam-day/attendance';
import * as run from '../db/queries/exam-run';
import { formHeader, sessionHeaderOrThrow } from './header';

function attendanceOf(db: Db, sessionId: string): Map<string, 'present' | 'absent'> {
  const rows = sql<[string], { candidateId: string; status: 'present' | 'absent' }>(
    db,
    'SELECT candidate_id AS candidateId, status FROM attendance WHERE session_id = ?',
  ).all(sessionId);
  return new Map(rows.map((r) => [r.candidateId, r.status]));
}

function attemptsOf(db: Db, sessionId: string): Set<string> {
  return new Set(sql<[string], { candidateId: string }>(db, 'SELECT candidate_id AS candidateId FROM attempt WHERE session_id = ?').all(sessionId).map((r) => r.candidateId));
}

/** Everyone in the session for the candidate cards and the daftar hadir, with attendance by the core's one definition. */
export function sessionSheet(db: Db, sessionId: string): SessionSheet {
  const row = sessionHeaderOrThrow(db, sessionId);
  const { assessorName: _n, assessorMet: _m, ...header } = formHeader(row, sessionId, { name: '', met: '' });
  const seats = content.sessionSeats(db, sessionId);
  const attendance = attendanceOf(db, sessionId);
  const started = attemptsOf(db, sessionId);
  const ended = Boolean(run.findRun(db, sessionId)?.endedAt);
  const statusOf = (candidateId: string) => attendanceStatus(attendance.get(candidateId) ?? null, started.has(candidateId), ended);
  const passwords = isDemo(db) ? new Map(demoLogins().filter((l) => l.role === 'candidate').map((l) => [l.username, l.password])) : new Map<string, string>();
  return {
    header: { ...header, assessorNames: [...new Set(seats.map((s) => s.assessorName))].sort() },
    attendance: countAttendance(seats.map((s) => statusOf(s.candidateId))),
    rows: seats.map((s) => ({
      candidateId: s.candidateId,
      participantNo: s.participantNo,
      name: s.name,
      seat: s.seat,
      nik: s.nik,
      institution: s.institution,
      assessorName: s.assessorName,
      attendance: statusOf(s.candidateId),
      cardPassword: passwords.get(s.participantNo) ?? null,
    })),
  };
}
