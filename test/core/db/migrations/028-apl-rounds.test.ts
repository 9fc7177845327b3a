import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { insertOneSeat } from './seat-fixture';

const application = (id: string, round?: number) =>
  `INSERT INTO apl_application (id, lsp_id, candidate_id, scheme_id, purpose, saved_at, saved_by, verified_result, verified_at, verified_by${round === undefined ? '' : ', round_no'})
   VALUES ('${id}', 'l', 'c', 's', 'sertifikasi', 'x', 'adm', 'accepted', 'x', 'adm'${round === undefined ? '' : `, ${round}`})`;

describe('migration 028 (an application per certification round)', () => {
  it('keeps each application with its evidence, self-assessment and sign-in as round 1, links the seat to it, and lets a second round in', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 27));
    insertOneSeat(db);
    db.exec(`
      INSERT INTO account (id, username, display_name, role, password_hash, created_at) VALUES ('adm', 'adm', 'Admin', 'lsp_admin', 'x', '2026-01-01');
      ${application('a1')};
      INSERT INTO apl_evidence (id, application_id, ordinal, kind, description, status) VALUES ('e1', 'a1', 0, 'basic', 'Ijazah', 'memenuhi');
      INSERT INTO apl_self_assessment (application_id, entered_by, saved_at, saved_by) VALUES ('a1', 'staff', 'x', 'adm');
      INSERT INTO account (id, username, display_name, role, password_hash, candidate_id, created_at, apl_application_id, apl_until)
        VALUES ('cand', 'apl-abc', 'Peserta', 'candidate', 'x', 'c', '2026-01-01', 'a1', '2026-12-01');
    `);
    // Before: one application per candidate and scheme version, ever.
    expect(() => db.exec(application('a2').replace("'sertifikasi'", "'sertifikasi_ulang'"))).toThrow(/UNIQUE constraint failed: apl_application.candidate_id, apl_application.scheme_id/);

    migrate(db, migrations.slice(0, 28));
    expect(db.prepare('SELECT id, purpose, verified_result, round_no FROM apl_application').all()).toEqual([
      { id: 'a1', purpose: 'sertifikasi', verified_result: 'accepted', round_no: 1 },
    ]);
    expect(db.prepare('SELECT id, application_id FROM apl_evidence').all()).toEqual([{ id: 'e1', application_id: 'a1' }]);
    expect(db.prepare('SELECT application_id FROM apl_self_assessment').pluck().all()).toEqual(['a1']);
    expect(db.prepare("SELECT apl_application_id FROM account WHERE id = 'cand'").pluck().get()).toBe('a1');
    expect(db.prepare('SELECT session_id, candidate_id, apl_application_id FROM session_candidate').all()).toEqual([
      { session_id: 'ses', candidate_id: 'c', apl_application_id: 'a1' },
    ]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'apl_application' AND sql IS NOT NULL ORDER BY name").pluck().all();
    expect(indexes).toEqual(['apl_application_scheme']);

    db.exec(application('a2', 2));
    expect(() => db.exec(application('a3', 2))).toThrow(/UNIQUE constraint failed: apl_application.candidate_id, apl_application.scheme_id, apl_application.round_no/);
    expect(() => db.exec(application('a3', 0))).toThrow(/CHECK constraint failed/);
    expect(() => db.exec("UPDATE session_candidate SET apl_application_id = 'nope'")).toThrow(/FOREIGN KEY/);
    // Deleting nothing: the rebuild took no child row with it.
    expect(db.prepare('SELECT count(*) FROM apl_evidence').pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
