import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile, writeFileDurably } from '../durable-files';

/**
 * The two files a data key may live in under `<data>/keys/`:
 * - `data-key.os`: the key encrypted by the operating system (Electron safeStorage), for this OS user only;
 * - `sealing.key`: the key in the clear, only from first run until the first key holder has signed in
 *   and wrapped it under their password (and the file that older versions kept for good).
 */
export const OS_KEY_FILE = 'data-key.os';
export const PLAIN_KEY_FILE = 'sealing.key';

export function readPlainKey(keysDir: string): Buffer | null {
  const file = path.join(keysDir, PLAIN_KEY_FILE);
  if (!fs.existsSync(file)) return null;
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} is not a data key`);
  return key;
}

export function readOsKey(keysDir: string): Buffer | null {
  const file = path.join(keysDir, OS_KEY_FILE);
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

function writeKeyFile(keysDir: string, name: string, bytes: Buffer | string): void {
  fs.mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  writeFileDurably(path.join(keysDir, name), bytes, { mode: 0o600 });
}

export const writePlainKey = (keysDir: string, key: Buffer) => writeKeyFile(keysDir, PLAIN_KEY_FILE, key.toString('base64') + '\n');

export const writeOsKey = (keysDir: string, protectedKey: Buffer) => writeKeyFile(keysDir, OS_KEY_FILE, protectedKey);

export function removePlainKey(keysDir: string): void {
  const file = path.join(keysDir, PLAIN_KEY_FILE);
  if (!fs.existsSync(file)) return;
  // Overwritten first, so a plain unlink does not leave the clear key in the file's old blocks. Best
  // effort only: copy-on-write file systems and flash storage may keep the old blocks anyway.
  const size = fs.statSync(file).size;
  fs.writeFileSync(file, Buffer.alloc(size), { flag: 'r+' });
  fsyncFile(file);
  fs.rmSync(file);
  fsyncDir(keysDir);
}

/** The OS's copy of a data key that was replaced (admin recovery): it would open nothing any more. */
export function removeOsKey(keysDir: string): void {
  const file = path.join(keysDir, OS_KEY_FILE);
  if (!fs.existsSync(file)) return;
  fs.rmSync(file);
  fsyncDir(keysDir);
}
