import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { insertOneSeat } from './seat-fixture';

describe('migration 033 (session seat counts; TUK verifications by session)', () => {
  it('counts the seats sessions already have, then keeps counting; finds a session verification by its index', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 32));
    insertOneSeat(db);
    db.exec(`
      INSERT INTO candidate (id, lsp_id, participant_no, name, nik) VALUES ('c2', 'l', 'P-2', 'Peserta 2', '2');
      INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES ('ses', 'c2', 'a');
      INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
        VALUES ('empty', 'l', 's', 't', 'EMPTY', 'Sesi', '2026-11-22', '08:00', 60);
    `);

    migrate(db, migrations.slice(0, 33));
    const seats = () => db.prepare('SELECT session_id, seats FROM session_seats ORDER BY session_id').all();
    // A session without seats has no row: the rule breaks read it as 0.
    expect(seats()).toEqual([{ session_id: 'ses', seats: 2 }]);
    db.exec("INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES ('empty', 'c', 'a')");
    expect(seats()).toEqual([{ session_id: 'empty', seats: 1 }, { session_id: 'ses', seats: 2 }]);
    db.exec("DELETE FROM session WHERE id = 'ses'");
    expect(seats()).toEqual([{ session_id: 'empty', seats: 1 }]);

    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT result FROM tuk_verification v WHERE v.tuk_id = 't' AND v.session_id = 'empty' ORDER BY v.verified_on DESC, v.recorded_at DESC, v.rowid DESC LIMIT 1").all() as { detail: string }[]).map((r) => r.detail);
    expect(plan).toEqual(['SEARCH v USING INDEX tuk_verification_session (session_id=? AND tuk_id=?)']);
    db.close();
  });
});
