import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { CbtSaveResult, SubmitReason } from '../../shared/cbt';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import * as board from '../db/queries/board';
import * as run from '../db/queries/exam-run';
import * as pauses from '../db/queries/pauses';
import { newId } from '../ids';
import { assembledGroups } from '../scheduling/written-test-draw';
import { itemOrderOf, loadPaper, optionsInOrderFor, paperGroups, shownOptionOrder } from './paper';
import { answerDigest } from './answer-digest';
import { receiptCode } from './receipt';
import { newSeed, questionOrder } from './shuffle';
import { clockOf, deadlineOf, isOverdue, isPastDeadline } from './timing';

export type Seat = { sessionId: string; candidateId: string };

export function examSessionOrThrow(db: Db, sessionId: string): run.ExamSessionRow {
  const session = run.findExamSession(db, sessionId);
  if (!session) throw new AppError('NOT_FOUND', { what: 'session' });
  return session;
}

/** The session exists and the candidate has a seat in it, or NOT_FOUND says which is missing. */
export function requireSeat(db: Db, seat: Seat): void {
  examSessionOrThrow(db, seat.sessionId);
  if (!run.isCandidateInSession(db, seat.sessionId, seat.candidateId)) throw new AppError('NOT_FOUND', { what: 'candidate' });
}

/** Submits an attempt whose time (and late grace) ran out, whoever looks at it first. Inside a write transaction. */
export function settle(db: Db, attempt: attempts.AttemptRow, now: Date): attempts.AttemptRow {
  if (attempt.submittedAt || !isOverdue(attempt, now)) return attempt;
  return submitAttempt(db, null, attempt, now, 'timeout');
}

export function submitAttempt(
  db: Db,
  actor: Principal | null,
  attempt: attempts.AttemptRow,
  now: Date,
  reason: SubmitReason,
): attempts.AttemptRow {
  if (attempt.submittedAt) return attempt;
  // Submitting ends a pause under way; its record keeps when.
  if (attempt.pausedAt) pauses.closePause(db, attempt.id, now.toISOString());
  const answers = attempts.listAnswers(db, attempt.id);
  const receipt = receiptCode(attempt.id, answers);
  attempts.submit(db, attempt.id, now.toISOString(), reason, receipt);
  appendAudit(
    db,
    actor,
    {
      action: 'cbt.submitted',
      entity: 'attempt',
      entityId: attempt.id,
      details: { reason, receipt, answered: answers.filter((a) => a.choice !== null || a.text).length },
    },
    now,
  );
  return attempts.findAttempt(db, attempt.sessionId, attempt.candidateId) ?? attempt;
}

/** The candidate accepts FR.AK.01; this also starts their clock. Accepting twice changes nothing. */
export function agree(db: Db, principal: Principal, seat: Seat, now: Date): void {
  if (attempts.findAttempt(db, seat.sessionId, seat.candidateId)) return;
  const session = examSessionOrThrow(db, seat.sessionId);
  // A newer session bundle may have taken the seat away after the sign-in (before anyone answered): as cbt/state says.
  if (!run.isCandidateInSession(db, seat.sessionId, seat.candidateId)) throw new AppError('NOT_IN_SESSION');
  const state = run.findRun(db, seat.sessionId);
  if (!state) throw new AppError('SESSION_NOT_STARTED');
  if (state.endedAt) throw new AppError('SESSION_ENDED');
  // Marked absent while already signed in: starting would silently make them present (see candidateSignIn).
  if (board.recordedAttendance(db, seat) === 'absent') throw new AppError('MARKED_ABSENT');
  const seed = newSeed();
  // The session's assembled written test, if it has one (sessions/setWrittenTest), narrows the approved questions.
  const paper = loadPaper(db, session.schemeId);
  const order = questionOrder(seed, assembledGroups(session.settings, seat.candidateId, paperGroups(paper)));
  const id = newId();
  attempts.insertAttempt(db, {
    id,
    sessionId: seat.sessionId,
    candidateId: seat.candidateId,
    seed,
    itemOrder: JSON.stringify(order),
    // Fixed now, as the seed and order are: a setting changed later must not move a letter the candidate saw.
    optionsInOrder: JSON.stringify(optionsInOrderFor(paper, order)),
    agreedAt: now.toISOString(),
    startedAt: now.toISOString(),
    durationSeconds: session.durationMinutes * 60,
  });
  appendAudit(db, principal, { action: 'cbt.agreed', entity: 'attempt', entityId: id, details: { form: 'FR.AK.01' } }, now);
}

/** The attempt a candidate may still change, or the reason they may not. Inside a write transaction. */
export function openAttempt(db: Db, seat: Seat, now: Date): attempts.AttemptRow {
  return stillOpen(settledAttempt(db, seat, now));
}

/** The attempt, settled, in a session that has not ended. */
function settledAttempt(db: Db, seat: Seat, now: Date): attempts.AttemptRow {
  if (run.findRun(db, seat.sessionId)?.endedAt) throw new AppError('SESSION_ENDED');
  const found = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
  if (!found) throw new AppError('AGREEMENT_REQUIRED');
  return settle(db, found, now);
}

function stillOpen(attempt: attempts.AttemptRow): attempts.AttemptRow {
  if (attempt.submitReason === 'timeout') throw new AppError('TIME_UP');
  if (attempt.submittedAt) throw new AppError('ATTEMPT_SUBMITTED');
  if (attempt.pausedAt) throw new AppError('ATTEMPT_PAUSED');
  return attempt;
}

export type SaveInput = {
  itemId: string;
  seq: number;
  choice: number | null;
  text: string | null;
  doubtful: boolean;
  /** When the candidate gave it, on the server's clock as the lab PC estimates it; set by the outbox. */
  answeredAt?: string;
};

/**
 * An answer given before the deadline on a PC that had lost the LAN arrives late. It still counts if
 * it reaches us within this long after the deadline and the attempt ended only because time ran out.
 * The bound matters because `answeredAt` comes from the lab PC: a PC cannot claim an old answer
 * hours later, and the candidate's screen stops taking answers at zero even while offline.
 */
export const OFFLINE_DELIVERY_TOLERANCE_MS = 10 * 60_000;

function lateDeliveryAllowed(attempt: attempts.AttemptRow, input: SaveInput, now: Date): boolean {
  if (attempt.submitReason !== 'timeout' || !input.answeredAt) return false;
  const deadline = deadlineOf(attempt, now).getTime();
  const answeredAt = Date.parse(input.answeredAt);
  return Number.isFinite(answeredAt) && answeredAt <= deadline && now.getTime() <= deadline + OFFLINE_DELIVERY_TOLERANCE_MS;
}

/**
 * How much later than an answer's `answeredAt` the PC may still be heard from while it holds that answer
 * back for an honest reason. `answeredAt` is the server's time as the PC estimates it from its last clock
 * reading, which errs early by that reading's trip across the LAN (milliseconds when quiet, up to 1.5 s
 * measured under a flood) plus the PC clock's drift since (heartbeats read it every 10 s); an essay goes to
 * the outbox 1.2 s after its last keystroke, stamped with that keystroke; the outbox sends one save at a
 * time and retries a failed one after 1 s. Larger would widen what a candidate could still stamp into the
 * last seconds of an online PC's test; smaller would refuse a PC whose LAN dropped while a save was in flight.
 */
export const HELD_ANSWER_MARGIN_MS = 5_000;

/**
 * A late delivery is for a PC that could not reach us. One heard from (last_activity_at, or a call the
 * heard log has not written yet) after the answer was given, while the test still took answers, could have
 * sent it then: the answer was held back, or stamped early by hand, and is refused.
 */
function refuseIfHeldWhileOnline(seat: Seat, attempt: attempts.AttemptRow, input: SaveInput, heardLog: HeardLogView): void {
  const heard = [attempt.lastActivityAt, heardLog.unwritten(attempt.id)].filter((v): v is string => v !== null).sort().at(-1);
  if (!heard || !input.answeredAt) return;
  if (Date.parse(heard) > Date.parse(input.answeredAt) + HELD_ANSWER_MARGIN_MS) {
    heardLog.refused({ attemptId: attempt.id, sessionId: seat.sessionId, candidateId: seat.candidateId, itemId: input.itemId, answeredAt: input.answeredAt, heardAt: heard });
    throw new AppError('ANSWER_HELD_WHILE_ONLINE', { itemId: input.itemId });
  }
}

/** When the answer was given: the lab PC's stamp (the outbox keeps it across a LAN cut), else now. */
function answerStamp(input: SaveInput, now: Date): string {
  const at = input.answeredAt ? Date.parse(input.answeredAt) : NaN;
  return Number.isFinite(at) ? new Date(at).toISOString() : now.toISOString();
}

/**
 * A paused candidate can change nothing: an answer stamped inside any pause of the attempt (the one
 * under way or one already resumed, as when a PC that missed the pause sends its queue after the
 * resume) is refused for good, not held. Answers stamped before a pause still count once it ends.
 */
function refuseIfGivenWhilePaused(db: Db, attempt: attempts.AttemptRow, input: SaveInput, now: Date): void {
  const stamp = answerStamp(input, now);
  if ((attempt.pausedAt !== null && stamp >= attempt.pausedAt) || pauses.pausedAt(db, attempt.id, stamp)) {
    throw new AppError('ANSWERED_WHILE_PAUSED', { itemId: input.itemId });
  }
}

/** One late save refused because its PC was heard from after the answer was given. */
export type HeldRefusal = {
  attemptId: string;
  sessionId: string;
  candidateId: string;
  itemId: string;
  /** The PC's stamp: when it says the answer was given. */
  answeredAt: string;
  /** When the room server last heard from the PC while the test still took answers. */
  heardAt: string;
};

/**
 * What a save needs of the exam day's memory: the last call from this attempt's PC that the heard log holds
 * but has not written yet (exam-day/heard-log.ts), and who is told of a refusal of a held-back answer: the save's
 * own writes roll back with it, so the caller records it after them (api/handlers/cbt.ts).
 */
export type HeardLogView = { unwritten: (attemptId: string) => string | null; refused: (refusal: HeldRefusal) => void };

const NOTHING_HEARD: HeardLogView = { unwritten: () => null, refused: () => {} };

function attemptForSave(db: Db, seat: Seat, input: SaveInput, now: Date, heardLog: HeardLogView): { attempt: attempts.AttemptRow; late: boolean } {
  const attempt = settledAttempt(db, seat, now);
  if (attempt.submittedAt && lateDeliveryAllowed(attempt, input, now)) {
    refuseIfGivenWhilePaused(db, attempt, input, now);
    refuseIfHeldWhileOnline(seat, attempt, input, heardLog);
    return { attempt, late: true };
  }
  if (attempt.submitReason === 'timeout') throw new AppError('TIME_UP');
  if (attempt.submittedAt) throw new AppError('ATTEMPT_SUBMITTED');
  refuseIfGivenWhilePaused(db, attempt, input, now);
  return { attempt: stillOpen(attempt), late: false };
}

/**
 * Each save carries the whole state of one question and the attempt's sequence number; only a
 * newer number is written, so retries and late duplicates are harmless. Inside a write transaction:
 * the acknowledgement goes out only after it commits.
 */
export function saveAnswer(
  db: Db,
  principal: Principal,
  seat: Seat,
  input: SaveInput,
  now: Date,
  heardLog: HeardLogView = NOTHING_HEARD,
): CbtSaveResult {
  const { attempt, late } = attemptForSave(db, seat, input, now, heardLog);
  if (!itemOrderOf(attempt).includes(input.itemId)) throw new AppError('NOT_IN_TEST');
  const item = attempts.itemShape(db, input.itemId);
  if (!item) throw new AppError('NOT_IN_TEST');

  let choice: number | null = null;
  if (item.kind === 'multiple_choice') {
    if (input.text !== null) throw new AppError('ANSWER_KIND_MISMATCH', { itemId: input.itemId });
    if (input.choice !== null) {
      const original = shownOptionOrder(attempt, item.itemId, item.optionCount)[input.choice];
      if (original === undefined) throw new AppError('ANSWER_KIND_MISMATCH', { itemId: input.itemId });
      choice = original;
    }
  } else if (input.choice !== null) {
    throw new AppError('ANSWER_KIND_MISMATCH', { itemId: input.itemId });
  }

  const at = now.toISOString();
  const answer: attempts.AnswerRow = { itemId: input.itemId, choice, text: item.kind === 'essay' ? input.text : null, doubtful: input.doubtful ? 1 : 0, seq: input.seq, savedAt: at };
  const stored = attempts.upsertAnswer(db, attempt.id, answer);
  if (stored) {
    const digest = answerDigest(answer);
    appendAudit(
      db,
      principal,
      {
        action: late ? 'cbt.lateAnswer' : 'cbt.answer',
        entity: 'attempt',
        entityId: attempt.id,
        details: late ? { itemId: input.itemId, seq: input.seq, answeredAt: input.answeredAt, digest } : { itemId: input.itemId, seq: input.seq, digest },
      },
      now,
    );
    // The receipt covers every answer that counts, late deliveries included.
    if (late) attempts.setReceipt(db, attempt.id, receiptCode(attempt.id, attempts.listAnswers(db, attempt.id)));
  }
  return { itemId: input.itemId, seq: input.seq, stored, savedAt: at, clock: clockOf(attempt, now) };
}

export function visit(db: Db, seat: Seat, position: number, now: Date): number {
  const attempt = openAttempt(db, seat, now);
  const clamped = Math.min(position, Math.max(0, itemOrderOf(attempt).length - 1));
  attempts.setPosition(db, attempt.id, clamped, now.toISOString());
  return clamped;
}

export function submitByCandidate(db: Db, principal: Principal, seat: Seat, now: Date): void {
  if (run.findRun(db, seat.sessionId)?.endedAt) throw new AppError('SESSION_ENDED');
  const found = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
  if (!found) throw new AppError('AGREEMENT_REQUIRED');
  const attempt = settle(db, found, now);
  if (attempt.submittedAt) return;
  if (attempt.pausedAt) throw new AppError('ATTEMPT_PAUSED');
  // The countdown submits by itself at zero; that call lands here a moment later.
  submitAttempt(db, principal, attempt, now, isPastDeadline(attempt, now) ? 'timeout' : 'candidate');
}
