import type { Migration } from './types';

/**
 * A password given at this installation to an account that a bundle brought: a proctor at the TUK
 * issuing a candidate a new card (a lost card, a forgotten password), or an assessor changing their own
 * password at a TUK station. It lives beside the account, not in account.password_hash, because the
 * LSP's next session bundle replaces that column with its own hash: the new password would stop working
 * and the old one would work again. Sign-in checks this one first.
 *
 * The newest issue wins, in the order they reach this installation: the trigger drops the local password
 * as soon as the account's own hash really changes (the LSP issued again and its bundle arrived, or an
 * admin here reset it), never when a bundle brings the same hash again.
 */
export const localPasswords: Migration = {
  version: 22,
  name: 'local passwords: a password set at the TUK for an account the LSP sent, kept across the bundles that follow',
  up(db) {
    db.exec(`
      CREATE TABLE local_password (
        account_id TEXT PRIMARY KEY REFERENCES account(id),
        password_hash TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL REFERENCES account(id),
        -- The session a proctor issued a card for; null for a password the account's owner chose.
        session_id TEXT REFERENCES session(id)
      ) STRICT;
      CREATE TRIGGER local_password_superseded AFTER UPDATE OF password_hash ON account
        WHEN OLD.password_hash IS NOT NEW.password_hash
      BEGIN
        DELETE FROM local_password WHERE account_id = NEW.id;
      END;
    `);
  },
};
