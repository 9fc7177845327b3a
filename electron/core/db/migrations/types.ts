import type { Database } from 'better-sqlite3';

export type Migration = {
  /** Equals its position in the ordered list, starting at 1; recorded in PRAGMA user_version. */
  version: number;
  name: string;
  /**
   * Set by a migration that rebuilds a table others point at (SQLite's documented 12-step procedure):
   * with foreign keys on, dropping the old table would cascade-delete its children. The runner turns
   * them off around the migration's transaction (PRAGMA foreign_keys is ignored inside one) and runs
   * foreign_key_check before committing.
   */
  rebuildsTables?: boolean;
  up: (db: Database) => void;
};
