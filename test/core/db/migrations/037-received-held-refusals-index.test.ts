import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { HELD_REFUSED_SQL, RECEIVED_REFUSALS_SQL } from '../../../../electron/core/db/queries/held-refusals';

const plan = (db: Database.Database) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${HELD_REFUSED_SQL}`).all({ candidateId: 'c1', attemptId: 't1' }) as { detail: string }[]).map((r) => r.detail);
const scans = (details: string[]) => details.filter((d) => /^SCAN (l|r)\b/.test(d));
/**
 * The count's statement also reads the refusals waiting for their entry, a table of migration 038: a stand-in
 * of its key lets the statement of today be planned on the schema of 036 and 037.
 */
const pendingStandIn = (db: Database.Database) => db.exec('CREATE TABLE held_refusal_pending (attempt_id TEXT PRIMARY KEY, refused INTEGER NOT NULL)');

describe("migration 037 (an index of a TUK station's refused late answers in the received logs)", () => {
  it('lets the count of refused late answers find the received entries without reading the logs whole', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 36));
    pendingStandIn(db);
    expect(scans(plan(db))).toEqual(['SCAN r']);

    migrate(db, migrations.slice(0, 37));
    const after = plan(db);
    expect(scans(after)).toEqual([]);
    expect(after).toContain('SEARCH r USING INDEX remote_audit_log_held_refusals (entity_id=?)');
    expect(after.some((d) => d.includes('INDEX audit_log_record_changes'))).toBe(true);
    db.close();
  });

  it('holds only those entries: a saved answer and other entries add nothing to it', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 37));
    const remote = db.prepare(
      "INSERT INTO remote_audit_log (source_installation_id, seq, at, action, entity, entity_id, details, prev_hash, hash) VALUES ('tuk', ?, '2026-11-20T06:00:00.000Z', ?, ?, ?, '{}', 'p', 'h')",
    );
    const rows: [string, string, string][] = [
      ['cbt.heldAnswerRefused', 'candidate', 'c1'],
      ['candidate.update', 'candidate', 'c1'],
      ['exam.paused', 'attempt', 't1'],
      ...Array.from({ length: 200 }, (_, i): [string, string, string] => ['cbt.answer', 'attempt', `t${i}`]),
    ];
    rows.forEach(([action, entity, id], i) => remote.run(i + 1, action, entity, id));
    expect(db.prepare(`SELECT count(*) FROM remote_audit_log INDEXED BY remote_audit_log_held_refusals WHERE ${RECEIVED_REFUSALS_SQL}`).pluck().get()).toBe(1);
    db.close();
  });
});
