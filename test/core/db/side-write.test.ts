import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeBeside, type JoinCommit } from '../../../electron/core/db/side-write';

function table() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (v INTEGER)');
  const rows = () => db.prepare('SELECT v FROM t ORDER BY v').pluck().all();
  const write = (v: number) => () => void db.prepare('INSERT INTO t (v) VALUES (?)').run(v);
  return { db, rows, write };
}

describe('a side write beside the answer saves', () => {
  it('joins the group commit when there is one, telling what it wrote or that it failed', async () => {
    const { db, rows, write } = table();
    const joined: (() => void)[] = [];
    const commit: JoinCommit = (w) => {
      joined.push(w);
      return Promise.resolve(db.transaction(w)());
    };
    const told: string[] = [];
    writeBeside(db, commit, false, write(1), () => told.push('written'), () => told.push('failed'));
    // Not run at once: the commit runs it.
    expect(joined).toHaveLength(1);
    await Promise.resolve();
    expect(rows()).toEqual([1]);
    expect(told).toEqual(['written']);

    const refusing: JoinCommit = () => Promise.reject(new Error('disk I/O error'));
    writeBeside(db, refusing, false, write(2), () => told.push('written'), () => told.push('failed'));
    await Promise.resolve();
    await Promise.resolve();
    expect(rows()).toEqual([1]);
    expect(told).toEqual(['written', 'failed']);
    db.close();
  });

  it('runs in a transaction now when alone or with no group commit, and throws what fails there', () => {
    const { db, rows, write } = table();
    const never: JoinCommit = () => {
      throw new Error('not joined');
    };
    const told: string[] = [];
    writeBeside(db, never, true, write(1), () => told.push('written'), () => told.push('failed'));
    writeBeside(db, null, false, write(2), () => told.push('written'), () => told.push('failed'));
    expect(rows()).toEqual([1, 2]);
    expect(told).toEqual(['written', 'written']);
    const broken = () => {
      write(3)();
      throw new Error('disk I/O error');
    };
    expect(() => writeBeside(db, null, false, broken, () => told.push('written'), () => told.push('failed'))).toThrow('disk I/O error');
    expect(rows()).toEqual([1, 2]);
    expect(told).toEqual(['written', 'written']);
    db.close();
  });
});
