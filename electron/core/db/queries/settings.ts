import type { Db } from '../open';
import { sql } from '../statements';

export function getSetting(db: Db, key: string): string | undefined {
  return sql<[string], { value: string }>(db, 'SELECT value FROM setting WHERE key = ?').get(key)?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  sql<[string, string]>(
    db,
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
