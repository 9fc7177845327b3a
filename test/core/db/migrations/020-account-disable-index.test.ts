import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { LAST_DISABLE_SQL, lastDisable } from '../../../../electron/core/db/queries/account-disables';

const plan = (db: Database.Database) => (db.prepare(`EXPLAIN QUERY PLAN ${LAST_DISABLE_SQL}`).all('a1') as { detail: string }[]).map((r) => r.detail);

describe('migration 020 (an index of the staff account disables)', () => {
  it('answers for disables recorded before it, now by searching the index, which saved answers do not grow', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 19));
    db.prepare("INSERT INTO lsp (id, code, name) VALUES ('l', 'LSP-X', 'LSP X')").run();
    const account = db.prepare("INSERT INTO account (id, role, username, display_name, password_hash, lsp_id, created_at) VALUES (?, 'lsp_admin', ?, ?, 'h', 'l', '2026-01-01')");
    account.run('admin', 'siti', 'Siti Rahma');
    const audit = db.prepare('INSERT INTO audit_log (seq, at, actor_account_id, action, entity, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const rows: [string, string | null, string, string, string, string][] = [
      ['2026-11-20T01:00:00.000Z', 'admin', 'account.disable', 'account', 'a1', '{"reason":"pindah tugas"}'],
      ['2026-11-20T02:00:00.000Z', 'admin', 'account.enable', 'account', 'a1', '{"reason":"kembali"}'],
      ['2026-11-20T03:00:00.000Z', 'admin', 'account.disable', 'account', 'a1', '{"reason":"cuti panjang"}'],
      ['2026-11-20T04:00:00.000Z', 'gone', 'account.disable', 'account', 'a2', '{"reason":"keluar"}'],
      // What the log holds most of: a row per saved answer.
      ...Array.from({ length: 500 }, (_, i): [string, string | null, string, string, string, string] => ['2026-11-20T06:00:00.000Z', null, 'cbt.answer', 'attempt', `t${i}`, '{}']),
    ];
    rows.forEach(([at, actor, action, entity, entityId, details], i) => audit.run(i + 1, at, actor, action, entity, entityId, details, 'p', 'h'));
    const ids = ['a1', 'a2', 'a3'];
    const before = ids.map((id) => lastDisable(db, id));
    expect(before).toEqual([
      { at: '2026-11-20T03:00:00.000Z', byName: 'Siti Rahma', reason: 'cuti panjang' },
      // Its actor's account is not here (a copied log): the entry still says when and why.
      { at: '2026-11-20T04:00:00.000Z', byName: null, reason: 'keluar' },
      undefined,
    ]);
    expect(plan(db).join(' ')).not.toContain('audit_log_account_disables');

    migrate(db, migrations);
    expect(ids.map((id) => lastDisable(db, id))).toEqual(before);
    expect(plan(db).find((d) => d.includes('audit_log'))).toBe('SEARCH l USING INDEX audit_log_account_disables (entity_id=?)');
    // One entry per disable: saved answers and other entries add none.
    expect(db.prepare("SELECT count(*) FROM audit_log INDEXED BY audit_log_account_disables WHERE action = 'account.disable' AND entity = 'account'").pluck().get()).toBe(3);
    db.close();
  });
});
