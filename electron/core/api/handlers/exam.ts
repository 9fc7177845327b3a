import { AppError } from '../../../shared/errors';
import { examSessionOrThrow } from '../../cbt/attempt';
import * as exam from '../../cbt/exam';
import * as day from '../../exam-day/actions';
import * as room from '../../exam-day/room-actions';
import { sessionBoard } from '../../exam-day/board';
import { boardRows } from '../../db/queries/board';
import { multipleChoiceSheet } from '../../cbt/scoring';
import { findByCandidate } from '../../db/queries/accounts';
import * as run from '../../db/queries/exam-run';
import type { Minutes, RoomActionResult } from '../../../shared/exam-day';
import { me, write, type CallContext, type Handlers } from '../context';

function accountOf(call: CallContext, candidateId: string) {
  const account = findByCandidate(call.core.db, candidateId);
  if (!account) throw new AppError('NOT_FOUND', { what: 'candidate' });
  return account;
}

/**
 * Tells the candidate's own screen to fetch its clock again (cbt/clockChanged), and the board to show the
 * seat anew. After time was moved (extend, pause, resume, room-wide) the screen shows the new time; after
 * the test was submitted by the proctor (one seat, or all by ending the session) it asks for its clock,
 * finds none and shows the receipt: without it the screen learnt it at the next heartbeat, up to 10 s
 * during which the candidate kept typing an essay that could no longer count.
 *
 * `withoutAccount`, for a candidate with no account (the change is already committed): `refuse` answers
 * NOT_FOUND and leaves the board alone, as the time actions always did; `boardOnly` (a test closed, where
 * the end of a session reaches every seat) tells the board and goes on.
 */
function candidateClockChanged(call: CallContext, sessionId: string, candidateId: string, withoutAccount: 'refuse' | 'boardOnly'): void {
  const account = findByCandidate(call.core.db, candidateId);
  if (account) call.core.events.emit('cbt/clockChanged', { sessionId }, account.id);
  else if (withoutAccount === 'refuse') throw new AppError('NOT_FOUND', { what: 'candidate' });
  call.core.examDay.changed(sessionId, candidateId);
}

/** Other proctors' consoles (another PC, another tab) follow a start, a rotation by hand or an end. */
function sessionChanged<T extends { sessionId: string }>(call: CallContext, state: T): T {
  call.core.events.emit('exam/sessionChanged', { sessionId: state.sessionId });
  return state;
}

/**
 * The berita acara prints the audit head signed as it is printed: a copy of the head on paper, which
 * nobody who later edits the database (even with the data folder) can take back.
 */
function withAuditHead(call: CallContext, minutes: Omit<Minutes, 'auditHead'>): Minutes {
  call.core.anchor.sign('print');
  return { ...minutes, auditHead: call.core.anchor.summary() };
}

function seatChanged<T>(call: CallContext, seat: { sessionId: string; candidateId: string }, result: T): T {
  call.core.examDay.changed(seat.sessionId, seat.candidateId);
  return result;
}

/** Every screen a room-wide action changed follows it: each candidate's own clock, and the board. */
function roomChanged(call: CallContext, result: RoomActionResult): RoomActionResult {
  for (const candidateId of result.candidateIds) candidateClockChanged(call, result.sessionId, candidateId, 'refuse');
  return result;
}

export const examHandlers = {
  'exam/startSession': (args, call) => {
    const state = write(call, (now) => exam.startSession(call.core.db, me(call), args.sessionId, now));
    call.core.commits.prepareForSaves();
    return sessionChanged(call, state);
  },
  'exam/token': (args, call) => write(call, (now) => exam.tokenState(call.core.db, args.sessionId, now)),
  'exam/rotateToken': (args, call) =>
    sessionChanged(call, write(call, (now) => exam.rotateToken(call.core.db, me(call), args.sessionId, now))),
  'exam/endSession': (args, call) => {
    const state = write(call, (now) => exam.endSession(call.core.db, me(call), args.sessionId, args.reason, now));
    call.core.anchor.sign('session_close');
    for (const r of boardRows(call.core.db, args.sessionId, state.serverNow)) candidateClockChanged(call, args.sessionId, r.candidateId, 'boardOnly');
    return sessionChanged(call, state);
  },
  'exam/extendTime': (args, call) => {
    const result = write(call, (now) => exam.extendTime(call.core.db, me(call), args, now));
    candidateClockChanged(call, args.sessionId, args.candidateId, 'refuse');
    return result;
  },
  'exam/pause': (args, call) => {
    const result = write(call, (now) => exam.pause(call.core.db, me(call), args, now));
    candidateClockChanged(call, args.sessionId, args.candidateId, 'refuse');
    return result;
  },
  'exam/resume': (args, call) => {
    const result = write(call, (now) => exam.resume(call.core.db, me(call), args, now));
    candidateClockChanged(call, args.sessionId, args.candidateId, 'refuse');
    return result;
  },
  'exam/pauseAll': (args, call) => roomChanged(call, write(call, (now) => room.pauseAll(call.core.db, me(call), args, now))),
  'exam/resumeAll': (args, call) => roomChanged(call, write(call, (now) => room.resumeAll(call.core.db, me(call), args, now))),
  'exam/extendAll': (args, call) => roomChanged(call, write(call, (now) => room.extendAll(call.core.db, me(call), args, now))),
  'exam/markAllAbsent': (args, call) => {
    const result = write(call, (now) => room.markAllAbsent(call.core.db, me(call), args, now));
    for (const candidateId of result.candidateIds) call.core.examDay.changed(args.sessionId, candidateId);
    return result;
  },
  'exam/unlockAll': (args, call) => {
    const { accountIds, ...result } = write(call, (now) => room.unlockAll(call.core.db, me(call), args, now));
    for (const accountId of accountIds) call.core.events.emit('accounts/changed', { accountId, locked: false });
    for (const candidateId of result.candidateIds) call.core.examDay.changed(args.sessionId, candidateId);
    return result;
  },
  'exam/resetLogin': (args, call) => {
    const account = accountOf(call, args.candidateId);
    const revokedSessions = write(call, (now) => exam.resetLogin(call.core.db, me(call), args, account.id, now));
    call.core.examDay.presence.forget(account.id);
    return seatChanged(call, args, { revokedSessions });
  },
  'exam/forceSubmit': (args, call) => {
    const result = write(call, (now) => day.forceSubmit(call.core.db, me(call), args, now));
    candidateClockChanged(call, args.sessionId, args.candidateId, 'boardOnly');
    return result;
  },
  'exam/checkIn': (args, call) => {
    write(call, (now) => day.checkIn(call.core.db, me(call), args, now));
    return seatChanged(call, args, { candidateId: args.candidateId, attendance: 'present' as const });
  },
  'exam/markAbsent': (args, call) => {
    write(call, (now) => day.markAbsent(call.core.db, me(call), args, now));
    return seatChanged(call, args, { candidateId: args.candidateId, attendance: 'absent' as const });
  },
  'exam/board': (args, call) =>
    write(call, (now) => {
      examSessionOrThrow(call.core.db, args.sessionId);
      return sessionBoard(call.core.db, args.sessionId, call.core.examDay.presence, now);
    }),
  'exam/addIncident': (args, call) => write(call, (now) => day.addIncident(call.core.db, me(call), args.sessionId, args.text, now)),
  'exam/minutes': (args, call) => withAuditHead(call, write(call, (now) => day.minutes(call.core.db, args.sessionId, now))),
  'exam/setNotes': (args, call) =>
    withAuditHead(
      call,
      write(call, (now) => {
        day.setNotes(call.core.db, me(call), args.sessionId, args.notes, now);
        return day.minutes(call.core.db, args.sessionId, now);
      }),
    ),

  'scores/multipleChoice': (args, call) => {
    const principal = me(call);
    const { db } = call.core;
    const assessor = run.seatAssessor(db, args.sessionId, args.candidateId);
    if (!assessor) throw new AppError('NOT_FOUND', { what: 'candidate' });
    // An assessor sees only their own candidates; LSP staff see all.
    if (principal.role === 'assessor' && assessor.assessorId !== principal.assessorId) {
      throw new AppError('FORBIDDEN', { role: principal.role });
    }
    return multipleChoiceSheet(db, args);
  },
} satisfies Partial<Handlers>;
