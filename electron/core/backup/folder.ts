import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * No real backup folder is this deep; it is also the bound on every walk over a path's parts, so no
 * loop here can run on (Node's own `mkdir -p` spins forever under /proc, where mkdir answers ENOENT).
 */
export const MAX_FOLDER_DEPTH = 64;

/** Kernel views of processes, devices and drivers: writable-looking, but not storage. */
const POSIX_PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];

/** Names Windows maps to a device in every folder, with or without an extension. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)(\..*)?$/i;

type PathApi = typeof path.posix;

function pathApi(platform: NodeJS.Platform): PathApi {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** True for a folder that belongs to the operating system: /proc, /sys, /dev, or a Windows device path. */
export function isSystemFolder(folder: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') {
    // \\.\ and \\?\ reach devices and raw volumes directly.
    if (/^[\\/]{2}[.?][\\/]/.test(folder)) return true;
    // Windows ignores trailing dots and spaces, so "NUL. " is still the NUL device.
    return folder.split(/[\\/]/).some((part) => WINDOWS_DEVICE_NAME.test(part.replace(/[. ]+$/, '')));
  }
  return POSIX_PSEUDO_ROOTS.some((root) => folder === root || folder.startsWith(`${root}/`));
}

/** A full location: from a drive letter or a network share on Windows (not "C:x" or "\x"), from / elsewhere. */
function isFullPath(folder: string, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') return /^[a-z]:[\\/]/i.test(folder) || /^[\\/]{2}[^\\/.?]/.test(folder);
  return path.posix.isAbsolute(folder);
}

function isSameOrInside(folder: string, parent: string, api: PathApi, platform: NodeJS.Platform): boolean {
  // Windows and macOS file names are case-insensitive by default.
  const fold = (p: string) => (platform === 'win32' || platform === 'darwin' ? p.toLowerCase() : p);
  const rel = api.relative(fold(parent), fold(folder));
  return rel === '' || (!rel.startsWith('..') && !api.isAbsolute(rel));
}

/** The nearest folder on `folder`'s path that exists, and the parts below it still to be made; at most MAX_FOLDER_DEPTH steps. */
function existingAncestor(folder: string, api: PathApi): { existing: string; missing: string[] } {
  const missing: string[] = [];
  let current = folder;
  for (let depth = 0; depth <= MAX_FOLDER_DEPTH; depth++) {
    if (fs.existsSync(current)) return { existing: current, missing };
    const parent = api.dirname(current);
    if (parent === current) break;
    missing.unshift(api.basename(current));
    current = parent;
  }
  throw new AppError('BACKUP_FOLDER_UNWRITABLE', { folder, reason: 'ENOENT' });
}

function unwritable(folder: string, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return new AppError('BACKUP_FOLDER_UNWRITABLE', { folder, reason: typeof code === 'string' ? code : 'EIO' });
}

/**
 * Creates `folder` one level at a time, each mkdir tried once: a failure is an answer, never a
 * reason to try again. Returns the folders it made, deepest last.
 */
export function makeFolder(folder: string, platform: NodeJS.Platform = process.platform): string[] {
  const api = pathApi(platform);
  const { existing, missing } = existingAncestor(folder, api);
  const made: string[] = [];
  let current = existing;
  try {
    if (!fs.statSync(existing).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    for (const part of missing) {
      current = api.join(current, part);
      fs.mkdirSync(current);
      made.push(current);
    }
  } catch (err) {
    removeMade(made);
    throw unwritable(folder, err);
  }
  return made;
}

/** Best-effort tidying after a refusal: the refusal is what the proctor needs to see, not a second error. */
function quietly(tidy: () => void): void {
  try {
    tidy();
  } catch {
    // Left behind: an empty folder or a five-byte probe file, both harmless.
  }
}

function removeMade(made: string[]): void {
  for (const dir of [...made].reverse()) quietly(() => fs.rmdirSync(dir));
}

/**
 * Checks the folder the proctor typed before anything is stored or written there: a full path, no
 * control characters, not the operating system's pseudo-filesystems (also through a symlink), not
 * the data folder or inside it; then creates it and proves it writable with a probe file that is
 * removed again. Returns the normalised folder to store.
 */
export function prepareBackupFolder(input: string, dataDir: string, platform: NodeJS.Platform = process.platform): string {
  // NUL truncates paths in native code; other control characters are never a folder someone meant.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f]/.test(input)) throw new AppError('BACKUP_FOLDER_BAD_NAME');
  const shown = input.slice(0, 200);
  // Before the full-path test: a device path such as \\.\PhysicalDrive0 deserves its own answer.
  if (isSystemFolder(input, platform)) throw new AppError('BACKUP_FOLDER_SYSTEM', { folder: shown });
  if (!isFullPath(input, platform)) throw new AppError('BACKUP_FOLDER_NOT_ABSOLUTE', { folder: shown });
  const api = pathApi(platform);
  const folder = api.resolve(input);
  if (folder.split(/[\\/]/).filter(Boolean).length > MAX_FOLDER_DEPTH) throw new AppError('BACKUP_FOLDER_UNWRITABLE', { folder: shown, reason: 'ENAMETOOLONG' });
  if (isSystemFolder(folder, platform)) throw new AppError('BACKUP_FOLDER_SYSTEM', { folder });

  // What the path really reaches: a symlink to /proc or into the data folder is refused like the real thing.
  const { existing, missing } = existingAncestor(folder, api);
  const real = api.join(fs.realpathSync.native(existing), ...missing);
  if (isSystemFolder(real, platform)) throw new AppError('BACKUP_FOLDER_SYSTEM', { folder });
  const data = api.resolve(dataDir);
  const realData = fs.existsSync(data) ? fs.realpathSync.native(data) : data;
  if (isSameOrInside(folder, data, api, platform) || isSameOrInside(real, realData, api, platform)) {
    throw new AppError('BACKUP_FOLDER_INVALID');
  }

  const made = makeFolder(folder, platform);
  const probe = api.join(folder, `.ruang-uji-probe-${crypto.randomBytes(6).toString('hex')}`);
  try {
    fs.writeFileSync(probe, 'probe', { flag: 'wx' });
    fs.rmSync(probe);
  } catch (err) {
    quietly(() => fs.rmSync(probe, { force: true }));
    removeMade(made);
    throw unwritable(folder, err);
  }
  return folder;
}
