import { AppError } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import type { SignInResult } from '../../shared/types';
import { appendAudit } from '../audit/log';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import * as accounts from '../db/queries/accounts';
import { burnPasswordCheck, CANDIDATE_PASSWORD_COST, PASSWORD_COST, verifyCandidatePassword, verifyPassword } from './password';
import { liftLapsedLocks, LOCK_MINUTES, lockLiftsAt, minutesLeft } from './lock-lapse';
import type { RateLimiter } from './rate-limit';
import { createSession, principalOf } from './sessions';

export const LOCK_AFTER_FAILURES = 5;

export type SignInDeps = {
  db: Db;
  clock: Clock;
  onLocked: (accountId: string) => void;
  /** Where the password is typed (default: at this computer); each door counts and locks apart. */
  door?: accounts.Door;
  /** A lock whose time was up, lifted by this sign-in before the sweep came by. */
  onLockLifted?: (accountId: string) => void;
  limiter: RateLimiter;
  /** Commits a sign-in's writes; the core passes its group commit (db/group-commit.ts), alone it is a transaction. */
  commit?: <T>(write: () => T) => Promise<T>;
};

/**
 * Staff and candidates share this path; `allowed` keeps a participant number from opening a staff
 * screen and a staff username from opening the candidate screen.
 */
export async function signIn(
  deps: SignInDeps,
  username: string,
  password: string,
  allowed: readonly Role[],
): Promise<SignInResult> {
  const { db, clock } = deps;
  const account = await authenticate(deps, username, password, allowed);
  return db.transaction(() => {
    const at = clock.now();
    accounts.resetFailures(db, account.id);
    const session = createSession(db, clock, account);
    const principal = principalOf(account);
    appendAudit(db, principal, { action: 'auth.signIn', entity: 'account', entityId: account.id }, at);
    return { ...session, principal: { ...principal }, ...(account.mustChangePassword ? { mustChangePassword: true } : {}) };
  })();
}

export type AuthenticateOptions = {
  /**
   * Runs after the rate limit and before the password is checked (the account is undefined for a name
   * no account of an allowed role has); what it throws is the answer, with no password checked and no
   * failure counted. The candidate's door checks the room's token here (candidate-sign-in.ts).
   */
  beforePassword?: (account: accounts.AccountRow | undefined) => void;
  /** Added to a failure's audit details: the lab PC a candidate's wrong password came from. */
  failureDetails?: Record<string, unknown>;
};

/** Checks the password and counts failures (locking at the limit); returns the account on success. */
export async function authenticate(
  deps: SignInDeps,
  username: string,
  password: string,
  allowed: readonly Role[],
  options: AuthenticateOptions = {},
): Promise<accounts.AccountRow> {
  const { db, clock } = deps;
  // Counted before the password is checked, and by the name typed, so unknown names are limited too.
  const wait = deps.limiter.hit(username.toLowerCase(), clock.now().getTime());
  if (wait > 0) throw new AppError('RATE_LIMITED', { count: wait });
  const found = accounts.findByUsername(db, username);
  const account = found && allowed.includes(found.role) ? found : undefined;
  options.beforePassword?.(account);
  if (!account) {
    const candidateDoor = allowed.every((role) => role === 'candidate');
    await burnPasswordCheck(password, candidateDoor ? CANDIDATE_PASSWORD_COST : PASSWORD_COST, candidateDoor ? verifyCandidatePassword : verifyPassword);
    throw new AppError('BAD_CREDENTIALS');
  }
  if (account.disabled) throw new AppError('ACCOUNT_DISABLED');
  // Each door counts and locks apart (migration 035): wrong passwords over the LAN do not lock out the
  // person at this computer, the proctor at the station above all.
  const door = deps.door ?? 'here';
  const lockedAt = door === 'here' ? account.hereLockedAt : account.lockedAt;
  if (lockedAt) {
    const now = clock.now();
    if (lockLiftsAt(lockedAt) > now) throw new AppError('ACCOUNT_LOCKED', { count: LOCK_AFTER_FAILURES, minutes: minutesLeft(lockedAt, now) });
    // Its time is up and the sweep (core/index.ts) has not come by yet: lifted here, audited the same.
    db.transaction(() => liftLapsedLocks(db, now, account.id))();
    deps.onLockLifted?.(account.id);
  }

  const hash = accounts.passwordHashFor(db, account.id) ?? '';
  // Staff choose their own passwords, case and all; a candidate's card password is accepted in any case.
  const ok = await (account.role === 'candidate' ? verifyCandidatePassword : verifyPassword)(password, hash);
  const at = clock.now();

  if (!ok) {
    const locked = db.transaction(() => {
      const after = accounts.recordFailure(db, account.id, LOCK_AFTER_FAILURES, at.toISOString(), door);
      const nowLocked = after.lockedAt !== null;
      appendAudit(db, null, {
        action: nowLocked ? 'auth.locked' : 'auth.failed',
        entity: 'account',
        entityId: account.id,
        details: {
          username: account.username,
          failedAttempts: after.failedAttempts,
          door,
          ...(nowLocked ? { lockedUntil: lockLiftsAt(at.toISOString()).toISOString() } : {}),
          ...options.failureDetails,
        },
      }, at);
      return nowLocked;
    })();
    if (locked) {
      deps.onLocked(account.id);
      throw new AppError('ACCOUNT_LOCKED', { count: LOCK_AFTER_FAILURES, minutes: LOCK_MINUTES });
    }
    throw new AppError('BAD_CREDENTIALS');
  }
  return account;
}
