// The audit log's screen on a TUK station a year old: 500,000 rows, nearly all answer saves (one in a
// thousand a proctor's pause, a few hundred office edits at the start), as audit/list reads them in the
// core. p50/p99 of each kind of page the screen asks for: the newest page of everything but answers, of the
// answers, of the exam day, of one record's history, a deep page by cursor, and the worst case, an area
// with no row since the start (the log has no index but its sequence, so that reads it all). Baseline: the
// newest page of the bare table by its primary key, in the same run. One JSON line per metric.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listAudit } from '../../electron/core/audit/list';
import { openDatabase } from '../../electron/core/db/open';
import type { AuditListArgs } from '../../electron/shared/audit-log';
import { report, summary, timedSync } from './stats';

const ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 500_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const root = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-audit-'));

try {
  const db = openDatabase(path.join(root, 'audit.sqlite'));
  // Straight into the table, with a dummy chain: listing reads no hash, and appendAudit's hashing would
  // only make the set-up slower.
  const insert = db.prepare(`INSERT INTO audit_log (seq, at, actor_account_id, actor_role, action, entity, entity_id, details, prev_hash, hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '0', '0')`);
  const start = Date.UTC(2026, 0, 5);
  db.transaction(() => {
    for (let seq = 1; seq <= ROWS; seq++) {
      const at = new Date(start + seq * 60_000).toISOString();
      if (seq <= 300) insert.run(seq, at, 'acc-admin', 'lsp_admin', 'candidate.update', 'candidate', `cand-${seq % 50}`, JSON.stringify({ before: { phone: '0811' }, after: { phone: '0812' } }));
      else if (seq % 1000 === 0) insert.run(seq, at, 'acc-proctor', 'proctor', 'exam.paused', 'attempt', `att-${seq % 400}`, JSON.stringify({ reason: 'listrik padam' }));
      else insert.run(seq, at, `acc-cand-${seq % 400}`, 'candidate', 'cbt.answer', 'attempt', `att-${seq % 400}`, JSON.stringify({ itemId: `item-${seq % 60}`, answer: { choice: 'B' }, n: seq }));
    }
  })();
  const deep = listAudit(db, { area: 'answers', limit: 50 });
  const pages: [string, AuditListArgs][] = [
    ['all', {}],
    ['answers', { area: 'answers' }],
    ['exam', { area: 'exam' }],
    ['record', { record: { entity: 'attempt', id: 'att-0' } }],
    // A candidate's history also looks for their applications', tests' and seats' entries: its rows are among
    // the first 300, so it reads the whole log back.
    ['candidateRecord', { record: { entity: 'candidate', id: 'cand-7' } }],
    ['answersPage2', { area: 'answers', cursor: deep.nextCursor }],
    ['registryFromStart', { area: 'registry' }],
    ['nothingMatches', { area: 'bank' }],
  ];
  const bare = db.prepare('SELECT seq, at, action, details FROM audit_log ORDER BY seq DESC LIMIT 51');
  const baseline = summary(Array.from({ length: RUNS }, () => timedSync(() => bare.all())));
  report('audit.list.baseline', baseline.p99, 'ms', { p50: baseline.p50, rows: ROWS, runs: RUNS, what: 'bare newest page by primary key' });
  for (const [name, args] of pages) {
    const s = summary(Array.from({ length: RUNS }, () => timedSync(() => listAudit(db, args))));
    report(`audit.list.${name}.p99`, s.p99, 'ms', { p50: s.p50, max: s.max, rows: ROWS, runs: RUNS, shown: listAudit(db, args).rows.length, ratioToBaseline: s.p99 / baseline.p99 });
  }
  db.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
