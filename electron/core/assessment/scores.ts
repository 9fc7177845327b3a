import type { SaveResult, ScoreInput } from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as records from '../db/queries/assessment';
import * as content from '../db/queries/assessment-content';
import { sessionHeaderOrThrow } from './header';
import { assertUnlocked, seatEntity } from './locks';

/** Refuses a score whose shape does not fit the instrument (or the essay's scoring) it is for. */
function checkShape(db: Db, schemeId: string, input: ScoreInput): void {
  const bad = () => new AppError('SCORE_SHAPE', { instrument: input.instrument });
  if (input.instrument === 'observation') {
    if (content.findObservation(db, input.targetId)?.schemeId !== schemeId) throw new AppError('NOT_FOUND', { what: 'item' });
    if (input.score !== null || input.response !== null) throw bad();
    if (input.verdict !== null && !['k', 'bk', 'further'].includes(input.verdict)) throw bad();
    return;
  }
  const item = content.findItem(db, input.targetId);
  if (!item || item.schemeId !== schemeId || item.kind !== input.instrument) throw new AppError('NOT_FOUND', { what: 'item' });
  if (input.verdict !== null && input.verdict !== 'yes' && input.verdict !== 'no') throw bad();
  if (input.instrument === 'essay') {
    // The candidate wrote the answer; the assessor only judges it.
    if (input.response !== null) throw bad();
    if (item.scoring === 'score_0_3' ? input.verdict !== null : input.score !== null) throw bad();
  } else if (input.score !== null) {
    throw bad();
  }
}

/**
 * One score of FR.IA.06 / 07 / 01 / 03. The save carries the record's whole state and the seat's
 * sequence number; only a newer number is written, so a retry or a late duplicate changes nothing.
 * Inside a write transaction, so the acknowledgement follows the commit.
 */
export function saveScore(
  db: Db,
  principal: Principal,
  seat: content.SeatRow,
  sessionId: string,
  input: ScoreInput & { seq: number },
  now: Date,
): SaveResult {
  const header = sessionHeaderOrThrow(db, sessionId);
  checkShape(db, header.schemeId, input);
  assertUnlocked(db, sessionId, seat);
  const savedAt = now.toISOString();
  const stored = records.upsertScore(
    db,
    { sessionId, candidateId: seat.candidateId },
    {
      instrument: input.instrument,
      targetId: input.targetId,
      verdict: input.verdict,
      score: input.score,
      response: input.response,
      note: input.note,
      seq: input.seq,
      savedAt,
      savedBy: principal.accountId,
    },
  );
  if (stored) {
    appendAudit(
      db,
      principal,
      {
        action: 'assessment.score',
        entity: 'seat',
        entityId: seatEntity(sessionId, seat.candidateId),
        details: { instrument: input.instrument, targetId: input.targetId, verdict: input.verdict, score: input.score, seq: input.seq },
      },
      now,
    );
  }
  return { seq: input.seq, stored, savedAt };
}
