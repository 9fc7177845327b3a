import fs from 'node:fs';
import path from 'node:path';

/** Flushes a file's data to disk. Opened for writing: Windows refuses to flush a read-only handle. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Makes a rename or removal in `dir` survive a power cut. Windows cannot open a directory for this;
 * there the rename is as durable as the OS makes it.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Written as `<file>.partial`, synced, renamed, and the folder synced: a crash never leaves half a file under the real name. */
export function writeFileDurably(file: string, bytes: Buffer | string, options: { mode?: number; exclusive?: boolean } = {}): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, bytes, { mode: options.mode, flag: options.exclusive ? 'wx' : 'w' });
  fsyncFile(partial);
  fs.renameSync(partial, file);
  fsyncDir(path.dirname(file));
}
