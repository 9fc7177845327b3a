import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from '../../../../electron/core/db/migrations/001-initial';
import { examRun } from '../../../../electron/core/db/migrations/002-exam-run';
import { assessment } from '../../../../electron/core/db/migrations/004-assessment';
import { migrations } from '../../../../electron/core/db/migrations';
import { insertOneSeat } from './seat-fixture';

function withASeat() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  initial.up(db);
  examRun.up(db);
  insertOneSeat(db);
  db.exec(`
    INSERT INTO account (id, role, username, display_name, password_hash, assessor_id, created_at)
      VALUES ('acc', 'assessor', 'asesor', 'Asesor', 'h', 'a', '2026-11-21T00:00:00Z');
  `);
  assessment.up(db);
  return db;
}

const score = (instrument: string, verdict: string | null, score: number | null, candidate = 'c') =>
  `INSERT INTO assessment_score (session_id, candidate_id, instrument, target_id, verdict, score, seq, saved_at, saved_by)
   VALUES ('ses', '${candidate}', '${instrument}', 'x${Math.random()}', ${verdict ? `'${verdict}'` : 'NULL'}, ${score ?? 'NULL'}, 1, 'now', 'acc')`;

describe('migration 004 (assessment)', () => {
  it('is version 4, right after the bundles migration', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations[3]).toBe(assessment);
  });

  it('accepts only the verdicts each instrument has, and 0–3 scores only for essays', () => {
    const db = withASeat();
    for (const ok of [score('essay', 'yes', null), score('essay', null, 3), score('oral', 'no', null), score('observation', 'further', null), score('supporting', null, null)]) {
      db.prepare(ok).run();
    }
    for (const bad of [score('observation', 'yes', null), score('oral', 'k', null), score('oral', null, 2), score('essay', 'yes', 2), score('essay', null, 4)]) {
      expect(() => db.prepare(bad).run(), bad).toThrow(/CHECK/);
    }
    expect(() => db.prepare(score('essay', 'yes', null, 'nobody')).run()).toThrow(/FOREIGN KEY/);
  });

  it('allows one live signature per form and candidate, and keeps revoked ones', () => {
    const db = withASeat();
    const sign = `INSERT INTO assessment_signature (form, session_id, assessor_id, candidate_id, signed_at, signed_by) VALUES ('AK.02', 'ses', 'a', 'c', 'now', 'acc')`;
    db.prepare(sign).run();
    expect(() => db.prepare(sign).run()).toThrow(/UNIQUE/);
    db.prepare("UPDATE assessment_signature SET revoked_at = 'later', revoked_by = 'acc', revoke_reason = 'salah' WHERE id = 1").run();
    db.prepare(sign).run();
    expect(db.prepare('SELECT count(*) FROM assessment_signature').pluck().get()).toBe(2);
    expect(() => db.prepare("INSERT INTO assessment_signature (form, session_id, assessor_id, signed_at, signed_by) VALUES ('AK.02', 'ses', 'a', 'now', 'acc')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE assessment_signature SET revoked_at = 'x' WHERE id = 2").run()).toThrow(/CHECK/);
  });
});
