import type { Principal, Role } from '../../../shared/roles';
import type { Db } from '../open';
import { sql } from '../statements';
import { NO_PASSWORD } from '../../auth/password';

/** Everything about an account except its password hash, which only `passwordHashFor` returns. */
export type AccountRow = Omit<Principal, 'accountId'> & {
  id: string;
  /** Wrong passwords and the lock over the LAN (the room server, from another computer). */
  failedAttempts: number;
  lockedAt: string | null;
  /** Wrong passwords and the lock at this computer (its window, the CLI, 127.0.0.1): migration 035. */
  hereFailedAttempts: number;
  hereLockedAt: string | null;
  disabled: 0 | 1;
  mustChangePassword: 0 | 1;
  createdAt: string;
};

/**
 * A password the account's owner chose at this installation (local_password issued by the account
 * itself, auth/own-password.ts) satisfies must_change_password: at a TUK the flag is the LSP's, and
 * every session bundle brings it again with the same hash. The trigger of migration 022 drops that
 * password once the hash really changes (the LSP reset it), and the flag asks again.
 */
const COLUMNS = `id, role, username, display_name AS displayName, lsp_id AS lspId, assessor_id AS assessorId,
  candidate_id AS candidateId, failed_attempts AS failedAttempts, locked_at AS lockedAt,
  here_failed_attempts AS hereFailedAttempts, here_locked_at AS hereLockedAt, disabled,
  (must_change_password = 1 AND NOT EXISTS (SELECT 1 FROM local_password l WHERE l.account_id = account.id AND l.issued_by = account.id))
    AS mustChangePassword, created_at AS createdAt`;

export type NewAccount = {
  /** Set for an account an admin created or reset: its password was chosen by someone else. */
  mustChangePassword?: 0 | 1;
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

/**
 * SQL over the account aliased `a`: someone can sign in to it, with a password of its own or a card issued
 * here (local_password). One made without a password (NO_PASSWORD: here for a TUK's results, see
 * bundles/card-accounts.ts) and no card is, for the proctor, no sign-in account yet.
 */
export const signsIn = (a: string) => `(${ownPassword(`${a}.password_hash`)} OR EXISTS (SELECT 1 FROM local_password lp WHERE lp.account_id = ${a}.id))`;

/** SQL: the password hash in `column` is a password, not the mark of an account made without one (NO_PASSWORD). */
export const ownPassword = (column: string) => `${column} <> '${NO_PASSWORD}'`;

export function insertAccount(db: Db, a: NewAccount): void {
  sql<[Required<NewAccount>]>(
    db,
    `INSERT INTO account (id, role, username, display_name, password_hash, lsp_id, assessor_id, candidate_id, created_at, must_change_password)
     VALUES (@id, @role, @username, @displayName, @passwordHash, @lspId, @assessorId, @candidateId, @createdAt, @mustChangePassword)`,
  ).run({ mustChangePassword: 0, ...a });
}

/**
 * The LSP's staff who can sign in, by the roles a session needs besides its admin: proctors (of the LSP)
 * and assessors (whose assessor record is the LSP's). Disabled accounts and those made without a password
 * for a TUK's results (no card issued here) do not count: no one signs in with them.
 */
export function staffAccountCounts(db: Db, lspId: string): { proctors: number; assessors: number } {
  return sql<[{ lspId: string }], { proctors: number; assessors: number }>(
    db,
    `SELECT
       (SELECT count(*) FROM account a WHERE a.role = 'proctor' AND a.lsp_id = @lspId AND a.disabled = 0 AND ${signsIn('a')}) AS proctors,
       (SELECT count(*) FROM account a JOIN assessor s ON s.id = a.assessor_id
        WHERE a.role = 'assessor' AND s.lsp_id = @lspId AND a.disabled = 0 AND ${signsIn('a')}) AS assessors`,
  ).get({ lspId })!;
}

export function findByUsername(db: Db, username: string): AccountRow | undefined {
  return sql<[string], AccountRow>(db, `SELECT ${COLUMNS} FROM account WHERE username = ?`).get(username);
}

export function findById(db: Db, id: string): AccountRow | undefined {
  return sql<[string], AccountRow>(db, `SELECT ${COLUMNS} FROM account WHERE id = ?`).get(id);
}

/** The hash a sign-in is checked against: a password issued at this installation (local_password) before the account's own. */
export function passwordHashFor(db: Db, id: string): string | undefined {
  return sql<[string], { h: string }>(
    db,
    'SELECT coalesce((SELECT password_hash FROM local_password WHERE account_id = a.id), a.password_hash) AS h FROM account a WHERE a.id = ?',
  ).get(id)?.h;
}

/** Where a sign-in was typed: at this computer, or over the LAN. Each counts and locks apart (migration 035). */
export type Door = 'here' | 'lan';

/** Counts one wrong password at that door; returns when it locked that door, if this one did. */
export function recordFailure(db: Db, id: string, lockAfter: number, at: string, door: Door): { failedAttempts: number; lockedAt: string | null } {
  const [count, lock] = door === 'here' ? ['here_failed_attempts', 'here_locked_at'] : ['failed_attempts', 'locked_at'];
  return sql<[{ id: string; lockAfter: number; at: string }], { failedAttempts: number; lockedAt: string | null }>(
    db,
    `UPDATE account SET ${count} = ${count} + 1,
       ${lock} = CASE WHEN ${lock} IS NULL AND ${count} + 1 >= @lockAfter THEN @at ELSE ${lock} END
     WHERE id = @id RETURNING ${count} AS failedAttempts, ${lock} AS lockedAt`,
  ).get({ id, lockAfter, at }) ?? { failedAttempts: 0, lockedAt: null };
}

/** A right password: the wrong ones before it, at either door, count no more (a lock stays). */
export function resetFailures(db: Db, id: string): void {
  sql<[string]>(db, 'UPDATE account SET failed_attempts = 0, here_failed_attempts = 0 WHERE id = ?').run(id);
}

/** Both doors, as an unlock by the proctor or an admin, a new password or a new card does. */
export function unlock(db: Db, id: string): void {
  sql<[string]>(db, `UPDATE account SET ${CLEAR_LOCKS} WHERE id = ?`).run(id);
}

/** One door's lock, lifted by itself when its time was up (auth/lock-lapse.ts). */
export function unlockDoor(db: Db, id: string, door: Door): void {
  const set = door === 'here' ? 'here_failed_attempts = 0, here_locked_at = NULL' : 'failed_attempts = 0, locked_at = NULL';
  sql<[string]>(db, `UPDATE account SET ${set} WHERE id = ?`).run(id);
}

/** The SET clause that clears both doors' failures and locks. */
export const CLEAR_LOCKS = 'failed_attempts = 0, locked_at = NULL, here_failed_attempts = 0, here_locked_at = NULL';

/** When the account's latest lock in force began, at either door, or null: what the proctor's and admin's lists show. */
export const lockedAtSql = (a: string) => `nullif(max(coalesce(${a}.locked_at, ''), coalesce(${a}.here_locked_at, '')), '')`;

export type LapsedLock = { id: string; username: string; lockedAt: string; door: Door };

/** Locks, at either door, that began at or before `since` (their time is up); `only` narrows to one account. */
export function lapsedLocks(db: Db, since: string, only: string | null): LapsedLock[] {
  return sql<[{ since: string; only: string | null }], LapsedLock>(
    db,
    `SELECT id, username, locked_at AS lockedAt, 'lan' AS door FROM account
       WHERE locked_at IS NOT NULL AND locked_at <= @since AND (@only IS NULL OR id = @only)
     UNION ALL
     SELECT id, username, here_locked_at AS lockedAt, 'here' AS door FROM account
       WHERE here_locked_at IS NOT NULL AND here_locked_at <= @since AND (@only IS NULL OR id = @only)
     ORDER BY lockedAt`,
  ).all({ since, only });
}

export function findByCandidate(db: Db, candidateId: string): AccountRow | undefined {
  return sql<[string], AccountRow>(db, `SELECT ${COLUMNS} FROM account WHERE candidate_id = ?`).get(candidateId);
}

export function countAccounts(db: Db): number {
  return sql<[], { n: number }>(db, 'SELECT count(*) AS n FROM account').get()!.n;
}

/** Which of these usernames name an account that may sign in (exists and is not disabled). */
export function enabledUsernames(db: Db, usernames: string[]): Set<string> {
  const rows = sql<[string], { username: string }>(db, 'SELECT username FROM account WHERE disabled = 0 AND username IN (SELECT value FROM json_each(?))').all(JSON.stringify(usernames));
  return new Set(rows.map((r) => r.username.toLowerCase()));
}

/** Staff only: candidates' accounts come with the candidate list, not from this screen. */
export function listStaff(db: Db): AccountRow[] {
  return sql<[], AccountRow>(db, `SELECT ${COLUMNS} FROM account WHERE role != 'candidate' ORDER BY display_name COLLATE NOCASE, username`).all();
}

export type AccountEdit = { id: string; role: Role; displayName: string; assessorId: string | null };

export function updateAccount(db: Db, e: AccountEdit): void {
  sql<[AccountEdit]>(db, 'UPDATE account SET role = @role, display_name = @displayName, assessor_id = @assessorId WHERE id = @id').run(e);
}

export function setDisabled(db: Db, id: string, disabled: 0 | 1): void {
  sql<[0 | 1, string]>(db, 'UPDATE account SET disabled = ? WHERE id = ?').run(disabled, id);
}

/** A new password also clears failures and a lock: the person it was given to may sign in at once. */
export function setPassword(db: Db, id: string, passwordHash: string, mustChange: 0 | 1): void {
  sql<[{ id: string; passwordHash: string; mustChange: 0 | 1 }]>(
    db,
    `UPDATE account SET password_hash = @passwordHash, must_change_password = @mustChange, ${CLEAR_LOCKS}
     WHERE id = @id`,
  ).run({ id, passwordHash, mustChange });
}

export function lspHasAdminHere(db: Db, lspId: string | null): boolean {
  if (lspId === null) return false;
  return sql<[string], { n: number }>(db, "SELECT EXISTS (SELECT 1 FROM account WHERE role = 'lsp_admin' AND lsp_id = ?) AS n").get(lspId)!.n === 1;
}

export function assessorExists(db: Db, assessorId: string): boolean {
  return sql<[string], { n: number }>(db, 'SELECT count(*) AS n FROM assessor WHERE id = ?').get(assessorId)!.n > 0;
}

export function findByAssessor(db: Db, assessorId: string): AccountRow | undefined {
  return sql<[string], AccountRow>(db, `SELECT ${COLUMNS} FROM account WHERE assessor_id = ?`).get(assessorId);
}
