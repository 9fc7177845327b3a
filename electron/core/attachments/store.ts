import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Attachments live once per content hash under <data>/attachments/ab/<sha256>; rows point at them. */
export function blobPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

/** Moves a verified file into the store; an existing blob with the same hash is already the same bytes. */
export function adoptBlob(dataDir: string, sha256: string, from: string): void {
  const target = blobPath(dataDir, sha256);
  if (fs.existsSync(target)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(from, target);
}

/**
 * Writes bytes that were already hashed (not a file that could still change) into the store, through a
 * partial file and a rename; false when a blob with that hash is there already.
 */
export function storeBytes(dataDir: string, sha256: string, bytes: Uint8Array): boolean {
  const target = blobPath(dataDir, sha256);
  if (fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = path.join(path.dirname(target), `${sha256}.${crypto.randomUUID()}.partial`);
  fs.writeFileSync(partial, bytes, { flag: 'wx' });
  adoptBlob(dataDir, sha256, partial);
  return true;
}
