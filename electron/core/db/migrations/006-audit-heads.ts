import type { Migration } from './types';

/**
 * Signed heads of the audit chain (issue 12): the hash chain alone shows an edited row, but not a lost
 * end or a chain re-hashed from an edited row onwards; a head signed with the installation's key does.
 */
export const auditHeads: Migration = {
  version: 6,
  name: 'audit heads: signed heads of the audit chain, remote_audit_log append-only',
  up(db) {
    db.exec(`
      -- The latest signed head of each installation's chain held here: this installation's own (replaced
      -- at every signature), and the one a backup brought from the installation it came from. No
      -- append-only trigger: replacing the row with an older head gains nothing, because the head's
      -- counter n is checked against the copy kept outside the database (<data>/audit/head.json).
      CREATE TABLE audit_head (
        installation_id TEXT PRIMARY KEY,
        n INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        signing_public TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        signature TEXT NOT NULL
      ) STRICT;

      -- Heads that came with another installation's audit log in results bundles, kept as they arrived.
      CREATE TABLE remote_audit_head (
        source_installation_id TEXT NOT NULL,
        n INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        signing_public TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        signature TEXT NOT NULL,
        PRIMARY KEY (source_installation_id, n)
      ) STRICT;
      CREATE TRIGGER remote_audit_head_no_update BEFORE UPDATE ON remote_audit_head
        BEGIN SELECT RAISE(ABORT, 'remote_audit_head is append-only'); END;
      CREATE TRIGGER remote_audit_head_no_delete BEFORE DELETE ON remote_audit_head
        BEGIN SELECT RAISE(ABORT, 'remote_audit_head is append-only'); END;

      -- Migration 003 gave remote_audit_log a no-update trigger only.
      CREATE TRIGGER remote_audit_log_no_delete BEFORE DELETE ON remote_audit_log
        BEGIN SELECT RAISE(ABORT, 'remote_audit_log is append-only'); END;
    `);
  },
};
