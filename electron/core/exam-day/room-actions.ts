import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { RoomActionResult } from '../../shared/exam-day';
import { appendAudit } from '../audit/log';
import { examSessionOrThrow, settle } from '../cbt/attempt';
import type { Db } from '../db/open';
import * as accounts from '../db/queries/accounts';
import * as attempts from '../db/queries/attempts';
import * as board from '../db/queries/board';
import * as run from '../db/queries/exam-run';
import * as pauses from '../db/queries/pauses';
import { attendanceStatus } from './attendance';

// The proctor's room-wide actions (issue 18 items 20 and 21): a power cut or a network fault stops the
// whole room at once. Each is one change to every candidate it concerns under one reason, recorded by
// one audit entry on the session naming those candidates. Each runs in a write transaction.

/** The session is under way: these actions mean nothing before the start or after the close. */
function requireRunning(db: Db, sessionId: string): void {
  examSessionOrThrow(db, sessionId);
  const state = run.findRun(db, sessionId);
  if (!state) throw new AppError('SESSION_NOT_STARTED');
  if (state.endedAt) throw new AppError('SESSION_ENDED');
}

/** The tests still being written (an attempt whose time ran out is submitted first, as for one candidate). */
function workingAttempts(db: Db, sessionId: string, now: Date): attempts.AttemptRow[] {
  return attempts
    .openAttempts(db, sessionId)
    .map((a) => settle(db, a, now))
    .filter((a) => !a.submittedAt);
}

type RoomAction = { sessionId: string; reason: string };

export function pauseAll(db: Db, principal: Principal, a: RoomAction, now: Date): RoomActionResult {
  requireRunning(db, a.sessionId);
  const paused = workingAttempts(db, a.sessionId, now).filter((t) => !t.pausedAt);
  for (const t of paused) {
    attempts.pause(db, t.id, now.toISOString());
    pauses.openPause(db, t.id, now.toISOString());
  }
  return recorded(db, principal, 'exam.pausedAll', a, paused, {}, now);
}

/** Each candidate gets back the time they were paused (someone paused earlier on their own gets more). */
export function resumeAll(db: Db, principal: Principal, a: RoomAction, now: Date): RoomActionResult {
  requireRunning(db, a.sessionId);
  const resumed = workingAttempts(db, a.sessionId, now).filter((t) => t.pausedAt);
  for (const t of resumed) {
    const credited = Math.max(0, Math.round((now.getTime() - Date.parse(t.pausedAt ?? '')) / 1000));
    attempts.resume(db, t.id, credited);
    pauses.closePause(db, t.id, now.toISOString());
  }
  return recorded(db, principal, 'exam.resumedAll', a, resumed, {}, now);
}

export function extendAll(db: Db, principal: Principal, a: RoomAction & { minutes: number }, now: Date): RoomActionResult {
  requireRunning(db, a.sessionId);
  const extended = workingAttempts(db, a.sessionId, now);
  for (const t of extended) attempts.addExtension(db, t.id, a.minutes * 60);
  return recorded(db, principal, 'exam.extendedAll', a, extended, { minutes: a.minutes }, now);
}

/**
 * Everyone the one attendance definition calls not yet recorded becomes absent: for when the session
 * has started and the door is closed. Whoever has started a test is present by that definition and
 * is not touched, nor is anyone the proctor already recorded.
 */
export function markAllAbsent(db: Db, principal: Principal, a: RoomAction, now: Date): RoomActionResult {
  requireRunning(db, a.sessionId);
  const missing = board
    .boardRows(db, a.sessionId, now.toISOString())
    .filter((r) => attendanceStatus(r.attendance, r.attemptId !== null, r.sessionEnded === 1) === 'not_recorded')
    .map((r) => r.candidateId);
  for (const candidateId of missing) {
    board.setAttendance(db, { sessionId: a.sessionId, candidateId, status: 'absent', at: now.toISOString(), by: principal.accountId });
  }
  if (missing.length > 0) {
    appendAudit(db, principal, { action: 'exam.markedAllAbsent', entity: 'session', entityId: a.sessionId, details: { reason: a.reason, candidateIds: missing } }, now);
  }
  return { sessionId: a.sessionId, candidateIds: missing };
}

/**
 * Every seat of the session whose account is locked is unlocked, under one reason: wrong passwords typed
 * in the room (someone at another seat, with the room's token) can lock several at once, and each
 * unlock by hand asked its own reason. Returns the candidates, and their accounts for the pushes.
 */
export function unlockAll(db: Db, principal: Principal, a: RoomAction, now: Date): RoomActionResult & { accountIds: string[] } {
  requireRunning(db, a.sessionId);
  const locked = board.boardRows(db, a.sessionId, now.toISOString()).filter((r) => r.accountId !== null && r.locked === 1);
  const accountIds = locked.map((r) => r.accountId ?? '');
  for (const accountId of accountIds) accounts.unlock(db, accountId);
  const candidateIds = locked.map((r) => r.candidateId);
  if (candidateIds.length > 0) {
    appendAudit(db, principal, { action: 'exam.unlockedAll', entity: 'session', entityId: a.sessionId, details: { reason: a.reason, candidateIds, accountIds } }, now);
  }
  return { sessionId: a.sessionId, candidateIds, accountIds };
}

/** One audit entry for the whole room, only when something changed. */
function recorded(
  db: Db,
  principal: Principal,
  action: 'exam.pausedAll' | 'exam.resumedAll' | 'exam.extendedAll',
  a: RoomAction,
  changed: readonly attempts.AttemptRow[],
  details: Record<string, unknown>,
  now: Date,
): RoomActionResult {
  const candidateIds = changed.map((t) => t.candidateId);
  if (candidateIds.length > 0) {
    appendAudit(db, principal, { action, entity: 'session', entityId: a.sessionId, details: { ...details, reason: a.reason, candidateIds } }, now);
  }
  return { sessionId: a.sessionId, candidateIds };
}
