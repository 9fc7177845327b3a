import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { passwordHashFor } from '../../../../electron/core/db/queries/accounts';

describe('migration 022 (passwords issued at this installation)', () => {
  it("signs in with the local password; a bundle bringing the same hash keeps it, a new hash of the account's own drops it", () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    // Only the two tables and the trigger are under test: the session, candidate and LSP rows they name are not.
    db.pragma('foreign_keys = OFF');
    db.exec(`
      INSERT INTO account (id, role, username, display_name, password_hash, created_at) VALUES ('proctor', 'proctor', 'proktor', 'Proktor', 'scrypt$staff', '2026-11-30T08:00:00.000Z');
      INSERT INTO account (id, role, username, display_name, password_hash, lsp_id, candidate_id, created_at)
        VALUES ('a', 'candidate', 'P-001', 'Asesi', 'scrypt$lsp', 'lsp', 'c', '2026-11-30T08:00:00.000Z');
    `);
    expect(passwordHashFor(db, 'a')).toBe('scrypt$lsp');
    db.prepare("INSERT INTO local_password VALUES ('a', 'scrypt$tuk', '2026-12-01T07:00:00.000Z', 'proctor', 's')").run();
    expect(passwordHashFor(db, 'a')).toBe('scrypt$tuk');

    // A bundle's merge sets every column it sends, the hash among them, unchanged.
    db.prepare("UPDATE account SET display_name = 'Asesi Baru', password_hash = 'scrypt$lsp' WHERE id = 'a'").run();
    expect(passwordHashFor(db, 'a')).toBe('scrypt$tuk');
    db.prepare("UPDATE account SET password_hash = 'scrypt$lsp-again' WHERE id = 'a'").run();
    expect(passwordHashFor(db, 'a')).toBe('scrypt$lsp-again');
    expect(db.prepare('SELECT count(*) FROM local_password').pluck().get()).toBe(0);
    db.close();
  });
});
