import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { REVIEW_TEST_ACTIONS_SQL } from '../../../../electron/core/db/queries/review-test-actions';

const plan = (db: Database.Database) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${REVIEW_TEST_ACTIONS_SQL}`).all({ sessionId: 's1' }) as { detail: string }[]).map((r) => r.detail);

describe("migration 021 (indexes of the proctors' test actions and of a TUK's account entries)", () => {
  it('lets the results review search the two logs for its few rows instead of reading them whole', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 20));
    const scans = plan(db).filter((d) => /^SCAN (audit_log|remote_audit_log)\b/.test(d));
    expect(new Set(scans)).toEqual(new Set(['SCAN audit_log', 'SCAN remote_audit_log']));

    migrate(db, migrations);
    const after = plan(db);
    expect(after.filter((d) => /^SCAN (audit_log|remote_audit_log)\b/.test(d))).toEqual([]);
    expect(after).toContain('SEARCH audit_log USING INDEX audit_log_test_actions (action=?)');
    expect(after).toContain('SEARCH remote_audit_log USING INDEX remote_audit_log_test_actions (action=?)');
    expect(after.some((d) => d.startsWith('SEARCH c USING INDEX remote_audit_log_accounts'))).toBe(true);
    db.close();
  });

  it('holds only those rows: a saved answer and other entries add nothing to them', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    const audit = db.prepare("INSERT INTO audit_log (seq, at, action, entity, entity_id, details, prev_hash, hash) VALUES (?, '2026-11-20T06:00:00.000Z', ?, ?, ?, '{}', 'p', 'h')");
    const remote = db.prepare(
      "INSERT INTO remote_audit_log (source_installation_id, seq, at, action, entity, entity_id, details, prev_hash, hash) VALUES ('tuk', ?, '2026-11-20T06:00:00.000Z', ?, ?, ?, '{}', 'p', 'h')",
    );
    const rows: [string, string, string][] = [
      ['exam.paused', 'attempt', 't1'],
      ['exam.resumed', 'attempt', 't1'],
      ['exam.extendedAll', 'session', 's1'],
      ['account.create', 'account', 'a1'],
      ...Array.from({ length: 200 }, (_, i): [string, string, string] => ['cbt.answer', 'attempt', `t${i}`]),
    ];
    rows.forEach(([action, entity, id], i) => {
      audit.run(i + 1, action, entity, id);
      remote.run(i + 1, action, entity, id);
    });
    const count = (table: string, index: string, where: string) => db.prepare(`SELECT count(*) FROM ${table} INDEXED BY ${index} WHERE ${where}`).pluck().get();
    const actions = `action IN ('exam.extended', 'exam.paused', 'exam.resumed', 'exam.extendedAll', 'exam.pausedAll', 'exam.resumedAll')`;
    expect(count('audit_log', 'audit_log_test_actions', actions)).toBe(3);
    expect(count('remote_audit_log', 'remote_audit_log_test_actions', actions)).toBe(3);
    expect(count('remote_audit_log', 'remote_audit_log_accounts', "entity = 'account'")).toBe(1);
    db.close();
  });
});
