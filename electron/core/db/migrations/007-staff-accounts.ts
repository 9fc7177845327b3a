import type { Migration } from './types';

/**
 * Staff accounts managed in the app (issue 14): an admin who resets someone's password hands them a
 * temporary one, which must not stay in use, so the account carries a must-change flag. Expired
 * sign-in sessions are deleted by expiry, hence the index.
 */
export const staffAccounts: Migration = {
  version: 7,
  name: 'staff accounts: must-change-password flag, auth_session expiry index',
  up(db) {
    db.exec(`
      ALTER TABLE account ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX auth_session_expires ON auth_session(expires_at);
    `);
  },
};
