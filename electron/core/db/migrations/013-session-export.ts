import type { Migration } from './types';

/**
 * The LSP's last session bundle of each session (issue 16, handing it over): when it was written and
 * which bundle it was. `sessions/get` compares it with `session.changed_at` to mark a session changed
 * since its export, so the planner knows the TUK holds an older plan and exports again. A table of its
 * own, not a session column: the session row travels in bundles and backups name its columns.
 */
export const sessionExport: Migration = {
  version: 13,
  name: 'session export: the last session bundle written for each session',
  up(db) {
    db.exec(`
      CREATE TABLE session_export (
        session_id TEXT PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
        bundle_id TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        exported_by TEXT
      ) STRICT;
    `);
  },
};
