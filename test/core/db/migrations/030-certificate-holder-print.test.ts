import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { insertOneSeat } from './seat-fixture';

describe('migration 030 (the holder details each certificate was last printed or issued with)', () => {
  it("starts each certificate already issued from its holder's details in the registry, as of its issue", () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 29));
    insertOneSeat(db);
    db.exec(`
      INSERT INTO account (id, username, display_name, role, password_hash, created_at) VALUES ('adm', 'adm', 'Admin', 'lsp_admin', 'x', '2026-01-01');
      INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
        VALUES ('p', 'l', '2026-11-22', 'signed', 'SK/1', '2026-11-22', 'x', 'adm', 'x', 'adm', 'x', 'adm');
      UPDATE candidate SET birth_place = 'Bandung', birth_date = NULL WHERE id = 'c';
      INSERT INTO certificate (id, lsp_id, pleno_id, session_id, candidate_id, scheme_id, number, registration_number, counter_scope, counter_value,
          issued_on, valid_until, issued_at, issued_by)
        VALUES ('ce', 'l', 'p', 'ses', 'c', 's', 'N-1', 'R-1', 'lsp:l', 1, '2026-11-22', '2029-11-22', '2026-11-22T03:00:00.000Z', 'adm');`);
    const candidate = db.prepare("SELECT name, nik FROM candidate WHERE id = 'c'").get() as { name: string; nik: string };
    migrate(db, migrations.slice(0, 30));
    expect(db.prepare('SELECT * FROM certificate_holder_print').all()).toEqual([
      { certificate_id: 'ce', ...candidate, birth_place: 'Bandung', birth_date: null, taken_at: '2026-11-22T03:00:00.000Z', taken_on: 'issue' },
    ]);
    db.close();
  });
});
