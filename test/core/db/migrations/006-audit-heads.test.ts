import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { auditHeads } from '../../../../electron/core/db/migrations/006-audit-heads';
import { migrate } from '../../../../electron/core/db/open';

function upgradedFrom5() {
  const db = new Database(':memory:');
  migrate(db, migrations.slice(0, 5));
  // A log received from a TUK before this migration: it must keep every row through the upgrade.
  db.exec(`INSERT INTO remote_audit_log (source_installation_id, seq, at, action, details, prev_hash, hash)
    VALUES ('tuk', 1, '2026-11-21T01:00:00.000Z', 'auth.signIn', '{}', '${'0'.repeat(64)}', 'h1'),
           ('tuk', 2, '2026-11-21T01:01:00.000Z', 'exam.start', '{}', 'h1', 'h2')`);
  migrate(db, migrations);
  return db;
}

describe('migration 006 (audit heads)', () => {
  it('is version 6 and keeps what it finds', () => {
    expect(migrations[5]).toBe(auditHeads);
    expect(auditHeads.version).toBe(6);
    const db = upgradedFrom5();
    expect(db.prepare('SELECT count(*) FROM remote_audit_log').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM audit_head').pluck().get()).toBe(0);
  });

  it('makes remote_audit_log append-only: delete refused like update', () => {
    const db = upgradedFrom5();
    expect(() => db.exec("DELETE FROM remote_audit_log WHERE seq = 2")).toThrow(/remote_audit_log is append-only/);
    expect(() => db.exec('DELETE FROM remote_audit_log')).toThrow(/remote_audit_log is append-only/);
    expect(() => db.exec("UPDATE remote_audit_log SET action = 'x' WHERE seq = 1")).toThrow(/remote_audit_log is append-only/);
    expect(db.prepare('SELECT count(*) FROM remote_audit_log').pluck().get()).toBe(2);
  });

  it('keeps the heads that came with received logs as they arrived', () => {
    const db = upgradedFrom5();
    db.exec(`INSERT INTO remote_audit_head (source_installation_id, n, seq, hash, signed_at, reason, signing_public, payload, signature)
      VALUES ('tuk', 1, 2, 'h2', '2026-11-21T01:02:00.000Z', 'export', 'k', '{}', 's')`);
    expect(() => db.exec('DELETE FROM remote_audit_head')).toThrow(/remote_audit_head is append-only/);
    expect(() => db.exec('UPDATE remote_audit_head SET seq = 1')).toThrow(/remote_audit_head is append-only/);
  });
});
