import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/shared/errors';
import { LATEST_SCHEMA_VERSION, migrate, openDatabase, readUserVersion } from '../../../electron/core/db/open';
import { migrations, type Migration } from '../../../electron/core/db/migrations';
import { tempDir } from '../../support/core';

describe('openDatabase', () => {
  it('creates a WAL database with foreign keys, FULL sync and the latest schema', () => {
    const db = openDatabase(path.join(tempDir(), 'a.sqlite'));
    expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    raw.close();

    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toApiError()).toEqual({
      code: 'DB_TOO_NEW',
      messageKey: 'errors.DB_TOO_NEW',
      params: { found: LATEST_SCHEMA_VERSION + 3, supported: LATEST_SCHEMA_VERSION },
    });
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 3);
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
  });

  it('reopening an up-to-date database applies nothing', () => {
    const file = path.join(tempDir(), 'b.sqlite');
    openDatabase(file).close();
    const ran: number[] = [];
    const spy: Migration[] = migrations.map((m) => ({ ...m, up: () => ran.push(m.version) }));
    openDatabase(file, { migrations: spy }).close();
    expect(ran).toEqual([]);
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    const file = path.join(tempDir(), 'c.sqlite');
    const list: Migration[] = [
      { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE one (x INTEGER)') },
      {
        version: 2,
        name: 'two',
        up: (db) => {
          db.exec('CREATE TABLE two (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => openDatabase(file, { migrations: list })).toThrow('boom');
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toContain('one');
    expect(tables).not.toContain('two');
    raw.close();
  });

  it('rejects a migration list whose versions are not 1..n in order', () => {
    const db = new Database(':memory:');
    const list: Migration[] = [{ version: 2, name: 'misnumbered', up: () => {} }];
    expect(() => migrate(db, list)).toThrow(/out of order/);
    db.close();
  });
});
