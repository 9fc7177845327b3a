import path from 'node:path';
import Database from 'better-sqlite3';
import { appendAudit } from '../../../electron/core/audit/log';
import { DB_FILE_NAME } from '../../../electron/core/db/open';
import { tempCore, tempDir } from '../../support/core';

/** An installation with some history, shut down: its last head is signed, in the database and the head file. */
export async function stoppedInstallation(extraRows = 15): Promise<{ dir: string; rows: number }> {
  const dir = tempDir();
  const core = await tempCore({ dataDir: dir });
  // One transaction: a test of the whole-log walk writes 20,000 rows.
  core.db.transaction(() => {
    for (let i = 0; i < extraRows; i++) appendAudit(core.db, null, { action: `test.${i}`, details: { i } }, new Date(Date.UTC(2026, 0, 1, 8, i)));
  })();
  const rows = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  core.close();
  return { dir, rows };
}

/** What someone holding the database file does with the app stopped: the append-only triggers dropped, then the edit. */
export function attack(dir: string, edit: (db: Database.Database) => void): void {
  const db = new Database(path.join(dir, DB_FILE_NAME));
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  edit(db);
  db.close();
}
