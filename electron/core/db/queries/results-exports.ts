import type { Db } from '../open';
import { sql } from '../statements';

/**
 * The latest whole results bundle of a session written here, from its 'bundle.export' audit entry (export.ts
 * writes it with the session's code, the kind and the lab PC of a partial one). Its first terms are exactly
 * those of the partial index audit_log_bundle_exports (migration 023), which SQLite uses only for a query
 * naming them all; any other text reads the whole log (a row per saved answer).
 */
export const LAST_RESULTS_EXPORT_SQL = `SELECT a.at, acc.display_name AS byName FROM audit_log a LEFT JOIN account acc ON acc.id = a.actor_account_id
  WHERE a.action = 'bundle.export' AND a.entity = 'bundle'
    AND a.details ->> '$.kind' = 'results' AND a.details ->> '$.session' = ? AND a.details ->> '$.partial' IS NULL
  ORDER BY a.at DESC LIMIT 1`;

/** When, and by whom, this session's results were last exported for the LSP here; undefined when never. */
export const lastResultsExport = (db: Db, sessionCode: string): { at: string; byName: string | null } | undefined =>
  sql<[string], { at: string; byName: string | null }>(db, LAST_RESULTS_EXPORT_SQL).get(sessionCode);
