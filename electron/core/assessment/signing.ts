import type { SignatureState } from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as records from '../db/queries/assessment';
import * as content from '../db/queries/assessment-content';
import * as pleno from '../db/queries/pleno-records';
import { seatEntity } from './locks';
import { loadWorkspace } from './workspace';

/** What must hold before FR.AK.02 can be signed; throws the first thing missing. */
export function assertSignable(db: Db, seat: content.SeatRow, sessionId: string): void {
  const ws = loadWorkspace(db, seat, sessionId);
  const undecided = ws.units.filter((u) => !u.decision?.decision).map((u) => u.unitCode);
  if (undecided.length > 0) throw new AppError('UNITS_UNDECIDED', { units: undecided.join(', ') });
  for (const u of ws.units) {
    // The evidence may have changed since the decision: a departure from today's suggestion needs its comment.
    if (u.decision?.decision !== u.suggestion && !u.decision?.comment) {
      throw new AppError('DEPARTURE_NEEDS_COMMENT', { unit: u.unitCode, suggestion: u.suggestion });
    }
  }
  if (ws.multipleChoice.items.length > 0 && !ws.record?.knowledgeConclusion) throw new AppError('KNOWLEDGE_CONCLUSION_MISSING');
  if (!ws.record?.recommendation) throw new AppError('RECOMMENDATION_MISSING');
  if (ws.record.recommendation !== ws.allowedRecommendation) {
    throw new AppError(ws.record.recommendation === 'K' ? 'RECOMMENDATION_NEEDS_ALL_K' : 'RECOMMENDATION_MISMATCH');
  }
}

/** Signs FR.AK.02 (and with it the candidate's instrument forms) and locks them. Inside a write transaction. */
export function signSeat(db: Db, principal: Principal, seat: content.SeatRow, sessionId: string, now: Date): SignatureState {
  const key = { form: 'AK.02' as const, sessionId, assessorId: seat.assessorId, candidateId: seat.candidateId };
  const live = records.liveSignature(db, key);
  if (live) return { signedAt: live.signedAt, signedByName: live.signedByName };
  assertSignable(db, seat, sessionId);
  const at = now.toISOString();
  const id = records.insertSignature(db, key, at, principal.accountId);
  const recommendation = records.findRecord(db, { sessionId, candidateId: seat.candidateId })?.recommendation;
  appendAudit(
    db,
    principal,
    { action: 'assessment.signed', entity: 'seat', entityId: seatEntity(sessionId, seat.candidateId), details: { form: 'FR.AK.02', signature: id, recommendation } },
    now,
  );
  return { signedAt: at, signedByName: principal.displayName };
}

/** Unlocks a signed FR.AK.02: the signature is revoked (kept, with the reason), the records can change again. */
export function unlockSeat(db: Db, principal: Principal, seat: content.SeatRow, sessionId: string, reason: string, now: Date): void {
  const key = { form: 'AK.02' as const, sessionId, assessorId: seat.assessorId, candidateId: seat.candidateId };
  const live = records.liveSignature(db, key);
  if (!live) throw new AppError('NOT_LOCKED');
  // A signed pleno decided on this record: unlocking it would change what the SK rests on, behind it.
  const sk = pleno.signedDecisionSk(db, sessionId, seat.candidateId);
  if (sk !== undefined) throw new AppError('RECORD_DECIDED_BY_PLENO', { skNumber: sk });
  // The session report named this candidate's result: it must be signed again too.
  const report = records.liveSignature(db, { form: 'AK.05', sessionId, assessorId: seat.assessorId, candidateId: null });
  if (report) throw new AppError('RECORD_LOCKED', { form: 'FR.AK.05' });
  records.revokeSignature(db, live.id, now.toISOString(), principal.accountId, reason);
  appendAudit(
    db,
    principal,
    { action: 'assessment.unlocked', entity: 'seat', entityId: seatEntity(sessionId, seat.candidateId), details: { form: 'FR.AK.02', signature: live.id, reason } },
    now,
  );
}
