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

/**
 * The same steps off the event loop, for writes on a busy server's routine path: two fsyncs inline
 * can stall every request behind them for as long as the disk takes. `commit` runs on the event loop
 * between the synced partial and the rename, and may refuse it (returns false: the partial is removed),
 * so a caller can drop a write that something newer overtook meanwhile. Each call has its own partial.
 */
export async function writeFileDurablyAsync(file: string, bytes: Buffer | string, commit: () => boolean = () => true): Promise<boolean> {
  const partial = `${file}.${process.pid}-${++asyncWrites}.partial`;
  const handle = await fs.promises.open(partial, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (!commit()) {
    await fs.promises.rm(partial, { force: true });
    return false;
  }
  fs.renameSync(partial, file);
  if (process.platform !== 'win32') {
    const dir = await fs.promises.open(path.dirname(file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
  return true;
}
let asyncWrites = 0;
