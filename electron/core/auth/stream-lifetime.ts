import type { MethodName } from '../../shared/contract';
import type { Principal } from '../../shared/roles';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import type { Lifetime } from '../events';
import { resolveToken } from './sessions';

/**
 * How often open pushes are checked against their sign-in even when nothing is pushed: an expiry,
 * a disabled account or a restored backup ends a stream within this, not at its next push.
 */
export const STREAM_SWEEP_MS = 5_000;

/**
 * Calls after which a sign-in may have ended, so streams are checked at once rather than at the next
 * sweep: signing out, a candidate signing in on another PC (the old one is revoked), the proctor's
 * reset login, an FR.APL.02 sign-in issued again, and a restore that brings back older sign-ins.
 */
export const ENDS_SIGN_INS: ReadonlySet<string> = new Set([
  'auth/signOut',
  'auth/candidateSignIn',
  'auth/aplSignIn',
  // Issuing a candidate's FR.APL.02 sign-in again ends the sign-ins made with the old password.
  'apl/issueSelfAccess',
  'exam/resetLogin',
  // A new card ends the sign-ins made with the old one.
  'exam/issueCard',
  'backups/restore',
  'accounts/setDisabled',
  'accounts/resetPassword',
  'auth/changePassword',
] satisfies MethodName[]);

/** A push subscription lives exactly as long as the token it was opened with still resolves to the same person and role. */
export function tokenLifetime(db: Db, clock: Clock, token: string, principal: Principal, onEnd?: () => void): Lifetime {
  return {
    alive: () => {
      const now = resolveToken(db, clock, token);
      return now !== null && now.accountId === principal.accountId && now.role === principal.role;
    },
    onEnd,
  };
}
