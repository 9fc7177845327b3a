import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';

const SCHEME = "INSERT INTO scheme (id, lsp_id, code, kind, skkni, title_id) VALUES ('s1', 'l1', 'SKM', 'kkni', 'SKKNI 1', 'Skema')";

function draft(db: Database.Database, id: string, status = 'draft'): void {
  db.prepare("INSERT INTO item (id, scheme_id, kind, ref, ordinal, prompt_id, status, replaces_id) VALUES (?, 's1', 'essay', ?, 1, 'Jelaskan DNS.', ?, NULL)").run(id, id.toUpperCase(), status);
}

describe('migration 026 (a draft without a KUK can be retired)', () => {
  it('lets a question without KUK be retired, keeps every row, its indexes and its references, and still refuses an approved one without KUK', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 25));
    db.exec("INSERT INTO lsp (id, name, code) VALUES ('l1', 'LSP', 'L')");
    db.exec(SCHEME);
    draft(db, 'q1');
    draft(db, 'q2');
    db.prepare("UPDATE item SET replaces_id = 'q1' WHERE id = 'q2'").run();
    expect(() => db.prepare("UPDATE item SET status = 'retired' WHERE id = 'q1'").run()).toThrow(/CHECK constraint failed/);
    const indexes = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'item' AND sql IS NOT NULL ORDER BY name").pluck().all();
    const before = indexes();

    migrate(db, migrations.slice(0, 26));
    db.prepare("UPDATE item SET status = 'retired' WHERE id = 'q1'").run();
    expect(db.prepare('SELECT id, status, replaces_id FROM item ORDER BY id').all()).toEqual([
      { id: 'q1', status: 'retired', replaces_id: null },
      { id: 'q2', status: 'draft', replaces_id: 'q1' },
    ]);
    expect(indexes()).toEqual(before);
    expect(() => db.prepare("UPDATE item SET status = 'approved' WHERE id = 'q2'").run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE item SET replaces_id = 'nope' WHERE id = 'q2'").run()).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
