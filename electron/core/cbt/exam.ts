import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { ProctorAttemptClock, SessionTokenState } from '../../shared/cbt';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import * as authSessions from '../db/queries/auth-sessions';
import * as run from '../db/queries/exam-run';
import * as pauses from '../db/queries/pauses';
import { examSessionOrThrow, requireSeat, settle, submitAttempt, type Seat } from './attempt';
import { clockOf } from './timing';
import { currentToken, issueToken, rotateMinutesOf } from './token';

/** The proctor's side of the exam day: token, start/end, and per-candidate time. Each runs in a write transaction. */
export function tokenState(db: Db, sessionId: string, now: Date): SessionTokenState {
  const session = examSessionOrThrow(db, sessionId);
  const rotateMinutes = rotateMinutesOf(session.settings);
  const state = run.findRun(db, sessionId);
  const base = { sessionId, rotateMinutes, serverNow: now.toISOString() };
  if (!state || state.endedAt) {
    return { ...base, status: state ? 'ended' : 'not_started', token: null, issuedAt: null, rotatesAt: null };
  }
  const token = currentToken(db, sessionId, now, rotateMinutes);
  return { ...base, status: 'running', token: token?.token ?? null, issuedAt: token?.issuedAt ?? null, rotatesAt: token?.rotatesAt ?? null };
}

export function startSession(db: Db, principal: Principal, sessionId: string, now: Date): SessionTokenState {
  const session = examSessionOrThrow(db, sessionId);
  const state = run.findRun(db, sessionId);
  if (state?.endedAt) throw new AppError('SESSION_ENDED');
  // The LSP called it off (a bundle exported after the cancellation says so): no exam to release.
  if (!state && session.cancelledAt) throw new AppError('EXAM_SESSION_CANCELLED', { session: session.code, cancelledAt: session.cancelledAt, reason: session.cancelReason ?? '' });
  if (!state) {
    run.insertRun(db, sessionId, now.toISOString(), principal.accountId);
    issueToken(db, sessionId, now, rotateMinutesOf(session.settings), null);
    appendAudit(db, principal, { action: 'exam.started', entity: 'session', entityId: sessionId }, now);
  }
  return tokenState(db, sessionId, now);
}

export function rotateToken(db: Db, principal: Principal, sessionId: string, now: Date): SessionTokenState {
  const session = examSessionOrThrow(db, sessionId);
  const state = run.findRun(db, sessionId);
  if (!state) throw new AppError('SESSION_NOT_STARTED');
  if (state.endedAt) throw new AppError('SESSION_ENDED');
  const rotateMinutes = rotateMinutesOf(session.settings);
  const current = currentToken(db, sessionId, now, rotateMinutes);
  if (current) run.setRotatesAt(db, current.id, now.toISOString());
  issueToken(db, sessionId, now, rotateMinutes, current?.token ?? null);
  appendAudit(db, principal, { action: 'exam.tokenRotated', entity: 'session', entityId: sessionId }, now);
  return tokenState(db, sessionId, now);
}

/** No answer is accepted after this; attempts still open are submitted as they stand. */
export function endSession(db: Db, principal: Principal, sessionId: string, reason: string, now: Date): SessionTokenState {
  examSessionOrThrow(db, sessionId);
  const state = run.findRun(db, sessionId);
  if (!state) throw new AppError('SESSION_NOT_STARTED');
  if (!state.endedAt) {
    for (const attempt of attempts.openAttempts(db, sessionId)) {
      const settled = settle(db, attempt, now);
      submitAttempt(db, principal, settled, now, 'session_ended');
    }
    run.endRun(db, sessionId, now.toISOString(), principal.accountId);
    appendAudit(db, principal, { action: 'exam.ended', entity: 'session', entityId: sessionId, details: { reason } }, now);
  }
  return tokenState(db, sessionId, now);
}

/** The attempt a proctor's action applies to: started, not yet submitted (settled first). */
export function attemptForAction(db: Db, seat: Seat, now: Date): attempts.AttemptRow {
  requireSeat(db, seat);
  const found = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
  if (!found) throw new AppError('NO_ATTEMPT');
  const attempt = settle(db, found, now);
  if (attempt.submittedAt) throw new AppError('ATTEMPT_SUBMITTED');
  return attempt;
}

function attemptClock(db: Db, seat: Seat, now: Date): ProctorAttemptClock {
  const attempt = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
  return {
    ...seat,
    clock: attempt && !attempt.submittedAt ? clockOf(attempt, now) : null,
    extensionMinutes: attempt ? Math.round(attempt.extensionSeconds / 60) : 0,
  };
}

type SeatAction = Seat & { reason: string };

export function extendTime(db: Db, principal: Principal, a: SeatAction & { minutes: number }, now: Date): ProctorAttemptClock {
  const attempt = attemptForAction(db, a, now);
  attempts.addExtension(db, attempt.id, a.minutes * 60);
  appendAudit(db, principal, { action: 'exam.extended', entity: 'attempt', entityId: attempt.id, details: { minutes: a.minutes, reason: a.reason } }, now);
  return attemptClock(db, a, now);
}

export function pause(db: Db, principal: Principal, a: SeatAction, now: Date): ProctorAttemptClock {
  const attempt = attemptForAction(db, a, now);
  if (attempt.pausedAt) throw new AppError('ATTEMPT_PAUSED');
  attempts.pause(db, attempt.id, now.toISOString());
  pauses.openPause(db, attempt.id, now.toISOString());
  appendAudit(db, principal, { action: 'exam.paused', entity: 'attempt', entityId: attempt.id, details: { reason: a.reason } }, now);
  return attemptClock(db, a, now);
}

/** The time spent paused is credited back to the candidate's deadline. */
export function resume(db: Db, principal: Principal, a: SeatAction, now: Date): ProctorAttemptClock {
  const attempt = attemptForAction(db, a, now);
  if (!attempt.pausedAt) throw new AppError('ATTEMPT_NOT_PAUSED');
  const credited = Math.max(0, Math.round((now.getTime() - Date.parse(attempt.pausedAt)) / 1000));
  attempts.resume(db, attempt.id, credited);
  pauses.closePause(db, attempt.id, now.toISOString());
  appendAudit(db, principal, { action: 'exam.resumed', entity: 'attempt', entityId: attempt.id, details: { creditedSeconds: credited, reason: a.reason } }, now);
  return attemptClock(db, a, now);
}

/**
 * Ends the candidate's sign-in wherever it is, so they can continue on another PC with every answer kept.
 * Not only this session's: a candidate holds one sign-in at a time (each sign-in ends the others), and when
 * it is another session's running test that refuses this session's PC (SIGNED_IN_ELSEWHERE), that is the
 * one this board's proctor must end. Sparing another session's would spare only a sign-in that blocks
 * nothing and that the candidate's next sign-in ends anyway.
 */
export function resetLogin(db: Db, principal: Principal, a: SeatAction, accountId: string, now: Date): number {
  if (!run.isCandidateInSession(db, a.sessionId, a.candidateId)) throw new AppError('NOT_FOUND', { what: 'candidate' });
  const revoked = authSessions.revokeAllFor(db, accountId, now.toISOString(), 'login_reset');
  appendAudit(db, principal, { action: 'exam.resetLogin', entity: 'account', entityId: accountId, details: { sessionId: a.sessionId, reason: a.reason, revoked } }, now);
  return revoked;
}
