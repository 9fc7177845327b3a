import type { Db } from '../open';
import { sql } from '../statements';

export type AuthSessionRow = { accountId: string; expiresAt: string; revokedAt: string | null };

export function insertSession(
  db: Db,
  s: { tokenHash: string; accountId: string; createdAt: string; expiresAt: string },
): void {
  sql<[typeof s]>(
    db,
    `INSERT INTO auth_session (token_hash, account_id, created_at, expires_at)
     VALUES (@tokenHash, @accountId, @createdAt, @expiresAt)`,
  ).run(s);
}

export function findSession(db: Db, tokenHash: string): AuthSessionRow | undefined {
  return sql<[string], AuthSessionRow>(
    db,
    `SELECT account_id AS accountId, expires_at AS expiresAt, revoked_at AS revokedAt
     FROM auth_session WHERE token_hash = ?`,
  ).get(tokenHash);
}

export function revokeSession(db: Db, tokenHash: string, at: string): void {
  sql<[string, string]>(db, 'UPDATE auth_session SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(
    at,
    tokenHash,
  );
}

export function deleteExpired(db: Db, now: string): number {
  return sql<[string]>(db, 'DELETE FROM auth_session WHERE expires_at < ?').run(now).changes;
}
