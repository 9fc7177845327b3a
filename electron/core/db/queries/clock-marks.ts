import type { Db } from '../open';
import { sql } from '../statements';

/** How many of the newest audit entries are read for the latest time: a clock set back leaves them below the ones before it. */
const RECENT_ENTRIES = 2_000;

/**
 * The latest moment this installation has seen pass: its own newest audit entries' times, and the creation
 * of the newest bundle it imported (stamped by the other computer's clock). Both by index, never a scan.
 */
export function latestSeen(db: Db): { audit: string | null; bundle: string | null } {
  const audit = sql<[number], { at: string | null }>(db, 'SELECT max(at) AS at FROM (SELECT at FROM audit_log ORDER BY seq DESC LIMIT ?)').get(RECENT_ENTRIES)?.at ?? null;
  const bundle = sql<[], { at: string | null }>(db, 'SELECT max(created_at) AS at FROM bundle_import').get()?.at ?? null;
  return { audit, bundle };
}
