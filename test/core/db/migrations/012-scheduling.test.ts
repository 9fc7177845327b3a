import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { minutesOf } from '../../../../electron/core/scheduling/time';
import { insertOneSeat } from './seat-fixture';

describe('migration 012 (scheduling)', () => {
  it('gives existing sessions a mode and their times as absolute minutes, past midnight too, without listing them as columns', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 11));
    insertOneSeat(db);
    db.exec(`INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
      VALUES ('late', 'l', 's', 't', 'LATE', 'Sesi malam', '2026-12-31', '23:30', 90)`);
    migrate(db, migrations);
    const rows = db.prepare('SELECT id, mode, changed_at, starts_min, ends_min FROM session ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'late', mode: 'room_server', changed_at: null, starts_min: minutesOf('2026-12-31', '23:30'), ends_min: minutesOf('2027-01-01', '01:00') },
      { id: 'ses', mode: 'room_server', changed_at: null, starts_min: minutesOf('2026-11-21', '08:00'), ends_min: minutesOf('2026-11-21', '09:00') },
    ]);
    // Bundle rules and backups read table_info: the generated columns are not theirs to write.
    const columns = (db.pragma('table_info(session)') as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('starts_min');
    expect(columns).toContain('mode');
    expect(db.prepare('SELECT count(*) FROM session_assessor').pluck().get()).toBe(0);
  });

  it('takes an APL.02 answer along when its element leaves a scheme, and refuses an APL row outside the choices', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    insertOneSeat(db);
    db.exec(`
      INSERT INTO account (id, role, username, display_name, password_hash, lsp_id, created_at) VALUES ('adm', 'lsp_admin', 'adm', 'Admin', 'x', 'l', 'now');
      INSERT INTO unit (id, scheme_id, ordinal, code, title_id) VALUES ('u', 's', 1, 'U.1', 'Unit');
      INSERT INTO element (id, unit_id, ordinal, title_id) VALUES ('e1', 'u', 1, 'E1'), ('e2', 'u', 2, 'E2');
      INSERT INTO apl_application (id, lsp_id, candidate_id, scheme_id, purpose, saved_at, saved_by) VALUES ('app', 'l', 'c', 's', 'sertifikasi', 'now', 'adm');
      INSERT INTO apl_self_assessment (application_id, entered_by, saved_at, saved_by) VALUES ('app', 'staff', 'now', 'adm');
      INSERT INTO apl_self_answer (application_id, element_id, answer) VALUES ('app', 'e1', 'K'), ('app', 'e2', 'BK');
      DELETE FROM element WHERE id = 'e2';
    `);
    expect(db.prepare('SELECT element_id FROM apl_self_answer').pluck().all()).toEqual(['e1']);
    expect(() => db.prepare("UPDATE apl_application SET purpose = 'magang' WHERE id = 'app'").run()).toThrow(/CHECK/);
    // A verification is whole: result, time and account together.
    expect(() => db.prepare("UPDATE apl_application SET verified_result = 'accepted' WHERE id = 'app'").run()).toThrow(/CHECK/);
  });
});
