import type { Db } from '../../db/open';
import { sql } from '../../db/statements';
import type { TableRule } from '../rules';

/**
 * Never in a backup: bearer sessions (they would sign someone in elsewhere), the installation's keys
 * (they have their own passphrase-protected backup, so a data backup never carries them) and the
 * password wraps of the data key that seals them (they belong to this computer's keys). Nor the seat counts
 * (migration 033): triggers write them from the seats a restore writes, and a copy would only differ from them.
 */
const EXCLUDED = new Set(['auth_session', 'installation_key', 'key_wrap', 'session_seats']);

/** Every table of this installation, in creation order (parents before children), with all columns. */
export function backupRules(db: Db): TableRule[] {
  const tables = sql<[], { name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
  ).all();
  return tables
    .filter((t) => !EXCLUDED.has(t.name))
    .map(({ name }) => {
      const info = db.pragma(`table_info(${name})`) as { name: string; pk: number }[];
      const columns = info.map((c) => c.name);
      const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      const key = pk.length ? pk : columns;
      return { name, table: name, key, columns, merge: { kind: 'keep' }, select: `SELECT ${columns.join(', ')} FROM ${name} ORDER BY ${key.join(', ')}` };
    });
}
