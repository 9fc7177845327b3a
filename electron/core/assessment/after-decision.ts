import { FEEDBACK_ITEM_COUNT, type AppealInput, type FeedbackAnswer, type SaveResult } from '../../shared/assessment';
import { AppError, type FieldIssues } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as records from '../db/queries/assessment';
import type { SeatRow } from '../db/queries/assessment-content';
import { isSigned, seatEntity } from './locks';

export type FeedbackInput = { seq: number; answers: FeedbackAnswer[]; comment: string | null };

/**
 * Every statement needs Ya or Tidak: a blank FR.AK.03 sent through the API or the CLI was stored and
 * printed with the candidate's mark over empty rows. Refused field by field, statements numbered from 1.
 */
function refuseUnanswered(answers: readonly FeedbackAnswer[]): void {
  const unanswered = answers.flatMap((a, i) => (a.agree === null ? [i] : []));
  if (unanswered.length === 0) return;
  throw new AppError(
    'FEEDBACK_UNANSWERED',
    { count: unanswered.length, statements: unanswered.map((i) => i + 1).join(', ') },
    unanswered.map((i) => ({ field: `answers.${i}.agree`, reason: 'required' })) satisfies FieldIssues,
  );
}

/**
 * FR.AK.03: the candidate's feedback once the assessor has signed the decision, on the candidate's PC
 * or entered by the assessor for them (recorded as such). What the candidate entered themselves is
 * never overwritten by the assessor.
 */
export function saveFeedback(db: Db, principal: Principal, seat: SeatRow, sessionId: string, input: FeedbackInput, now: Date): SaveResult {
  if (!isSigned(db, sessionId, seat)) throw new AppError('FEEDBACK_NOT_OPEN');
  if (input.answers.length !== FEEDBACK_ITEM_COUNT) throw new AppError('BAD_ARGS', { details: `answers: ${FEEDBACK_ITEM_COUNT}` });
  refuseUnanswered(input.answers);
  const enteredByRole = principal.role === 'candidate' ? 'candidate' : 'assessor';
  const current = records.findFeedback(db, { sessionId, candidateId: seat.candidateId });
  if (enteredByRole === 'assessor' && current?.enteredByRole === 'candidate') throw new AppError('FEEDBACK_BY_CANDIDATE');
  const savedAt = now.toISOString();
  const stored = records.upsertFeedback(
    db,
    { sessionId, candidateId: seat.candidateId },
    { answers: JSON.stringify(input.answers), comment: input.comment, enteredByRole, seq: input.seq, savedAt, savedBy: principal.accountId },
  );
  if (stored) {
    appendAudit(
      db,
      principal,
      { action: 'assessment.feedback', entity: 'seat', entityId: seatEntity(sessionId, seat.candidateId), details: { form: 'FR.AK.03', enteredBy: enteredByRole, seq: input.seq } },
      now,
    );
  }
  return { seq: input.seq, stored, savedAt };
}

/** FR.AK.04: the candidate's appeal, recorded by their assessor. */
export function saveAppeal(db: Db, principal: Principal, seat: SeatRow, sessionId: string, input: AppealInput & { seq: number }, now: Date): SaveResult {
  const savedAt = now.toISOString();
  const stored = records.upsertAppeal(
    db,
    { sessionId, candidateId: seat.candidateId },
    {
      processExplained: input.processExplained ? 1 : 0,
      discussedWithAssessor: input.discussedWithAssessor ? 1 : 0,
      involveOther: input.involveOther ? 1 : 0,
      reasons: input.reasons,
      seq: input.seq,
      savedAt,
      savedBy: principal.accountId,
    },
  );
  if (stored) {
    appendAudit(
      db,
      principal,
      { action: 'assessment.appeal', entity: 'seat', entityId: seatEntity(sessionId, seat.candidateId), details: { form: 'FR.AK.04', seq: input.seq } },
      now,
    );
  }
  return { seq: input.seq, stored, savedAt };
}
