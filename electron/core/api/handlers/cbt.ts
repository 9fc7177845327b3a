import { AppError } from '../../../shared/errors';
import { agree, saveAnswer, settle, submitByCandidate, visit, type HeldRefusal, type Seat } from '../../cbt/attempt';
import { candidateState } from '../../cbt/state';
import { clockOf } from '../../cbt/timing';
import * as attempts from '../../db/queries/attempts';
import * as run from '../../db/queries/exam-run';
import { addFocusLost } from '../../db/queries/board';
import { me, write, type CallContext, type Handlers } from '../context';

/**
 * The candidate's seat comes from their sign-in, never from the arguments: they can reach only their
 * own attempt. Any call also tells the proctor's board that this PC is alive.
 */
function seatOf(call: CallContext): Seat {
  const principal = me(call);
  const sessionId = call.examSessionId;
  if (!principal.candidateId || !sessionId) throw new AppError('NOT_IN_SESSION');
  const seat = { sessionId, candidateId: principal.candidateId };
  call.core.examDay.heard(principal.accountId, sessionId, seat.candidateId);
  return seat;
}

/** Reading the state also settles an attempt whose time ran out, so the screen never shows a dead test. */
function stateNow(call: CallContext, seat: Seat) {
  const { db } = call.core;
  return write(call, (now) => {
    const attempt = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
    if (attempt) settle(db, attempt, now);
    return candidateState(db, seat, now);
  });
}

/** The attempt's clock (null before the agreement and after submitting), settling a timed-out attempt on the way. */
function clockNow(call: CallContext, seat: Seat, focusLost: number) {
  const { db } = call.core;
  return write(call, (now) => {
    const found = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
    if (!found) return null;
    if (focusLost > 0) addFocusLost(db, found.id, focusLost);
    const attempt = settle(db, found, now);
    return attempt.submittedAt ? null : clockOf(attempt, now);
  });
}

export const cbtHandlers = {
  'cbt/state': (_args, call) => stateNow(call, seatOf(call)),
  'cbt/agree': (_args, call) => {
    const seat = seatOf(call);
    write(call, (now) => agree(call.core.db, me(call), seat, now));
    return stateNow(call, seat);
  },
  'cbt/save': (args, call) => {
    const seat = seatOf(call);
    const principal = me(call);
    const { db, clock, examDay } = call.core;
    let refused: { refusal: HeldRefusal; now: Date } | null = null;
    return call.core.commits.run(
      () => {
        const now = clock.now();
        return saveAnswer(db, principal, seat, args, now, {
          unwritten: (id) => examDay.heardLog.unwritten(id),
          refused: (refusal) => {
            refused = { refusal, now };
          },
        });
      },
      // Not inside the save: its writes roll back with the refusal. After them, in the commit the save would have
      // used, before the PC hears the refusal (exam-day/held-answer-refusals.ts).
      () => {
        const held = refused;
        return held && (() => examDay.heldRefusals.note(principal, held.refusal, held.now));
      },
    );
  },
  'cbt/visit': (args, call) => {
    const seat = seatOf(call);
    return { position: write(call, (now) => visit(call.core.db, seat, args.position, now)) };
  },
  'cbt/clock': (_args, call) => clockNow(call, seatOf(call), 0),
  'cbt/heartbeat': (args, call) => clockNow(call, seatOf(call), args.focusLost),
  'cbt/outboxSessions': ({ sessionIds }, call) =>
    [...new Set(sessionIds)].flatMap((sessionId) => {
      const session = run.findExamSession(call.core.db, sessionId);
      return session ? [{ sessionId, sessionCode: session.code, endedAt: run.findRun(call.core.db, sessionId)?.endedAt ?? null }] : [];
    }),
  'cbt/submit': (_args, call) => {
    const seat = seatOf(call);
    write(call, (now) => submitByCandidate(call.core.db, me(call), seat, now));
    return stateNow(call, seat);
  },
} satisfies Partial<Handlers>;
