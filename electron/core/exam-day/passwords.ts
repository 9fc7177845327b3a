import { AppError } from '../../shared/errors';
import type { CardPassword } from '../../shared/exam-day';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { NO_PASSWORD } from '../auth/password';
import { localDate } from '../clock';
import { requireSeat, type Seat } from '../cbt/attempt';
import type { Db } from '../db/open';
import { findByCandidate, findByUsername, insertAccount } from '../db/queries/accounts';
import * as attempts from '../db/queries/attempts';
import { findCandidate } from '../db/queries/catalog';
import { revokeAllFor } from '../db/queries/auth-sessions';
import * as run from '../db/queries/exam-run';
import { setLocalPassword } from '../db/queries/local-passwords';
import { candidateAccountId } from '../ids';

export type CardAccount = {
  accountId: string;
  participantNo: string;
  name: string;
  /** Set when the LSP's bundle brought no account (sent before its passwords): issueCard makes it with this. */
  create: { lspId: string } | null;
};

/**
 * Whose card the proctor may replace, checked before the password is hashed (that is async) and again
 * inside the write: a candidate seated in this session whose test is not over. A candidate the LSP's
 * bundle brought no account for (it was sent before the passwords were issued) gets one here, at the
 * id the LSP will give it (candidateAccountId), so the LSP's next bundle lands on it.
 */
export function cardAccount(db: Db, seat: Seat): CardAccount {
  requireSeat(db, seat);
  const session = run.findExamSession(db, seat.sessionId)!;
  if (session.cancelledAt) throw new AppError('SESSION_CANCELLED', { session: session.code, cancelledAt: session.cancelledAt });
  if (run.findRun(db, seat.sessionId)?.endedAt) throw new AppError('SESSION_ENDED');
  const candidate = findCandidate(db, seat.candidateId)!;
  if (attempts.findAttempt(db, seat.sessionId, seat.candidateId)?.submittedAt) throw new AppError('CARD_TEST_SUBMITTED', { name: candidate.name });
  const account = findByCandidate(db, seat.candidateId);
  if (account) return { accountId: account.id, participantNo: account.username, name: account.displayName, create: null };
  // The participant number is the username, as at the LSP; another account here holding it would refuse the LSP's too.
  if (findByUsername(db, candidate.participantNo)) throw new AppError('CARD_USERNAME_TAKEN', { name: candidate.name, participantNo: candidate.participantNo });
  return { accountId: candidateAccountId(candidate.id), participantNo: candidate.participantNo, name: candidate.name, create: { lspId: candidate.lspId } };
}

/**
 * A new card at the TUK: the password is kept as this installation's (local_password) so the LSP's next
 * bundle does not bring the old one back, and any sign-in made with the old card ends (a lost card may
 * be in someone else's hands). A candidate without an account gets one first, with no password of its
 * own (NO_PASSWORD): the card's is the local one, and the LSP's passwords, once they arrive, replace both.
 * Audited without the password; the clear password is returned once.
 */
export function issueCard(db: Db, principal: Principal, a: Seat & { reason: string }, password: string, hash: string, now: Date): CardPassword {
  const account = cardAccount(db, a);
  const at = now.toISOString();
  if (account.create) {
    insertAccount(db, {
      id: account.accountId,
      role: 'candidate',
      username: account.participantNo,
      displayName: account.name,
      passwordHash: NO_PASSWORD,
      lspId: account.create.lspId,
      assessorId: null,
      candidateId: a.candidateId,
      createdAt: at,
    });
  }
  setLocalPassword(db, { accountId: account.accountId, passwordHash: hash, issuedAt: at, issuedBy: principal.accountId, sessionId: a.sessionId });
  const revoked = revokeAllFor(db, account.accountId, at, 'login_reset');
  appendAudit(
    db,
    principal,
    {
      action: 'exam.passwordIssued',
      entity: 'account',
      entityId: account.accountId,
      details: { sessionId: a.sessionId, candidateId: a.candidateId, reason: a.reason, revoked, ...(account.create ? { accountCreated: true } : {}) },
    },
    now,
  );
  const alsoFor = run.candidateSessionsAhead(db, a.candidateId, a.sessionId, localDate(now)).map((s) => s.code);
  return {
    sessionId: a.sessionId,
    candidateId: a.candidateId,
    participantNo: account.participantNo,
    name: account.name,
    password,
    issuedAt: at,
    revokedSessions: revoked,
    firstCard: account.create !== null,
    alsoFor,
  };
}
