import type { Migration } from './types';

/**
 * Private keys sealed by a data key that is itself protected by the OS (safeStorage) and/or wrapped
 * under each key holder's password, instead of a key file kept in the clear beside the database.
 */
export const keyWraps: Migration = {
  version: 5,
  name: 'key wraps: the data key under key holders\' passwords',
  up(db) {
    db.exec(`
      -- No foreign key: importing accounts from a bundle may replace account rows, and a wrap must
      -- not vanish with them; a wrap of a removed account is harmless (it opens only with that password).
      CREATE TABLE key_wrap (
        account_id TEXT PRIMARY KEY,
        kdf_cost INTEGER NOT NULL,
        salt TEXT NOT NULL,
        sealed_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- The old key file held exactly the key that sealed these blobs; it becomes the data key, so the
      -- blobs stay as they are and only their label changes.
      UPDATE installation_key SET sealer = 'data-key-aes-256-gcm' WHERE sealer = 'key-file-aes-256-gcm';
    `);
  },
};
