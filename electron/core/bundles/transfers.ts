import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors';

/** Working folders under <data>/transfers: uploads, exports, staging of imports, export spill. */
export function transferDir(dataDir: string, what: 'uploads' | 'exports' | 'staging' | 'work'): string {
  const dir = path.join(dataDir, 'transfers', what);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Staging and spill folders hold plaintext. Each is named `<pid>-…` after the process that made it and
 * removed when its import or export ends; at start-up, those of processes no longer running (a crash)
 * are removed too. A CLI command run beside the app must not wipe the app's import in progress.
 */
export function scratchName(id: string): string {
  return `${process.pid}-${id}`;
}

export function clearScratch(dataDir: string): void {
  for (const what of ['staging', 'work'] as const) {
    const dir = path.join(dataDir, 'transfers', what);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const pid = Number(/^(\d+)-/.exec(name)?.[1]);
      if (pid && pid !== process.pid && isRunning(pid)) continue;
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function safeFileName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'bundle';
}

/** Bundles are files: uploads and downloads of the LSP admin and the proctor only. */
export const TRANSFER_ROLES: readonly string[] = ['lsp_admin', 'proctor'];
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;
// .xlsx: the registry's templates, exports and refused-rows files (registry-import/files.ts);
// .docx: the question bank's Word template (bank-import/service.ts).
const EXPORT_NAME = /^[A-Za-z0-9._-]{1,120}\.(uji|age|xlsx|docx)$/;

/**
 * Stores an uploaded bundle under transfers/uploads/<id>.uji, streamed with a size cap; used by the
 * room server's upload route and by the Electron app:// protocol alike.
 */
export async function storeUpload(dataDir: string, source: AsyncIterable<Uint8Array>): Promise<{ uploadId: string; bytes: number }> {
  const uploadId = crypto.randomUUID();
  const dir = transferDir(dataDir, 'uploads');
  const partial = path.join(dir, `${uploadId}.partial`);
  let bytes = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          bytes += chunk.length;
          if (bytes > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: MAX_UPLOAD_BYTES });
          yield chunk;
        }
      },
      fs.createWriteStream(partial, { flags: 'wx' }),
    );
    fs.renameSync(partial, path.join(dir, `${uploadId}.uji`));
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  return { uploadId, bytes };
}

/** Removes an upload no call consumed (one refused before it read the file, say); consumed ones are gone already. */
export function discardUpload(dataDir: string, uploadId: string): void {
  if (!/^[0-9a-f-]{36}$/.test(uploadId)) return;
  fs.rmSync(path.join(transferDir(dataDir, 'uploads'), `${uploadId}.uji`), { force: true });
}

/** The file behind a download name, or null: only names this installation writes, only in exports/. */
export function exportedFile(dataDir: string, name: string): string | null {
  if (!EXPORT_NAME.test(name)) return null;
  const file = path.join(transferDir(dataDir, 'exports'), name);
  return fs.existsSync(file) ? file : null;
}
