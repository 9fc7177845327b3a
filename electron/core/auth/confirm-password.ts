import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { passwordHashFor } from '../db/queries/accounts';
import { verifyCandidatePassword, verifyPassword } from './password';
import type { RateLimiter } from './rate-limit';

/**
 * A signed-in person types their password again (to sign a form, to unlock the installation keys):
 * proof that it is them, not whoever sits at an open screen. A wrong password is audited under
 * `refusedAction`, like a failed sign-in, and counts against the same per-account budget.
 */
export async function confirmPassword(
  deps: { db: Db; now: () => Date; limiter: RateLimiter },
  principal: Principal,
  password: string,
  refused: { action: string; details?: Record<string, unknown> },
): Promise<void> {
  const { db, now, limiter } = deps;
  const wait = limiter.hit(principal.accountId, now().getTime());
  if (wait > 0) throw new AppError('RATE_LIMITED', { count: wait });
  const hash = passwordHashFor(db, principal.accountId);
  // As at sign-in (sign-in.ts): a candidate's card password in any case.
  const verify = principal.role === 'candidate' ? verifyCandidatePassword : verifyPassword;
  if (hash && (await verify(password, hash))) return;
  db.transaction(() => appendAudit(db, principal, { ...refused, entity: 'account', entityId: principal.accountId }, now()))();
  throw new AppError('WRONG_PASSWORD');
}
