import type { Db } from '../open';
import { sql } from '../statements';

/** Why a sign-in was ended, where its PC is told so (migration 017); null for any other end. */
export type RevokeReason = 'login_reset';
export type AuthSessionRow = { accountId: string; createdAt: string; expiresAt: string; revokedAt: string | null; revokeReason: RevokeReason | null; examSessionId: string | null };

export function insertSession(
  db: Db,
  s: NewAuthSession,
): void {
  sql<[Required<NewAuthSession>]>(
    db,
    `INSERT INTO auth_session (token_hash, account_id, created_at, expires_at, exam_session_id, device_id)
     VALUES (@tokenHash, @accountId, @createdAt, @expiresAt, @examSessionId, @deviceId)`,
  ).run({ examSessionId: null, deviceId: null, ...s });
}

export type NewAuthSession = {
  tokenHash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
  examSessionId?: string | null;
  deviceId?: string | null;
};

export type ActiveSignIn = { tokenHash: string; deviceId: string | null; examSessionId: string | null };

/** Sign-ins of an account that still grant access: a candidate may hold one, from one lab PC. */
export function activeSessions(db: Db, accountId: string, now: string): ActiveSignIn[] {
  return sql<[string, string], ActiveSignIn>(
    db,
    `SELECT token_hash AS tokenHash, device_id AS deviceId, exam_session_id AS examSessionId FROM auth_session
     WHERE account_id = ? AND revoked_at IS NULL AND expires_at > ?`,
  ).all(accountId, now);
}

export function revokeAllFor(db: Db, accountId: string, at: string, reason: RevokeReason | null = null): number {
  return sql<[string, RevokeReason | null, string]>(
    db,
    'UPDATE auth_session SET revoked_at = ?, revoke_reason = ? WHERE account_id = ? AND revoked_at IS NULL',
  ).run(at, reason, accountId).changes;
}

/** Sign-ins expired before `before` grant nothing and explain nothing any more; their rows go (auth/sessions.ts). */
export function deleteExpired(db: Db, before: string): number {
  return sql<[string]>(db, 'DELETE FROM auth_session WHERE expires_at <= ?').run(before).changes;
}

/** A staff sign-in's sliding expiry moved on by a call (auth/sessions.ts); an ended one stays ended. */
export function extendSession(db: Db, tokenHash: string, expiresAt: string): void {
  sql<[string, string]>(db, 'UPDATE auth_session SET expires_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(expiresAt, tokenHash);
}

export function findSession(db: Db, tokenHash: string): AuthSessionRow | undefined {
  return sql<[string], AuthSessionRow>(
    db,
    `SELECT account_id AS accountId, created_at AS createdAt, expires_at AS expiresAt, revoked_at AS revokedAt, revoke_reason AS revokeReason,
       exam_session_id AS examSessionId
     FROM auth_session WHERE token_hash = ?`,
  ).get(tokenHash);
}

export function revokeSession(db: Db, tokenHash: string, at: string): void {
  sql<[string, string]>(db, 'UPDATE auth_session SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(
    at,
    tokenHash,
  );
}

/** The accounts signed in here now, with their own password hash (not a local one). */
export function signedInAccounts(db: Db, now: string): { id: string; passwordHash: string }[] {
  return sql<[string], { id: string; passwordHash: string }>(
    db,
    `SELECT a.id, a.password_hash AS passwordHash FROM account a
     WHERE EXISTS (SELECT 1 FROM auth_session s WHERE s.account_id = a.id AND s.revoked_at IS NULL AND s.expires_at > ?)`,
  ).all(now);
}
