import crypto from 'node:crypto';
import type { Principal, Role } from '../../shared/roles';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import * as accounts from '../db/queries/accounts';
import * as q from '../db/queries/auth-sessions';

/** A signed-in session lasts one exam day at most, however busy; staff sign in again the next morning. */
export const SESSION_TTL_MS = 14 * 60 * 60 * 1000;

/**
 * A staff sign-in also ends after this long without a call: an office or exam-room PC left unattended
 * does not stay signed in all day. Each call slides it on, up to SESSION_TTL_MS from the sign-in. A
 * candidate's sign-in keeps the fixed exam day: the test screen may sit without a call while they read.
 */
export const STAFF_IDLE_MS = 2 * 60 * 60 * 1000;

/** A sliding expiry is written at most this often per sign-in: a busy screen costs one write a minute, not one per call. */
export const SLIDE_STEP_MS = 60 * 1000;

/**
 * Expired sign-ins are deleted this long after their expiry, not at once: until then a call with one is
 * told SESSION_EXPIRED (its screen asks for the password and carries on) rather than a bare sign-out.
 */
export const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;

function expiryAt(role: Role, createdAt: Date, now: Date): Date {
  const cap = createdAt.getTime() + SESSION_TTL_MS;
  return new Date(role === 'candidate' ? cap : Math.min(cap, now.getTime() + STAFF_IDLE_MS));
}

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
  account: { id: string; role: Role },
  exam: { examSessionId: string; deviceId: string } | null = null,
): { token: string; expiresAt: string } {
  // 256 random bits, base64url: unguessable and safe in a header.
  const token = crypto.randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = expiryAt(account.role, now, now).toISOString();
  q.insertSession(db, { tokenHash: hashToken(token), accountId: account.id, createdAt: now.toISOString(), expiresAt, ...exam });
  return { token, expiresAt };
}

/**
 * The principal behind a bearer token, with the exam session a candidate signed in to; null when the
 * token is unknown, expired, revoked or its account is disabled. One lookup serves both. `activity`: the
 * caller acts (a call, not a push stream checked on a timer), which slides a staff sign-in's expiry on.
 *
 * A locked account keeps the sign-ins it already has: the lock counts wrong passwords, typed by someone
 * who does not know the password and so holds none of its tokens. It ended them, so anyone on the lab
 * LAN who knew a participant number (printed on the card, on the attendance list) or the proctor's
 * username ended that person's running test or console with five wrong passwords.
 */
export function resolveSession(
  db: Db,
  clock: Clock,
  token: string | null | undefined,
  activity: { slides: boolean } = { slides: false },
): { principal: Principal; examSessionId: string | null; mustChangePassword: boolean } | null {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const session = q.findSession(db, tokenHash);
  const now = clock.now();
  if (!session || session.revokedAt || session.expiresAt <= now.toISOString()) return null;
  const account = accounts.findById(db, session.accountId);
  if (!account || account.disabled) return null;
  if (activity.slides) {
    const next = expiryAt(account.role, new Date(session.createdAt), now);
    if (next.getTime() - new Date(session.expiresAt).getTime() >= SLIDE_STEP_MS) q.extendSession(db, tokenHash, next.toISOString());
  }
  return { principal: principalOf(account), examSessionId: session.examSessionId, mustChangePassword: account.mustChangePassword === 1 };
}

/**
 * Why a token no longer resolves, where the person should be told more than a bare "sign in again": the
 * proctor's reset login moved it to another PC (exam/resetLogin marks the sign-ins it ends), or, in an
 * office where staff work at once, an admin disabled the account or reset its password while its owner
 * was at work. Told from the account as it is now: a password reset leaves it to be changed at sign-in.
 * A sign-in that simply expired is SESSION_EXPIRED while its row is kept (KEEP_EXPIRED_MS).
 */
export function whySignedOut(
  db: Db,
  clock: Clock,
  token: string | null | undefined,
): 'LOGIN_MOVED' | 'SIGNED_OUT_DISABLED' | 'SIGNED_OUT_PASSWORD_RESET' | 'SESSION_EXPIRED' | 'UNAUTHENTICATED' {
  const session = token ? q.findSession(db, hashToken(token)) : undefined;
  if (!session) return 'UNAUTHENTICATED';
  if (session.revokeReason === 'login_reset') return 'LOGIN_MOVED';
  const account = accounts.findById(db, session.accountId);
  if (account?.disabled) return 'SIGNED_OUT_DISABLED';
  if (session.revokedAt && account?.mustChangePassword === 1) return 'SIGNED_OUT_PASSWORD_RESET';
  // Only ran out, nothing ended it: the same person's password carries the screen on (a locked account's fails there).
  if (!session.revokedAt && session.expiresAt <= clock.now().toISOString()) return 'SESSION_EXPIRED';
  return 'UNAUTHENTICATED';
}

export function resolveToken(db: Db, clock: Clock, token: string | null | undefined): Principal | null {
  return resolveSession(db, clock, token)?.principal ?? null;
}

/** Deletes the sign-ins expired more than KEEP_EXPIRED_MS ago, so the table does not grow forever. */
export function deleteExpiredSessions(db: Db, clock: Clock): number {
  return q.deleteExpired(db, new Date(clock.now().getTime() - KEEP_EXPIRED_MS).toISOString());
}

export function revokeToken(db: Db, clock: Clock, token: string): void {
  q.revokeSession(db, hashToken(token), clock.now().toISOString());
}
