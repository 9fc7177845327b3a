import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { CARDS_SQL, REVIEW_TEST_ACTIONS_SQL } from '../../../../electron/core/db/queries/review-test-actions';

const plan = (db: Database.Database) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${REVIEW_TEST_ACTIONS_SQL}`).all({ sessionId: 's1' }) as { detail: string }[]).map((r) => r.detail);
const scans = (details: string[]) => details.filter((d) => /^SCAN (audit_log|remote_audit_log)\b/.test(d));

describe('migration 025 (indexes of the new candidate cards given at a TUK)', () => {
  it("lets the results review find the cards' entries in both logs without reading them whole", () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 24));
    expect(scans(plan(db))).toEqual(['SCAN audit_log', 'SCAN remote_audit_log']);

    migrate(db, migrations.slice(0, 25));
    const after = plan(db);
    expect(scans(after)).toEqual([]);
    expect(after).toContain('SEARCH audit_log USING INDEX audit_log_cards_issued (action=?)');
    expect(after).toContain('SEARCH remote_audit_log USING INDEX remote_audit_log_cards_issued (action=?)');
    db.close();
  });

  it('holds only those entries: a saved answer and other entries add nothing to them', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 25));
    const audit = db.prepare("INSERT INTO audit_log (seq, at, action, entity, entity_id, details, prev_hash, hash) VALUES (?, '2026-11-20T06:00:00.000Z', ?, ?, ?, '{}', 'p', 'h')");
    const remote = db.prepare(
      "INSERT INTO remote_audit_log (source_installation_id, seq, at, action, entity, entity_id, details, prev_hash, hash) VALUES ('tuk', ?, '2026-11-20T06:00:00.000Z', ?, ?, ?, '{}', 'p', 'h')",
    );
    const rows: [string, string, string][] = [
      ['exam.passwordIssued', 'account', 'a1'],
      ['exam.resetLogin', 'account', 'a1'],
      ['exam.paused', 'attempt', 't1'],
      ...Array.from({ length: 200 }, (_, i): [string, string, string] => ['cbt.answer', 'attempt', `t${i}`]),
    ];
    rows.forEach(([action, entity, id], i) => {
      audit.run(i + 1, action, entity, id);
      remote.run(i + 1, action, entity, id);
    });
    const count = (table: string, index: string) => db.prepare(`SELECT count(*) FROM ${table} INDEXED BY ${index} WHERE ${CARDS_SQL}`).pluck().get();
    expect(count('audit_log', 'audit_log_cards_issued')).toBe(1);
    expect(count('remote_audit_log', 'remote_audit_log_cards_issued')).toBe(1);
    db.close();
  });
});
