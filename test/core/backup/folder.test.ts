import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSystemFolder, makeFolder, MAX_FOLDER_DEPTH, prepareBackupFolder } from '../../../electron/core/backup/folder';
import { AppError, type ApiError } from '../../../electron/shared/errors';
import { tempDir } from '../../support/core';
import { foldersOnDisk } from '../../support/on-disk';

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err.toApiError();
    throw err;
  }
  throw new Error('expected a refusal');
}

const onLinux = process.platform === 'linux';
const asRoot = process.getuid?.() === 0;

// Backup folders and the data folders they are checked against: the core refuses one under /dev.
foldersOnDisk();

describe('backup folder checks', () => {
  it('accepts a new absolute folder: creates it, leaves no probe file, and returns it normalised', () => {
    const data = tempDir('ru-data-');
    const usb = tempDir('ru-usb-');
    const folder = prepareBackupFolder(`${usb}/a/../cadangan/hari-1/`, data);
    expect(folder).toBe(path.join(usb, 'cadangan', 'hari-1'));
    expect(fs.statSync(folder).isDirectory()).toBe(true);
    expect(fs.readdirSync(folder)).toEqual([]);
    // An existing folder with files in it is fine too.
    fs.writeFileSync(path.join(folder, 'other.txt'), 'x');
    expect(prepareBackupFolder(folder, data)).toBe(folder);
    expect(fs.readdirSync(folder)).toEqual(['other.txt']);
  });

  it('refuses a relative folder instead of landing inside the app folder', () => {
    const data = tempDir('ru-data-');
    for (const relative of ['cadangan', './cadangan', '../cadangan', 'C:cadangan']) {
      expect(refusal(() => prepareBackupFolder(relative, data)).code, relative).toBe('BACKUP_FOLDER_NOT_ABSOLUTE');
    }
    expect(fs.existsSync(path.resolve('cadangan'))).toBe(false);
  });

  it('refuses NUL and other control characters with their own code', () => {
    const data = tempDir('ru-data-');
    const usb = tempDir('ru-usb-');
    for (const name of [`${usb}/a\u0000b`, `${usb}/a\nb`, `${usb}/\u001b[31m`]) {
      expect(refusal(() => prepareBackupFolder(name, data))).toEqual({ code: 'BACKUP_FOLDER_BAD_NAME', messageKey: 'errors.BACKUP_FOLDER_BAD_NAME', params: {} });
    }
    expect(fs.readdirSync(usb)).toEqual([]);
  });

  it('refuses the data folder, a folder inside it, and a symlink into it', () => {
    const data = tempDir('ru-data-');
    const usb = tempDir('ru-usb-');
    fs.symlinkSync(data, path.join(usb, 'link'));
    for (const folder of [data, path.join(data, 'backups'), `${data}/keys/../x`, path.join(usb, 'link', 'cadangan')]) {
      expect(refusal(() => prepareBackupFolder(folder, data)).code, folder).toBe('BACKUP_FOLDER_INVALID');
    }
    expect(fs.readdirSync(data)).toEqual([]);
  });

  it('refuses the pseudo-filesystems /proc, /sys and /dev, directly or through a symlink', () => {
    const data = tempDir('ru-data-');
    for (const folder of ['/proc', '/proc/1/x', '/sys/kernel/cadangan', '/dev/shm/cadangan', '/dev']) {
      expect(refusal(() => prepareBackupFolder(folder, data)), folder).toEqual({
        code: 'BACKUP_FOLDER_SYSTEM',
        messageKey: 'errors.BACKUP_FOLDER_SYSTEM',
        params: { folder },
      });
    }
    if (onLinux) {
      const usb = tempDir('ru-usb-');
      fs.symlinkSync('/proc/self', path.join(usb, 'proc'));
      expect(refusal(() => prepareBackupFolder(path.join(usb, 'proc', 'cadangan'), data)).code).toBe('BACKUP_FOLDER_SYSTEM');
    }
    // Prefixes only count as whole path parts.
    expect(isSystemFolder('/processed/backups', 'linux')).toBe(false);
    expect(isSystemFolder('/device', 'linux')).toBe(false);
  });

  it('knows Windows device paths and reserved device names', () => {
    for (const folder of ['\\\\.\\PhysicalDrive0', '\\\\?\\C:\\cadangan', '//./COM1', 'C:\\cadangan\\NUL', 'E:\\con.txt', 'E:\\LPT1\\x', 'E:\\aux. ']) {
      expect(isSystemFolder(folder, 'win32'), folder).toBe(true);
    }
    for (const folder of ['E:\\cadangan', 'E:\\console', 'E:\\nulled', '\\\\server\\share\\cadangan']) {
      expect(isSystemFolder(folder, 'win32'), folder).toBe(false);
    }
    const data = 'C:\\Users\\proktor\\AppData\\Roaming\\Ruang Uji';
    expect(refusal(() => prepareBackupFolder('\\\\.\\PhysicalDrive0', data, 'win32')).code).toBe('BACKUP_FOLDER_SYSTEM');
    expect(refusal(() => prepareBackupFolder('E:\\cadangan\\nul', data, 'win32')).code).toBe('BACKUP_FOLDER_SYSTEM');
    for (const relative of ['cadangan', 'E:cadangan', '\\cadangan']) {
      expect(refusal(() => prepareBackupFolder(relative, data, 'win32')).code, relative).toBe('BACKUP_FOLDER_NOT_ABSOLUTE');
    }
  });

  it('refuses a folder that cannot be created, and removes the parts it made', () => {
    const data = tempDir('ru-data-');
    const usb = tempDir('ru-usb-');
    fs.writeFileSync(path.join(usb, 'file'), 'x');
    expect(refusal(() => prepareBackupFolder(path.join(usb, 'file', 'cadangan'), data))).toEqual({
      code: 'BACKUP_FOLDER_UNWRITABLE',
      messageKey: 'errors.BACKUP_FOLDER_UNWRITABLE',
      params: { folder: path.join(usb, 'file', 'cadangan'), reason: 'ENOTDIR' },
    });
    const deep = path.join(usb, ...Array.from({ length: MAX_FOLDER_DEPTH + 1 }, () => 'a'));
    expect(refusal(() => prepareBackupFolder(deep, data)).code).toBe('BACKUP_FOLDER_UNWRITABLE');
    expect(fs.readdirSync(usb)).toEqual(['file']);
  });

  it.skipIf(asRoot || process.platform === 'win32')('refuses a folder it cannot write to, found by the probe file', () => {
    const data = tempDir('ru-data-');
    const usb = tempDir('ru-usb-');
    const locked = path.join(usb, 'locked');
    fs.mkdirSync(locked, { mode: 0o555 });
    expect(refusal(() => prepareBackupFolder(locked, data)).params).toEqual({ folder: locked, reason: 'EACCES' });
    expect(refusal(() => prepareBackupFolder(path.join(locked, 'inner'), data)).code).toBe('BACKUP_FOLDER_UNWRITABLE');
    fs.chmodSync(locked, 0o755);
  });

  it.skipIf(!onLinux)('makes folders under /proc with a bounded walk: an ENOENT is an answer, not a reason to retry', () => {
    // Node's fs.mkdirSync(…, { recursive: true }) never returns here (the 100% CPU hang of the issue).
    const started = process.hrtime.bigint();
    for (const folder of ['/proc/1/x/y', '/proc/self/fd/zz/a', '/proc/1/x']) {
      expect(refusal(() => makeFolder(folder)).code, folder).toBe('BACKUP_FOLDER_UNWRITABLE');
    }
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1_000);
  });
});
