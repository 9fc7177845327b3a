/** Whether anything in the database was written between two moments. */
import type { Db } from '../open';
import { sql } from '../statements';

/**
 * `data_version` moves when another connection (another process) commits; `total_changes()` counts every
 * row this connection itself inserted, updated or deleted (rolled back or not, so it never stands still
 * when something was written). Together: equal stamps mean no row changed in between.
 */
export type DbStamp = { dataVersion: number; changes: number };

export function dbStamp(db: Db): DbStamp {
  return {
    dataVersion: sql<[], number>(db, 'PRAGMA data_version').pluck().get() ?? -1,
    changes: sql<[], number>(db, 'SELECT total_changes()').pluck().get() ?? -1,
  };
}

export const sameStamp = (a: DbStamp, b: DbStamp): boolean => a.dataVersion === b.dataVersion && a.changes === b.changes;
