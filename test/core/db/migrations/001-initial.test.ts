import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from '../../../../electron/core/db/migrations/001-initial';

function migrated() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  initial.up(db);
  return db;
}

describe('migration 001 (initial schema)', () => {
  it('creates every table of the foundation', () => {
    const db = migrated();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      [
        'account', 'assessor', 'audit_log', 'auth_session', 'candidate', 'element', 'item', 'item_option', 'kuk', 'lsp',
        'observation_item', 'scheme', 'session', 'session_candidate', 'setting', 'tuk', 'unit',
      ].sort(),
    );
  });

  it('makes the audit log append-only', () => {
    const db = migrated();
    db.prepare(
      "INSERT INTO audit_log (seq, at, action, prev_hash, hash) VALUES (1, '2026-01-01T00:00:00Z', 'x', 'p', 'h')",
    ).run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('enforces TUK types, account role links and foreign keys', () => {
    const db = migrated();
    db.prepare("INSERT INTO lsp (id, code, name) VALUES ('l', 'L', 'LSP')").run();
    expect(() =>
      db.prepare("INSERT INTO tuk (id, lsp_id, code, name, type) VALUES ('t', 'l', 'T', 'TUK', 'online')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO tuk (id, lsp_id, code, name, type) VALUES ('t', 'nope', 'T', 'TUK', 'sewaktu')").run(),
    ).toThrow(/FOREIGN KEY/);
    // A candidate account must point at a candidate.
    expect(() =>
      db
        .prepare(
          "INSERT INTO account (id, role, username, display_name, password_hash, created_at) VALUES ('a', 'candidate', 'u', 'U', 'h', 'now')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
