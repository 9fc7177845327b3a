import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { countAttendance, type Incident, type Minutes } from '../../shared/exam-day';
import { appendAudit } from '../audit/log';
import { examSessionOrThrow, requireSeat, submitAttempt, type Seat } from '../cbt/attempt';
import { attemptForAction } from '../cbt/exam';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import * as board from '../db/queries/board';
import * as run from '../db/queries/exam-run';
import { proctorActions } from '../db/queries/proctor-actions';
import { attendanceStatus } from './attendance';

// The proctor's per-candidate and per-session records of the exam day. Each runs in a write transaction.

export function forceSubmit(db: Db, principal: Principal, a: Seat & { reason: string }, now: Date): { submittedAt: string; receipt: string } {
  const open = attemptForAction(db, a, now);
  const done = submitAttempt(db, principal, open, now, 'proctor');
  appendAudit(db, principal, { action: 'exam.forceSubmitted', entity: 'attempt', entityId: open.id, details: { reason: a.reason } }, now);
  return { submittedAt: done.submittedAt ?? now.toISOString(), receipt: done.receipt ?? '' };
}

/**
 * Once the session is closed the daftar hadir and the berita acara are what happened, and the
 * assessor's forms and a pleno rest on them: attendance no longer changes.
 */
function requireAttendanceOpen(db: Db, seat: Seat): void {
  requireSeat(db, seat);
  if (run.findRun(db, seat.sessionId)?.endedAt) throw new AppError('ATTENDANCE_CLOSED');
}

/**
 * Checking in at the door needs no reason; checking in someone already marked absent undoes a recorded
 * absence, so it needs one and the berita acara lists it (`previously` in the audit details).
 */
export function checkIn(db: Db, principal: Principal, a: Seat & { reason?: string | undefined }, now: Date): void {
  requireAttendanceOpen(db, a);
  const wasAbsent = board.recordedAttendance(db, a) === 'absent';
  if (wasAbsent && !a.reason) throw new AppError('CHECK_IN_NEEDS_REASON');
  board.setAttendance(db, { sessionId: a.sessionId, candidateId: a.candidateId, status: 'present', at: now.toISOString(), by: principal.accountId });
  const details = wasAbsent ? { sessionId: a.sessionId, previously: 'absent', reason: a.reason } : { sessionId: a.sessionId };
  appendAudit(db, principal, { action: 'exam.checkedIn', entity: 'candidate', entityId: a.candidateId, details }, now);
}

/** A candidate who has started cannot be absent: that would hide an attempt from the minutes. */
export function markAbsent(db: Db, principal: Principal, a: Seat & { reason: string }, now: Date): void {
  requireAttendanceOpen(db, a);
  if (attempts.findAttempt(db, a.sessionId, a.candidateId)) throw new AppError('ALREADY_STARTED');
  board.setAttendance(db, { sessionId: a.sessionId, candidateId: a.candidateId, status: 'absent', at: now.toISOString(), by: principal.accountId });
  appendAudit(db, principal, { action: 'exam.markedAbsent', entity: 'candidate', entityId: a.candidateId, details: { sessionId: a.sessionId, reason: a.reason } }, now);
}

export function addIncident(db: Db, principal: Principal, sessionId: string, text: string, now: Date): Incident {
  examSessionOrThrow(db, sessionId);
  board.insertIncident(db, { sessionId, at: now.toISOString(), text, by: principal.accountId });
  appendAudit(db, principal, { action: 'exam.incident', entity: 'session', entityId: sessionId, details: { text } }, now);
  const all = board.incidents(db, sessionId);
  return all[all.length - 1];
}

export function setNotes(db: Db, principal: Principal, sessionId: string, notes: string, now: Date): void {
  examSessionOrThrow(db, sessionId);
  if (board.setNotes(db, sessionId, notes) === 0) throw new AppError('SESSION_NOT_STARTED');
  appendAudit(db, principal, { action: 'exam.notes', entity: 'session', entityId: sessionId }, now);
}

/** Berita acara: everything the printed minutes need, computed from what happened (the audit head is added by the caller that signs it). */
export function minutes(db: Db, sessionId: string, now: Date): Omit<Minutes, 'auditHead'> {
  const session = examSessionOrThrow(db, sessionId);
  const state = run.findRun(db, sessionId);
  const rows = board.boardRows(db, sessionId, now.toISOString());
  const counts = countAttendance(rows.map((r) => attendanceStatus(r.attendance, r.attemptId !== null, r.sessionEnded === 1)));
  return {
    sessionId,
    sessionCode: session.code,
    date: session.date,
    startedAt: state?.startedAt ?? null,
    endedAt: state?.endedAt ?? null,
    registered: counts.registered,
    present: counts.present,
    absent: counts.absent,
    notRecorded: counts.notRecorded,
    submitted: rows.filter((r) => r.submittedAt !== null).length,
    proctorNames: board.proctorNames(db, sessionId),
    assessorNames: [...new Set(rows.map((r) => r.assessorName))].sort(),
    incidents: board.incidents(db, sessionId),
    proctorActions: proctorActions(db, sessionId),
    notes: board.runNotes(db, sessionId),
  };
}
