import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { LAST_RECORD_CHANGE_SQL, lastRecordChange } from '../../../../electron/core/db/queries/record-changes';

const plan = (db: Database.Database) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${LAST_RECORD_CHANGE_SQL}`).all({ entity: 'candidate', id: 'c1' }) as { detail: string }[]).map((r) => r.detail);

describe('migration 024 (an index of the changes to records saved with a revision)', () => {
  it("finds a record's latest change, its own entry or an import's that lists it, as the scan did, now by searching the index", () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 23));
    db.prepare("INSERT INTO lsp (id, code, name) VALUES ('l1', 'LSP-1', 'LSP')").run();
    const account = db.prepare("INSERT INTO account (id, username, display_name, role, password_hash, lsp_id, created_at) VALUES (?, ?, ?, 'lsp_admin', 'x', 'l1', '2026-01-01T00:00:00.000Z')");
    account.run('a1', 'rina', 'Rina Kartikasari');
    account.run('a2', 'dewi', 'Dewi Lestari');
    const audit = db.prepare('INSERT INTO audit_log (seq, at, actor_account_id, action, entity, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const rows: [string, string | null, string, string, string | null, object][] = [
      ['2026-11-20T01:00:00.000Z', 'a1', 'candidate.create', 'candidate', 'c1', {}],
      ['2026-11-20T02:00:00.000Z', 'a2', 'candidate.update', 'candidate', 'c1', {}],
      ['2026-11-20T03:00:00.000Z', 'a1', 'candidate.update', 'candidate', 'c2', {}],
      // An import's one entry names c2 and c3 among the records it updated.
      ['2026-11-20T04:00:00.000Z', 'a1', 'candidate.upsertMany', 'candidate', null, { added: { fields: ['id'], rows: [] }, updated: [{ id: 'c2' }, { id: 'c3' }] }],
      ['2026-11-20T05:00:00.000Z', 'a2', 'session.update', 'session', 'c1', {}],
      // What the log holds most of: a row per saved answer.
      ...Array.from({ length: 500 }, (_, i): [string, string | null, string, string, string | null, object] => ['2026-11-20T06:00:00.000Z', null, 'cbt.answer', 'attempt', `t${i}`, {}]),
    ];
    rows.forEach(([at, actor, action, entity, entityId, details], i) => audit.run(i + 1, at, actor, action, entity, entityId, JSON.stringify(details), 'p', 'h'));
    const ask = (): (string | null)[] => ['c1', 'c2', 'c3', 'c4'].map((id) => {
      const last = lastRecordChange(db, 'candidate', id);
      return last ? `${last.byName} ${last.at}` : null;
    });
    const before = ask();
    expect(before).toEqual(['Dewi Lestari 2026-11-20T02:00:00.000Z', 'Rina Kartikasari 2026-11-20T04:00:00.000Z', 'Rina Kartikasari 2026-11-20T04:00:00.000Z', null]);
    expect(plan(db).some((d) => /^SCAN a\b/.test(d))).toBe(true);

    migrate(db, migrations);
    expect(ask()).toEqual(before);
    expect(plan(db).some((d) => /^SCAN a\b/.test(d))).toBe(false);
    expect(plan(db).some((d) => d.includes('INDEX audit_log_record_changes'))).toBe(true);
    db.close();
  });
});
