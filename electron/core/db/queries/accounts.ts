import type { Principal, Role } from '../../../shared/roles';
import type { Db } from '../open';
import { sql } from '../statements';

/** Everything about an account except its password hash, which only `passwordHashFor` returns. */
export type AccountRow = Omit<Principal, 'accountId'> & {
  id: string;
  failedAttempts: number;
  lockedAt: string | null;
  disabled: 0 | 1;
};

const COLUMNS = `id, role, username, display_name AS displayName, lsp_id AS lspId, assessor_id AS assessorId,
  candidate_id AS candidateId, failed_attempts AS failedAttempts, locked_at AS lockedAt, disabled`;

export type NewAccount = {
  id: string;
  role: Role;
  username: string;
  displayName: string;
  passwordHash: string;
  lspId: string | null;
  assessorId: string | null;
  candidateId: string | null;
  createdAt: string;
};

export function insertAccount(db: Db, a: NewAccount): void {
  sql<[NewAccount]>(
    db,
    `INSERT INTO account (id, role, username, display_name, password_hash, lsp_id, assessor_id, candidate_id, created_at)
     VALUES (@id, @role, @username, @displayName, @passwordHash, @lspId, @assessorId, @candidateId, @createdAt)`,
  ).run(a);
}

export function findByUsername(db: Db, username: string): AccountRow | undefined {
  return sql<[string], AccountRow>(db, `SELECT ${COLUMNS} FROM account WHERE username = ?`).get(username);
}

export function findById(db: Db, id: string): AccountRow | undefined {
  return sql<[string], AccountRow>(db, `SELECT ${COLUMNS} FROM account WHERE id = ?`).get(id);
}

export function passwordHashFor(db: Db, id: string): string | undefined {
  return sql<[string], { h: string }>(db, 'SELECT password_hash AS h FROM account WHERE id = ?').get(id)?.h;
}

export function recordFailure(db: Db, id: string, lockAfter: number, at: string): AccountRow | undefined {
  sql<[{ id: string; lockAfter: number; at: string }]>(
    db,
    `UPDATE account SET failed_attempts = failed_attempts + 1,
       locked_at = CASE WHEN locked_at IS NULL AND failed_attempts + 1 >= @lockAfter THEN @at ELSE locked_at END
     WHERE id = @id`,
  ).run({ id, lockAfter, at });
  return findById(db, id);
}

export function resetFailures(db: Db, id: string): void {
  sql<[string]>(db, 'UPDATE account SET failed_attempts = 0 WHERE id = ?').run(id);
}

export function unlock(db: Db, id: string): void {
  sql<[string]>(db, 'UPDATE account SET failed_attempts = 0, locked_at = NULL WHERE id = ?').run(id);
}

export function findByCandidate(db: Db, candidateId: string): AccountRow | undefined {
  return sql<[string], AccountRow>(db, `SELECT ${COLUMNS} FROM account WHERE candidate_id = ?`).get(candidateId);
}
