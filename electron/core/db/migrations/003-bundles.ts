import type { Migration } from './types';

/** Session bundles: this installation's keys, pinned signers, what was imported, attachments. */
export const bundles: Migration = {
  version: 3,
  name: 'bundles: installation keys, signer pins, imports, attachments',
  up(db) {
    db.exec(`
      -- One row: the installation's X25519 (age) identity and Ed25519 signing key. The private half is
      -- sealed by the injected sealer (today the key file beside the database).
      CREATE TABLE installation_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        installation_id TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        signing_public TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        sealer TEXT NOT NULL,
        sealed_private TEXT NOT NULL,
        created_at TEXT NOT NULL,
        backup_made_at TEXT,
        backup_sha256 TEXT,
        backup_tested_at TEXT
      ) STRICT;

      -- Trust on first use, confirmed by a person who compared the fingerprint: 'lsp:<id>' for the
      -- LSP that signs session bundles, 'installation:<id>' for a TUK or lab PC that signs results.
      CREATE TABLE signer_pin (
        subject TEXT PRIMARY KEY,
        installation_id TEXT NOT NULL,
        signing_public TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        label TEXT NOT NULL,
        pinned_at TEXT NOT NULL,
        pinned_by TEXT
      ) STRICT;

      CREATE TABLE bundle_import (
        bundle_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('session', 'results', 'backup')),
        source_installation_id TEXT NOT NULL,
        session_id TEXT,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary))
      ) STRICT;
      CREATE INDEX bundle_import_replay ON bundle_import(source_installation_id, kind, session_id, created_at);

      -- Conflicts found while merging, kept for review: the local row stays, the incoming one is here.
      CREATE TABLE bundle_conflict (
        id INTEGER PRIMARY KEY,
        bundle_id TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        reason TEXT NOT NULL,
        incoming TEXT NOT NULL CHECK (json_valid(incoming)),
        recorded_at TEXT NOT NULL
      ) STRICT;

      -- Files (photos, portfolio evidence) kept by content hash under <data>/attachments/.
      CREATE TABLE attachment (
        id TEXT PRIMARY KEY,
        owner_table TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0)
      ) STRICT;
      CREATE INDEX attachment_owner ON attachment(owner_table, owner_id);

      -- Another installation's audit log as it arrived in a results bundle; never edited.
      CREATE TABLE remote_audit_log (
        source_installation_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        actor_account_id TEXT,
        actor_role TEXT,
        action TEXT NOT NULL,
        entity TEXT,
        entity_id TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (source_installation_id, seq)
      ) STRICT;
      CREATE TRIGGER remote_audit_log_no_update BEFORE UPDATE ON remote_audit_log
        BEGIN SELECT RAISE(ABORT, 'remote_audit_log is append-only'); END;
    `);
  },
};
