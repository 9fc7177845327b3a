import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { insertOneSeat } from './seat-fixture';

const SETUP = `
  INSERT INTO account (id, username, display_name, role, password_hash, created_at) VALUES ('adm', 'adm', 'Admin', 'lsp_admin', 'x', '2026-01-01');
  INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
    VALUES ('p', 'l', '2026-11-22', 'signed', 'SK/1', '2026-11-22', 'x', 'adm', 'x', 'adm', 'x', 'adm');`;

const insert = (db: Database.Database, id: string, value: number, revoked: string | null, replaces?: string) =>
  db
    .prepare(
      `INSERT INTO certificate (id, lsp_id, pleno_id, session_id, candidate_id, scheme_id, number, registration_number, counter_scope, counter_value,
         issued_on, valid_until, issued_at, issued_by, revoked_at${replaces === undefined ? '' : ', replaces_id'})
       VALUES (?, 'l', 'p', 'ses', 'c', 's', ?, ?, 'lsp:l', ?, '2026-11-22', '2029-11-22', 'x', 'adm', ?${replaces === undefined ? '' : ', ?'})`,
    )
    .run(id, `N-${value}`, `R-${value}`, value, revoked, ...(replaces === undefined ? [] : [replaces]));

describe('migration 027 (a revoked certificate can be replaced)', () => {
  it('keeps every certificate and index, lets a revoked seat take one replacement, and still refuses two in force or two replacements', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 26));
    insertOneSeat(db);
    db.exec(SETUP);
    insert(db, 'c1', 1, '2026-11-23T00:00:00.000Z');
    // Before: one certificate per seat, ever, so a revoked one could never be followed by another.
    expect(() => insert(db, 'c2', 2, null)).toThrow(/UNIQUE constraint failed: certificate.session_id, certificate.candidate_id/);

    migrate(db, migrations.slice(0, 27));
    expect(db.prepare('SELECT id, number, revoked_at, replaces_id FROM certificate').all()).toEqual([
      { id: 'c1', number: 'N-1', revoked_at: '2026-11-23T00:00:00.000Z', replaces_id: null },
    ]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'certificate' AND sql IS NOT NULL ORDER BY name").pluck().all();
    expect(indexes).toEqual(['certificate_blanko', 'certificate_candidate', 'certificate_replaces', 'certificate_seat', 'certificate_seat_in_force', 'certificate_valid_until']);
    insert(db, 'c2', 2, null, 'c1');
    expect(() => insert(db, 'c3', 3, null)).toThrow(/UNIQUE constraint failed/);
    expect(() => insert(db, 'c3', 3, '2026-11-24T00:00:00.000Z', 'c1')).toThrow(/UNIQUE constraint failed: certificate.replaces_id/);
    expect(() => insert(db, 'c3', 3, '2026-11-24T00:00:00.000Z', 'nope')).toThrow(/FOREIGN KEY/);
    expect(() => insert(db, 'c3', 3, '2026-11-24T00:00:00.000Z', 'c3')).toThrow(/CHECK constraint failed/);
    expect(() => insert(db, 'c4', 2, '2026-11-24T00:00:00.000Z')).toThrow(/UNIQUE constraint failed/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
