import type { AcknowledgementState } from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { authenticate, type SignInDeps } from '../auth/sign-in';
import * as acknowledgements from '../db/queries/acknowledgements';
import * as accounts from '../db/queries/accounts';
import * as records from '../db/queries/assessment';
import type * as content from '../db/queries/assessment-content';
import { seatEntity } from './locks';

const ak02 = (seat: content.SeatRow, sessionId: string) =>
  ({ form: 'AK.02', sessionId, assessorId: seat.assessorId, candidateId: seat.candidateId }) as const;

/** There is a signed FR.AK.02 to acknowledge, or the reason there is not. */
export function requireSignedAk02(db: SignInDeps['db'], seat: content.SeatRow, sessionId: string): records.SignatureRow {
  const live = records.liveSignature(db, ak02(seat, sessionId));
  if (!live) throw new AppError('ACKNOWLEDGE_NEEDS_SIGNATURE');
  return live;
}

/**
 * The candidate types their own password on the assessor's screen. It is checked as a sign-in is
 * (rate limit by the candidate's username, failures counted towards the lockout and audited); a wrong
 * one is also audited under the assessor who asked, as a refused acknowledgement.
 */
export async function checkCandidatePassword(deps: SignInDeps, assessor: Principal, seat: content.SeatRow, sessionId: string, password: string): Promise<void> {
  const account = accounts.findByCandidate(deps.db, seat.candidateId);
  if (!account) throw new AppError('NOT_FOUND', { what: 'candidate' });
  try {
    await authenticate(deps, account.username, password, ['candidate']);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'BAD_CREDENTIALS') throw err;
    const { db } = deps;
    db.transaction(() =>
      appendAudit(
        db,
        assessor,
        { action: 'assessment.acknowledgeRefused', entity: 'seat', entityId: seatEntity(sessionId, seat.candidateId), details: { form: 'FR.AK.02' } },
        deps.clock.now(),
      ),
    )();
    throw new AppError('CANDIDATE_PASSWORD_WRONG');
  }
  deps.db.transaction(() => accounts.resetFailures(deps.db, account.id))();
}

/**
 * Records the candidate's acknowledgement of the signed FR.AK.02 in force; acknowledging twice keeps
 * the first. Inside a write transaction, after `checkCandidatePassword`.
 */
export function acknowledge(db: SignInDeps['db'], assessor: Principal, seat: content.SeatRow, sessionId: string, now: Date): AcknowledgementState {
  const live = requireSignedAk02(db, seat, sessionId);
  const signature = { sessionId, candidateId: seat.candidateId, assessorId: seat.assessorId, signedAt: live.signedAt };
  const existing = acknowledgements.acknowledgedAt(db, signature);
  if (existing) return { acknowledgedAt: existing };
  const at = now.toISOString();
  acknowledgements.insertAcknowledgement(db, signature, at);
  appendAudit(
    db,
    assessor,
    {
      action: 'assessment.acknowledged',
      entity: 'seat',
      entityId: seatEntity(sessionId, seat.candidateId),
      details: { form: 'FR.AK.02', signature: live.id, by: 'candidate_password' },
    },
    now,
  );
  return { acknowledgedAt: at };
}
