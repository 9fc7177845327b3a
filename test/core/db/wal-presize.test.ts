import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { presizeWal } from '../../../electron/core/db/wal-presize';
import { tempDir } from '../../support/core';

const MB = 1024 * 1024;

describe('WAL grown ahead of the commits', () => {
  it('grows the WAL with zeros; rows committed before and after read back from a copy taken as a crash would leave it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (x INTEGER NOT NULL)');
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    for (let i = 0; i < 10; i++) insert.run(i);
    const before = fs.statSync(`${file}-wal`).size;

    presizeWal(db, 2 * MB);
    expect(before).toBeLessThan(2 * MB);
    expect(fs.statSync(`${file}-wal`).size).toBe(2 * MB);
    for (let i = 10; i < 20; i++) insert.run(i);
    // Written over the zeros, not appended: the file keeps its size.
    expect(fs.statSync(`${file}-wal`).size).toBe(2 * MB);

    // The process dies here: the database and its WAL as they are on disk, no checkpoint, no close.
    const copy = path.join(dir, 'copy.sqlite');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const reopened = new Database(copy);
    try {
      expect(reopened.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual(Array.from({ length: 20 }, (_, i) => i));
      expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      reopened.close();
    }

    // Never shrinks a WAL that is already larger.
    presizeWal(db, MB);
    expect(fs.statSync(`${file}-wal`).size).toBe(2 * MB);
    db.close();
  });

  it('does nothing without a WAL file', () => {
    const db = new Database(path.join(tempDir(), 'n.sqlite'));
    presizeWal(db, MB);
    expect(fs.existsSync(`${db.name}-wal`)).toBe(false);
    db.close();
  });
});
