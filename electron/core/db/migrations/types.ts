import type { Database } from 'better-sqlite3';

export type Migration = {
  /** Equals its position in the ordered list, starting at 1; recorded in PRAGMA user_version. */
  version: number;
  name: string;
  up: (db: Database) => void;
};
