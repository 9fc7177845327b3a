import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mergeTables } from '../../../electron/core/bundles/merge';
import type { TableRule } from '../../../electron/core/bundles/rules';
import { tempDir } from '../../support/core';

/** A table whose `flag` a kind gained later: bundles written before it lack the column. */
const rule: TableRule = {
  name: 'thing',
  table: 'thing',
  key: ['id'],
  columns: ['id', 'name', 'flag'],
  optional: ['flag'],
  merge: { kind: 'replace' },
  select: 'SELECT id, name, flag FROM thing ORDER BY id',
};

function staged(rows: object[]): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'data'));
  fs.writeFileSync(path.join(dir, 'data', 'thing.ndjson'), rows.map((r) => JSON.stringify(r) + '\n').join(''));
  return dir;
}

function db() {
  const d = new Database(':memory:');
  d.exec("CREATE TABLE thing (id TEXT PRIMARY KEY, name TEXT NOT NULL, flag INTEGER NOT NULL DEFAULT 0) STRICT; INSERT INTO thing VALUES ('a', 'A', 1)");
  return d;
}

/** When the merge runs: it dates an account it makes (none here). */
const AT = '2026-12-01T08:00:00.000Z';

const all = (d: Database.Database) => d.prepare('SELECT id, name, flag FROM thing ORDER BY id').all();

describe('mergeTables with a column the rule marks optional', () => {
  it('takes rows without it: a new row gets the default, a held row keeps its value, and an otherwise equal row counts as unchanged', () => {
    const d = db();
    const outcome = mergeTables(d, staged([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]), [rule], null, AT);
    expect(outcome.tables).toEqual([{ table: 'thing', added: 1, updated: 0, unchanged: 1, conflicts: 0 }]);
    expect(all(d)).toEqual([{ id: 'a', name: 'A', flag: 1 }, { id: 'b', name: 'B', flag: 0 }]);

    // A row that differs elsewhere is updated there, the flag left as it is.
    mergeTables(d, staged([{ id: 'a', name: 'A2' }]), [rule], null, AT);
    expect(all(d)[0]).toEqual({ id: 'a', name: 'A2', flag: 1 });
  });

  it('writes it when the row has it, and still refuses a row lacking a column that is not optional', () => {
    const d = db();
    expect(mergeTables(d, staged([{ id: 'a', name: 'A', flag: 0 }]), [rule], null, AT).tables[0]).toMatchObject({ updated: 1 });
    expect(all(d)).toEqual([{ id: 'a', name: 'A', flag: 0 }]);
    expect(() => mergeTables(d, staged([{ id: 'a', flag: 0 }]), [rule], null, AT)).toThrow(expect.objectContaining({ code: 'BUNDLE_NOT_A_BUNDLE', detail: 'row in thing lacks name' }));
  });
});

describe('mergeTables with a table the kind gained later', () => {
  it('reads a bundle without its entry as holding none of its rows; any other missing table is still an error', () => {
    const d = db();
    const later: TableRule = { ...rule, addedLater: true };
    const dir = tempDir();
    expect(mergeTables(d, dir, [later], null, AT).tables).toEqual([{ table: 'thing', added: 0, updated: 0, unchanged: 0, conflicts: 0 }]);
    expect(all(d)).toEqual([{ id: 'a', name: 'A', flag: 1 }]);
    expect(() => mergeTables(d, dir, [rule], null, AT)).toThrow(/ENOENT/);
    // With its entry, its rows are merged as any table's.
    expect(mergeTables(d, staged([{ id: 'b', name: 'B', flag: 0 }]), [later], null, AT).tables[0]).toMatchObject({ added: 1 });
  });
});
