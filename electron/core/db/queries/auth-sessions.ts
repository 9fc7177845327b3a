import type { Db } from '../open';
import { sql } from '../statements';

export type AuthSessionRow = { accountId: string; expiresAt: string; revokedAt: string | null; examSessionId: string | null };

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

/** Sign-ins of an account that still grant access: a candidate may hold one, from one lab PC. */
export function activeSessions(db: Db, accountId: string, now: string): { tokenHash: string; deviceId: string | null }[] {
  return sql<[string, string], { tokenHash: string; deviceId: string | null }>(
    db,
    `SELECT token_hash AS tokenHash, device_id AS deviceId FROM auth_session
     WHERE account_id = ? AND revoked_at IS NULL AND expires_at > ?`,
  ).all(accountId, now);
}

export function revokeAllFor(db: Db, accountId: string, at: string): number {
  return sql<[string, string]>(
    db,
    'UPDATE auth_session SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL',
  ).run(at, accountId).changes;
}

/** Sign-ins past their expiry grant nothing; their rows go so the table does not grow forever. */
export function deleteExpired(db: Db, now: string): number {
  return sql<[string]>(db, 'DELETE FROM auth_session WHERE expires_at <= ?').run(now).changes;
}

export function findSession(db: Db, tokenHash: string): AuthSessionRow | undefined {
  return sql<[string], AuthSessionRow>(
    db,
    `SELECT account_id AS accountId, expires_at AS expiresAt, revoked_at AS revokedAt, exam_session_id AS examSessionId
     FROM auth_session WHERE token_hash = ?`,
  ).get(tokenHash);
}

/** A reset login audited on this account at exactly this time (the instant its sign-ins were revoked). */
export function resetLoginAt(db: Db, accountId: string, at: string): boolean {
  return (
    sql<[string, string], { found: number }>(
      db,
      "SELECT 1 AS found FROM audit_log WHERE action = 'exam.resetLogin' AND entity = 'account' AND entity_id = ? AND at = ? LIMIT 1",
    ).get(accountId, at) !== undefined
  );
}

export function revokeSession(db: Db, tokenHash: string, at: string): void {
  sql<[string, string]>(db, 'UPDATE auth_session SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(
    at,
    tokenHash,
  );
}
