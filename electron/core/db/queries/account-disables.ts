/** Why a staff account is disabled, read from the audit entry accounts/setDisabled writes with the flag. */
import type { Db } from '../open';
import { sql } from '../statements';

/**
 * The account's latest disable in the audit log, with the name its actor has now. Its terms are exactly those
 * of the partial index audit_log_account_disables (migration 020), which SQLite uses only for a query naming
 * them all: a search of the account's disables, where any other text reads the whole log (a row per saved answer).
 */
export const LAST_DISABLE_SQL = `SELECT l.at, a.display_name AS byName, json_extract(l.details, '$.reason') AS reason
  FROM audit_log l LEFT JOIN account a ON a.id = l.actor_account_id
  WHERE l.action = 'account.disable' AND l.entity = 'account' AND l.entity_id = ? ORDER BY l.seq DESC LIMIT 1`;

export type DisableRow = { at: string; byName: string | null; reason: string | null };

/** undefined when the log holds no disable of it (an account disabled by other means than accounts/setDisabled). */
export const lastDisable = (db: Db, accountId: string): DisableRow | undefined => sql<[string], DisableRow>(db, LAST_DISABLE_SQL).get(accountId);
