import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { LATEST_SCHEMA_VERSION, migrations as defaultMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export type OpenOptions = {
  /** Path to a better_sqlite3.node built for another ABI (Electron); the Node build is used otherwise. */
  nativeBinding?: string;
  /** Tests pass their own list to exercise a migration in isolation. */
  migrations?: readonly Migration[];
  readonly?: boolean;
};

export const DB_FILE_NAME = 'ruang-uji.sqlite';

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const list = options.migrations ?? defaultMigrations;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    const found = readUserVersion(db);
    if (found > list.length) {
      throw new AppError('DB_TOO_NEW', { found, supported: list.length });
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: an acknowledged write must survive a power cut, not only a process crash.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, list);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function readUserVersion(db: Db): number {
  const value = db.pragma('user_version', { simple: true });
  return typeof value === 'number' ? value : 0;
}

/** Applies each pending migration in its own transaction, so a failure leaves the previous version intact. */
export function migrate(db: Db, list: readonly Migration[] = defaultMigrations): number {
  list.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`migration list out of order at ${m.name}`);
  });
  let current = readUserVersion(db);
  for (const m of list.slice(current)) {
    const foreignKeys = db.pragma('foreign_keys', { simple: true });
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        const broken = m.rebuildsTables ? db.pragma('foreign_key_check') : [];
        if (Array.isArray(broken) && broken.length > 0) throw new Error(`migration ${m.name} broke a foreign key`);
        db.pragma(`user_version = ${m.version}`);
      })();
    } finally {
      if (m.rebuildsTables) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
    current = m.version;
  }
  return current;
}

export { LATEST_SCHEMA_VERSION };
