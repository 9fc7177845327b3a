import crypto from 'node:crypto';
import type { Principal } from '../../shared/roles';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import * as accounts from '../db/queries/accounts';
import * as q from '../db/queries/auth-sessions';

/** A signed-in session lasts one exam day at most; staff sign in again the next morning. */
export const SESSION_TTL_MS = 14 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function principalOf(row: accounts.AccountRow): Principal {
  return {
    accountId: row.id,
    role: row.role,
    username: row.username,
    displayName: row.displayName,
    lspId: row.lspId,
    assessorId: row.assessorId,
    candidateId: row.candidateId,
  };
}

export function createSession(
  db: Db,
  clock: Clock,
  accountId: string,
  exam: { examSessionId: string; deviceId: string } | null = null,
): { token: string; expiresAt: string } {
  // 256 random bits, base64url: unguessable and safe in a header.
  const token = crypto.randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  q.insertSession(db, { tokenHash: hashToken(token), accountId, createdAt: now.toISOString(), expiresAt, ...exam });
  return { token, expiresAt };
}

/**
 * The principal behind a bearer token, with the exam session a candidate signed in to; null when the
 * token is unknown, expired, revoked or its account is locked. One lookup serves both.
 */
export function resolveSession(
  db: Db,
  clock: Clock,
  token: string | null | undefined,
): { principal: Principal; examSessionId: string | null; mustChangePassword: boolean } | null {
  if (!token) return null;
  const session = q.findSession(db, hashToken(token));
  if (!session || session.revokedAt || session.expiresAt <= clock.now().toISOString()) return null;
  const account = accounts.findById(db, session.accountId);
  if (!account || account.disabled || account.lockedAt) return null;
  return { principal: principalOf(account), examSessionId: session.examSessionId, mustChangePassword: account.mustChangePassword === 1 };
}

/**
 * Why a token no longer resolves, where the person should be told more than a bare "sign in again": the
 * proctor's reset login moved it to another PC (exam/resetLogin marks the sign-ins it ends), or, in an
 * office where staff work at once, an admin disabled the account or reset its password while its owner
 * was at work. Told from the account as it is now: a password reset leaves it to be changed at sign-in.
 */
export function whySignedOut(db: Db, token: string | null | undefined): 'LOGIN_MOVED' | 'SIGNED_OUT_DISABLED' | 'SIGNED_OUT_PASSWORD_RESET' | 'UNAUTHENTICATED' {
  const session = token ? q.findSession(db, hashToken(token)) : undefined;
  if (!session) return 'UNAUTHENTICATED';
  if (session.revokeReason === 'login_reset') return 'LOGIN_MOVED';
  const account = accounts.findById(db, session.accountId);
  if (account?.disabled) return 'SIGNED_OUT_DISABLED';
  if (session.revokedAt && account?.mustChangePassword === 1) return 'SIGNED_OUT_PASSWORD_RESET';
  return 'UNAUTHENTICATED';
}

export function resolveToken(db: Db, clock: Clock, token: string | null | undefined): Principal | null {
  return resolveSession(db, clock, token)?.principal ?? null;
}

export function revokeToken(db: Db, clock: Clock, token: string): void {
  q.revokeSession(db, hashToken(token), clock.now().toISOString());
}
