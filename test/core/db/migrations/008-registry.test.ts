import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { registry } from '../../../../electron/core/db/migrations/008-registry';
import type { Migration } from '../../../../electron/core/db/migrations/types';
import { migrate } from '../../../../electron/core/db/open';

/** A database at version 7 with a scheme that a unit, a question, an observation item and a session point at. */
function at7WithScheme(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 7));
  db.exec(`
    INSERT INTO lsp (id, code, name) VALUES ('l', 'LSP', 'LSP');
    INSERT INTO tuk (id, lsp_id, code, name, type) VALUES ('t', 'l', 'T', 'T', 'sewaktu');
    INSERT INTO scheme (id, lsp_id, code, kind, skkni, title_id, settings) VALUES ('s', 'l', 'SKM', 'okupasi', 'SKKNI', 'Skema', '{"passMarkPercent":70}');
    INSERT INTO unit (id, scheme_id, ordinal, code, title_id) VALUES ('u', 's', 1, 'J.1.1', 'U');
    INSERT INTO element (id, unit_id, ordinal, title_id) VALUES ('e', 'u', 1, 'E');
    INSERT INTO kuk (id, element_id, ordinal, number, text_id) VALUES ('k', 'e', 1, '1.1', 'K');
    INSERT INTO item (id, scheme_id, kind, ref, ordinal, kuk_id, prompt_id) VALUES ('i', 's', 'essay', 'E1', 1, 'k', 'P');
    INSERT INTO observation_item (id, scheme_id, kuk_id, benchmark_id) VALUES ('o', 's', 'k', 'B');
    INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
      VALUES ('x', 'l', 's', 't', 'S1', 'S', '2026-11-20', '08:00', 90);
    INSERT INTO candidate (id, lsp_id, participant_no, name, nik) VALUES ('c', 'l', 'P1', 'C', '3276011403050001');
  `);
  return db;
}

describe('migration 008 (registry)', () => {
  it('rebuilds scheme keeping every row and every pointer at it, and leaves foreign keys on', () => {
    const db = at7WithScheme();
    migrate(db, migrations.slice(0, 8));
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT id, code, version, active, settings FROM scheme').all()).toEqual([
      { id: 's', code: 'SKM', version: 1, active: 1, settings: '{"passMarkPercent":70}' },
    ]);
    for (const table of ['unit', 'element', 'kuk', 'item', 'observation_item', 'session']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(1);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Children still point at the rebuilt table: a scheme a session uses cannot be deleted.
    expect(() => db.exec("DELETE FROM scheme WHERE id = 's'")).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) FROM unit').pluck().get()).toBe(1);
  });

  it('makes a scheme code unique per version, and a NIK unique per LSP', () => {
    const db = at7WithScheme();
    migrate(db, migrations.slice(0, 8));
    db.exec("INSERT INTO scheme (id, lsp_id, code, version, kind, skkni, title_id) VALUES ('s2', 'l', 'SKM', 2, 'okupasi', 'SKKNI', 'Skema')");
    expect(() => db.exec("INSERT INTO scheme (id, lsp_id, code, version, kind, skkni, title_id) VALUES ('s3', 'l', 'SKM', 2, 'okupasi', 'SKKNI', 'S')")).toThrow(/UNIQUE/);
    expect(() => db.exec("INSERT INTO candidate (id, lsp_id, participant_no, name, nik) VALUES ('c2', 'l', 'P2', 'D', '3276011403050001')")).toThrow(/UNIQUE/);
  });

  it('is refused and rolled back, foreign keys back on, when a rebuild would break a pointer', () => {
    const db = at7WithScheme();
    const breaking: Migration = {
      version: 8,
      name: 'drops a scheme its children need',
      rebuildsTables: true,
      up: (d) => d.exec("DELETE FROM scheme WHERE id = 's'"),
    };
    expect(() => migrate(db, [...migrations.slice(0, 7), breaking])).toThrow(/broke a foreign key/);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT count(*) FROM scheme').pluck().get()).toBe(1);
  });

  it('is the eighth migration', () => {
    expect(migrations[7]).toBe(registry);
    expect(registry.version).toBe(8);
  });
});
