import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from '../../../../electron/core/db/migrations/001-initial';
import { examRun } from '../../../../electron/core/db/migrations/002-exam-run';
import { bundles } from '../../../../electron/core/db/migrations/003-bundles';
import { LATEST_SCHEMA_VERSION, migrate, openDatabase } from '../../../../electron/core/db/open';
import { tempDir } from '../../../support/core';

describe('migration 003 (bundles)', () => {
  it('upgrades a version 2 database without touching its data', () => {
    const file = path.join(tempDir(), 'v2.sqlite');
    const v2 = new Database(file);
    migrate(v2, [initial, examRun]);
    v2.exec("INSERT INTO lsp (id, code, name) VALUES ('l', 'L', 'LSP Lama')");
    v2.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM lsp').pluck().all()).toEqual(['LSP Lama']);
    for (const table of ['installation_key', 'signer_pin', 'bundle_import', 'bundle_conflict', 'attachment', 'remote_audit_log']) {
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table), table).toBe(1);
    }
    db.close();
  });

  it('keeps one installation key row and never edits a received audit row', () => {
    const db = new Database(':memory:');
    migrate(db, [initial, examRun, bundles]);
    const key = "INSERT INTO installation_key (id, installation_id, age_recipient, signing_public, fingerprint, sealer, sealed_private, created_at) VALUES (?, 'i', 'a', 's', 'f', 'k', 'x', 't')";
    db.prepare(key).run(1);
    expect(() => db.prepare(key).run(2)).toThrow(/CHECK/);
    db.exec("INSERT INTO remote_audit_log (source_installation_id, seq, at, action, details, prev_hash, hash) VALUES ('tuk', 1, 't', 'x', '{}', 'p', 'h')");
    expect(() => db.exec("UPDATE remote_audit_log SET action = 'y'")).toThrow(/append-only/);
  });
});
