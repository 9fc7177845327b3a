import crypto from 'node:crypto';
import type { Db } from '../../electron/core/db/open';

/**
 * A logical checksum of the whole database: every table's rows in key order. Equal before and after
 * means a refused import changed nothing.
 */
export function checksum(db: Db): string {
  const hash = crypto.createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    hash.update(`\n#${t}\n`);
    for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}
