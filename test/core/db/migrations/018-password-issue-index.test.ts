import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { LAST_PASSWORDS_ISSUED_SQL, lastPasswordsIssuedAt } from '../../../../electron/core/db/queries/session-handover';

const plan = (db: Database.Database) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${LAST_PASSWORDS_ISSUED_SQL}`).all('s1') as { detail: string }[]).map((r) => r.detail);

describe('migration 018 (an index of the session password issues)', () => {
  it('answers as the scan of the audit log did for passwords issued before it, now by searching the index', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 17));
    const audit = db.prepare('INSERT INTO audit_log (seq, at, action, entity, entity_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const rows: [string, string, string | null, string | null][] = [
      ['2026-11-20T01:00:00.000Z', 'session.issuePasswords', 'session', 's1'],
      // The latest issue is not the last row: the time decides, as max(at) did.
      ['2026-11-20T03:00:00.000Z', 'session.issuePasswords', 'session', 's1'],
      ['2026-11-20T02:00:00.000Z', 'session.issuePasswords', 'session', 's1'],
      ['2026-11-20T04:00:00.000Z', 'session.update', 'session', 's1'],
      ['2026-11-20T05:00:00.000Z', 'session.issuePasswords', 'session', 's2'],
      // What the log holds most of: a row per saved answer.
      ...Array.from({ length: 500 }, (_, i): [string, string, string | null, string | null] => [`2026-11-20T06:00:${String(i % 60).padStart(2, '0')}.000Z`, 'cbt.answer', 'attempt', `t${i}`]),
    ];
    rows.forEach(([at, action, entity, entityId], i) => audit.run(i + 1, at, action, entity, entityId, 'p', 'h'));
    const sessions = ['s1', 's2', 's3'];
    const before = sessions.map((s) => lastPasswordsIssuedAt(db, s));
    expect(before).toEqual(['2026-11-20T03:00:00.000Z', '2026-11-20T05:00:00.000Z', null]);
    // No index to search before: every row of the log is read.
    expect(plan(db).join(' ')).not.toContain('INDEX');

    migrate(db, migrations);
    expect(sessions.map((s) => lastPasswordsIssuedAt(db, s))).toEqual(before);
    expect(plan(db)).toEqual(['SEARCH audit_log USING COVERING INDEX audit_log_passwords_issued (entity_id=?)']);
    // One entry per issue: saved answers and other entries add none.
    expect(db.prepare("SELECT count(*) FROM audit_log INDEXED BY audit_log_passwords_issued WHERE action = 'session.issuePasswords' AND entity = 'session'").pluck().get()).toBe(4);
    db.close();
  });
});
