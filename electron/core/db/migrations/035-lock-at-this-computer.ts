import type { Migration } from './types';

/**
 * Wrong passwords typed at this computer (its own window, the command line, a browser on 127.0.0.1) are
 * counted, and lock, apart from those that come over the LAN: `failed_attempts` and `locked_at` are the
 * LAN's, `here_failed_attempts` and `here_locked_at` this computer's. Counted together, anyone on the lab
 * LAN who knew the proctor's username locked the proctor out of the station they sit at, again each time
 * the lock lifted (auth/sign-in.ts). Locks made before this migration stay the LAN's.
 */
export const lockAtThisComputer: Migration = {
  version: 35,
  name: "wrong passwords typed at this computer counted and locked apart from the LAN's",
  up(db) {
    db.exec(`
      ALTER TABLE account ADD COLUMN here_failed_attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE account ADD COLUMN here_locked_at TEXT;
    `);
  },
};
