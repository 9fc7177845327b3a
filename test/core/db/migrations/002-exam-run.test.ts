import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from '../../../../electron/core/db/migrations/001-initial';
import { examRun } from '../../../../electron/core/db/migrations/002-exam-run';
import { insertOneSeat } from './seat-fixture';

function atVersion1WithASignIn() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  initial.up(db);
  insertOneSeat(db);
  db.exec(`
    INSERT INTO account (id, role, username, display_name, password_hash, candidate_id, created_at)
      VALUES ('acc', 'candidate', 'P-1', 'Peserta', 'h', 'c', '2026-11-21T00:00:00Z');
    INSERT INTO auth_session (token_hash, account_id, created_at, expires_at)
      VALUES ('th', 'acc', '2026-11-21T00:00:00Z', '2026-11-21T14:00:00Z');
  `);
  return db;
}

const attempt = (over: string) =>
  `INSERT INTO attempt (id, session_id, candidate_id, seed, item_order, agreed_at, started_at, duration_seconds${over ? ', ' + over.split('=')[0] : ''})
   VALUES ('at', 'ses', 'c', '${'ab'.repeat(32)}', '[]', 'x', 'x', 3600${over ? ', ' + over.split('=')[1] : ''})`;

describe('migration 002 (exam run)', () => {
  it('keeps existing sign-ins, with no exam session or device recorded', () => {
    const db = atVersion1WithASignIn();
    examRun.up(db);
    expect(db.prepare('SELECT exam_session_id, device_id, account_id FROM auth_session').get()).toEqual({
      exam_session_id: null,
      device_id: null,
      account_id: 'acc',
    });
  });

  it('allows an attempt only for a candidate of that session, one per candidate', () => {
    const db = atVersion1WithASignIn();
    examRun.up(db);
    db.prepare(attempt('')).run();
    expect(() => db.prepare(attempt('')).run()).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare(attempt('').replace("'at', 'ses', 'c'", "'at2', 'ses', 'nobody'")).run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('checks seeds, submit reasons and option ordinals', () => {
    const db = atVersion1WithASignIn();
    examRun.up(db);
    expect(() => db.prepare(attempt('').replace('ab'.repeat(32), 'short')).run()).toThrow(/CHECK/);
    expect(() => db.prepare(attempt("submit_reason='candidate'")).run()).toThrow(/CHECK/);
    db.prepare(attempt('')).run();
    expect(() =>
      db.exec("INSERT INTO answer (attempt_id, item_id, choice, seq, saved_at) VALUES ('at', 'nope', 7, 1, 'x')"),
    ).toThrow(/CHECK|FOREIGN KEY/);
  });
});
