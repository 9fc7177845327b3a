import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { openDatabase, type Db } from '../db/open';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { fsyncDir, fsyncFile } from '../durable-files';
import { makeFolder } from './folder';
import { backupName, isBackupName, newestFirst } from './names';

export type BackupFile = { name: string; bytes: number; at: string };

/**
 * SQLite's online backup: a consistent snapshot even while answers keep arriving (writes through this
 * connection during the copy are carried into it). Written under a temporary name, synced, renamed
 * and checked, so a half-written file never looks like a backup.
 */
export async function takeBackup(db: Db, folder: string, now: Date, nativeBinding?: string): Promise<BackupFile> {
  makeFolder(folder);
  const name = backupName(now);
  const final = path.join(folder, name);
  const partial = `${final}.partial`;
  try {
    await db.backup(partial);
    selfContained(partial, nativeBinding);
    fsyncFile(partial);
    fs.renameSync(partial, final);
    fsyncDir(folder);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  checkBackup(final, nativeBinding);
  return { name, bytes: fs.statSync(final).size, at: now.toISOString() };
}

/**
 * The online backup copies the live header too, so the copy says WAL: any open of it (the check below,
 * a restore, the proctor looking at it) would leave -wal and -shm files beside it, and a read-only open
 * cannot remove them. Switching the copy to a rollback journal while it is still the partial file makes
 * it one self-contained file; the read-write open's own -wal and -shm go when it checkpoints and closes.
 * A restore into the live database still leaves that in WAL: the backup API keeps a WAL destination's mode.
 */
function selfContained(file: string, nativeBinding?: string): void {
  const copy = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A database whose header says WAL (its read and write versions, bytes 18 and 19, are 2), as backups
 * made before they were switched to a rollback journal do. Opened read-only, such a file gets -wal and
 * -shm files beside it that no read-only close removes; so it is switched as a new backup is, first.
 * The switch rewrites those two header bytes and nothing else. Any other file is left untouched, for
 * the check to refuse.
 */
function saysWal(file: string): boolean {
  const header = Buffer.alloc(20);
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    if (fs.readSync(fd, header, 0, header.length, 0) < header.length) return false;
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return header.subarray(0, 16).equals(SQLITE_MAGIC) && (header[18] === 2 || header[19] === 2);
}

/** Opens a backup read-only and checks it is a whole, readable database of a version we know. */
function checkBackup(file: string, nativeBinding?: string): { userVersion: number } {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new AppError('BACKUP_DAMAGED', { file: path.basename(file) });
    const userVersion = Number(db.pragma('user_version', { simple: true }));
    if (userVersion > LATEST_SCHEMA_VERSION) throw new AppError('DB_TOO_NEW', { found: userVersion, supported: LATEST_SCHEMA_VERSION });
    return { userVersion };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('BACKUP_DAMAGED', { file: path.basename(file) });
  } finally {
    db?.close();
  }
}

export function listBackups(folder: string): BackupFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter(isBackupName)
    .sort(newestFirst)
    .map((name) => {
      const st = fs.statSync(path.join(folder, name));
      return { name, bytes: st.size, at: st.mtime.toISOString() };
    });
}

/** Keeps the newest `keep` backups. */
export function pruneBackups(folder: string, keep: number): string[] {
  const removed = listBackups(folder).slice(keep).map((b) => b.name);
  for (const name of removed) fs.rmSync(path.join(folder, name), { force: true });
  return removed;
}

/**
 * Copies a backup over the live database through SQLite's backup API, which takes the proper locks,
 * so an open connection sees the restored content on its next statement.
 */
export async function restoreInto(liveFile: string, backupFile: string, nativeBinding?: string): Promise<void> {
  if (saysWal(backupFile)) {
    try {
      selfContained(backupFile, nativeBinding);
    } catch {
      // A medium that cannot be written (or a file SQLite refuses): checked as it is, below.
    }
  }
  const { userVersion } = checkBackup(backupFile, nativeBinding);
  if (userVersion < LATEST_SCHEMA_VERSION) {
    await restoreUpgraded(liveFile, backupFile, userVersion, nativeBinding);
    return;
  }
  await copyOver(liveFile, backupFile, nativeBinding);
}

async function copyOver(liveFile: string, sourceFile: string, nativeBinding?: string): Promise<void> {
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    await source.backup(liveFile);
  } finally {
    source.close();
  }
}

/**
 * A backup made before an upgrade holds an older schema, which the running core's statements do not fit
 * (and nothing would migrate it before the next start). It is migrated in a copy beside the live file
 * first, then that copy is restored: a migration that fails leaves the live data as it was, and the
 * backup itself is never written.
 */
async function restoreUpgraded(liveFile: string, backupFile: string, found: number, nativeBinding?: string): Promise<void> {
  const copy = `${liveFile}.restoring`;
  const clear = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${copy}${suffix}`, { force: true });
  };
  clear();
  try {
    fs.copyFileSync(backupFile, copy);
    try {
      openDatabase(copy, { nativeBinding }).close();
    } catch {
      throw new AppError('BACKUP_UPGRADE_FAILED', { file: path.basename(backupFile), found, supported: LATEST_SCHEMA_VERSION });
    }
    await copyOver(liveFile, copy, nativeBinding);
  } finally {
    clear();
  }
}
