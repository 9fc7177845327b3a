import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { LAST_RESULTS_EXPORT_SQL, lastResultsExport } from '../../../../electron/core/db/queries/results-exports';

const plan = (db: Database.Database) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${LAST_RESULTS_EXPORT_SQL}`).all('S-1') as { detail: string }[]).map((r) => r.detail);

describe('migration 023 (an index of the bundle exports)', () => {
  it("answers as the scan of the audit log did for exports made before it, now by searching the index's few rows", () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 22));
    const audit = db.prepare('INSERT INTO audit_log (seq, at, action, entity, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const rows: [string, string, string, string][] = [
      ['2026-11-20T05:00:00.000Z', 'bundle.export', 'bundle', JSON.stringify({ kind: 'results', session: 'S-1', partial: null })],
      // The latest is by time, not by row.
      ['2026-11-20T07:00:00.000Z', 'bundle.export', 'bundle', JSON.stringify({ kind: 'results', session: 'S-1', partial: null })],
      ['2026-11-20T06:00:00.000Z', 'bundle.export', 'bundle', JSON.stringify({ kind: 'results', session: 'S-1', partial: null })],
      ['2026-11-20T08:00:00.000Z', 'bundle.export', 'bundle', JSON.stringify({ kind: 'results', session: 'S-1', partial: 'PC-07' })],
      ['2026-11-20T09:00:00.000Z', 'bundle.export', 'bundle', JSON.stringify({ kind: 'session', session: 'S-1', partial: null })],
      ['2026-11-20T10:00:00.000Z', 'bundle.export', 'bundle', JSON.stringify({ kind: 'results', session: 'S-2', partial: null })],
      // What the log holds most of: a row per saved answer.
      ...Array.from({ length: 500 }, (_, i): [string, string, string, string] => [`2026-11-20T06:00:${String(i % 60).padStart(2, '0')}.000Z`, 'cbt.answer', 'attempt', '{}']),
    ];
    rows.forEach(([at, action, entity, details], i) => audit.run(i + 1, at, action, entity, `e${i}`, details, 'p', 'h'));
    const codes = ['S-1', 'S-2', 'S-3'];
    const before = codes.map((c) => lastResultsExport(db, c)?.at ?? null);
    expect(before).toEqual(['2026-11-20T07:00:00.000Z', '2026-11-20T10:00:00.000Z', null]);
    expect(plan(db).some((d) => d.startsWith('SCAN a') && !d.includes('INDEX'))).toBe(true);

    migrate(db, migrations);
    expect(codes.map((c) => lastResultsExport(db, c)?.at ?? null)).toEqual(before);
    expect(plan(db)[0]).toBe('SCAN a USING INDEX audit_log_bundle_exports');
    expect(db.prepare("SELECT count(*) FROM audit_log INDEXED BY audit_log_bundle_exports WHERE action = 'bundle.export' AND entity = 'bundle'").pluck().get()).toBe(6);
    db.close();
  });
});
