import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { insertOneSeat } from './seat-fixture';

describe('migration 009 (exam-day integrity)', () => {
  it('fills the pause history from the audit log: resumed, ended by submitting, and still under way', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 8));
    insertOneSeat(db);
    db.exec(`
      INSERT INTO candidate (id, lsp_id, participant_no, name, nik) VALUES ('c2', 'l', 'P-2', 'Peserta 2', '2');
      INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES ('ses', 'c2', 'a');
      INSERT INTO attempt (id, session_id, candidate_id, seed, item_order, agreed_at, started_at, duration_seconds, paused_at, submitted_at, submit_reason)
        VALUES ('t1', 'ses', 'c', '${'0'.repeat(64)}', '[]', '08:00', '08:00', 3600, NULL, '09:00', 'proctor'),
               ('t2', 'ses', 'c2', '${'1'.repeat(64)}', '[]', '08:00', '08:00', 3600, '08:40', NULL, NULL);
    `);
    const audit = db.prepare(
      "INSERT INTO audit_log (seq, at, action, entity, entity_id, prev_hash, hash) VALUES (?, ?, ?, 'attempt', ?, 'p', 'h')",
    );
    audit.run(1, '08:10', 'exam.paused', 't1');
    audit.run(2, '08:15', 'exam.resumed', 't1');
    audit.run(3, '08:30', 'exam.paused', 't1');
    audit.run(4, '08:40', 'exam.paused', 't2');
    migrate(db, migrations);
    const rows = db.prepare('SELECT attempt_id AS a, paused_at AS p, resumed_at AS r FROM attempt_pause ORDER BY a, p').all();
    expect(rows).toEqual([
      { a: 't1', p: '08:10', r: '08:15' },
      // Submitted while paused: the pause ended with the submission.
      { a: 't1', p: '08:30', r: '09:00' },
      // Still paused.
      { a: 't2', p: '08:40', r: null },
    ]);
  });
});
