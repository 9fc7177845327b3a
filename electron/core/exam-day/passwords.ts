import { AppError } from '../../shared/errors';
import type { CardPassword } from '../../shared/exam-day';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { requireSeat, type Seat } from '../cbt/attempt';
import type { Db } from '../db/open';
import { findByCandidate } from '../db/queries/accounts';
import * as attempts from '../db/queries/attempts';
import { findCandidate } from '../db/queries/catalog';
import { revokeAllFor } from '../db/queries/auth-sessions';
import * as run from '../db/queries/exam-run';
import { setLocalPassword } from '../db/queries/local-passwords';

/**
 * Whose card the proctor may replace, checked before the password is hashed (that is async) and again
 * inside the write: a candidate seated in this session, with the sign-in account the LSP's bundle
 * brought, whose test is not over. The account is needed because the participant number is its
 * username; creating one here would clash with the one the LSP issues later (see passwords-pending.ts).
 */
export function cardAccount(db: Db, seat: Seat): { accountId: string; participantNo: string; name: string } {
  requireSeat(db, seat);
  const session = run.findExamSession(db, seat.sessionId)!;
  if (session.cancelledAt) throw new AppError('SESSION_CANCELLED', { session: session.code, cancelledAt: session.cancelledAt });
  if (run.findRun(db, seat.sessionId)?.endedAt) throw new AppError('SESSION_ENDED');
  const candidate = findCandidate(db, seat.candidateId)!;
  if (attempts.findAttempt(db, seat.sessionId, seat.candidateId)?.submittedAt) throw new AppError('CARD_TEST_SUBMITTED', { name: candidate.name });
  const account = findByCandidate(db, seat.candidateId);
  if (!account) throw new AppError('CARD_NO_ACCOUNT', { name: candidate.name, participantNo: candidate.participantNo });
  return { accountId: account.id, participantNo: account.username, name: account.displayName };
}

/**
 * A new card at the TUK: the password is kept as this installation's (local_password) so the LSP's next
 * bundle does not bring the old one back, and any sign-in made with the old card ends (a lost card may
 * be in someone else's hands). Audited without the password; the clear password is returned once.
 */
export function issueCard(db: Db, principal: Principal, a: Seat & { reason: string }, password: string, hash: string, now: Date): CardPassword {
  const account = cardAccount(db, a);
  const at = now.toISOString();
  setLocalPassword(db, { accountId: account.accountId, passwordHash: hash, issuedAt: at, issuedBy: principal.accountId, sessionId: a.sessionId });
  const revoked = revokeAllFor(db, account.accountId, at, 'login_reset');
  appendAudit(
    db,
    principal,
    { action: 'exam.passwordIssued', entity: 'account', entityId: account.accountId, details: { sessionId: a.sessionId, candidateId: a.candidateId, reason: a.reason, revoked } },
    now,
  );
  return { sessionId: a.sessionId, candidateId: a.candidateId, participantNo: account.participantNo, name: account.name, password, issuedAt: at, revokedSessions: revoked };
}
