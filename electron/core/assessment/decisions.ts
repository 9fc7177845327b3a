import type { Decision, ExtraEvidence, KnowledgeConclusion, SaveResult } from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as records from '../db/queries/assessment';
import * as content from '../db/queries/assessment-content';
import { assertUnlocked, seatEntity } from './locks';
import { loadWorkspace } from './workspace';

export type UnitDecisionInput = {
  unitId: string;
  seq: number;
  decision: Decision | null;
  comment: string | null;
  extraEvidence: ExtraEvidence[];
};

/**
 * The assessor's K / BK for one unit. The core's suggestion is stored beside it; deciding otherwise
 * needs a comment saying why (checked again at signing, against the suggestion then).
 */
export function decideUnit(db: Db, principal: Principal, seat: content.SeatRow, sessionId: string, input: UnitDecisionInput, now: Date): SaveResult {
  assertUnlocked(db, sessionId, seat);
  const unit = loadWorkspace(db, seat, sessionId).units.find((u) => u.unitId === input.unitId);
  if (!unit) throw new AppError('NOT_FOUND', { what: 'unit' });
  const comment = input.comment?.trim() || null;
  if (input.decision !== null && input.decision !== unit.suggestion && !comment) {
    throw new AppError('DEPARTURE_NEEDS_COMMENT', { unit: unit.unitCode, suggestion: unit.suggestion });
  }
  const savedAt = now.toISOString();
  const stored = records.upsertDecision(
    db,
    { sessionId, candidateId: seat.candidateId },
    {
      unitId: input.unitId,
      decision: input.decision,
      suggestion: unit.suggestion,
      comment,
      extraEvidence: JSON.stringify([...new Set(input.extraEvidence)]),
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
        action: 'assessment.unitDecided',
        entity: 'seat',
        entityId: seatEntity(sessionId, seat.candidateId),
        details: { unit: unit.unitCode, decision: input.decision, suggestion: unit.suggestion, departs: input.decision !== null && input.decision !== unit.suggestion, seq: input.seq },
      },
      now,
    );
  }
  return { seq: input.seq, stored, savedAt };
}

export type RecordInput = {
  seq: number;
  knowledgeConclusion: KnowledgeConclusion | null;
  knowledgeNote: string | null;
  recommendation: Decision | null;
  followUp: string | null;
  comment: string | null;
};

/** FR.IA.05 conclusion and FR.AK.02 recommendation, follow-up and comments. K only when every unit is K. */
export function saveRecord(db: Db, principal: Principal, seat: content.SeatRow, sessionId: string, input: RecordInput, now: Date): SaveResult {
  assertUnlocked(db, sessionId, seat);
  if (input.recommendation === 'K' && loadWorkspace(db, seat, sessionId).allowedRecommendation !== 'K') {
    throw new AppError('RECOMMENDATION_NEEDS_ALL_K');
  }
  const savedAt = now.toISOString();
  const stored = records.upsertRecord(
    db,
    { sessionId, candidateId: seat.candidateId },
    { ...input, savedAt, savedBy: principal.accountId },
  );
  if (stored) {
    appendAudit(
      db,
      principal,
      {
        action: 'assessment.record',
        entity: 'seat',
        entityId: seatEntity(sessionId, seat.candidateId),
        details: { recommendation: input.recommendation, knowledgeConclusion: input.knowledgeConclusion, seq: input.seq },
      },
      now,
    );
  }
  return { seq: input.seq, stored, savedAt };
}
