import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const cache = new WeakMap<Db, Map<string, Statement<unknown[], unknown>>>();

/** Prepares each SQL text once per connection; query modules call this instead of db.prepare. */
export function sql<P extends unknown[] | object = unknown[], R = unknown>(db: Db, text: string): Statement<P, R> {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let stmt = byText.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    byText.set(text, stmt);
  }
  // better-sqlite3's Statement generics only describe bind/row shapes; the SQL text decides them.
  return stmt as unknown as Statement<P, R>;
}

/**
 * A constant of the code written into SQL as a string literal. For terms a partial index spells: SQLite uses
 * such an index only for a query that writes the same constants, which a bound parameter is not.
 */
export const sqlText = (text: string): string => `'${text.replace(/'/g, "''")}'`;
