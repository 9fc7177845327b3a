import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably, writeFileDurablyAsync } from '../durable-files';
import type { AuditHeadRow } from '../db/queries/audit-heads';

/**
 * The latest signed head is also kept beside the database, not only in it: someone who has the
 * database file alone can delete the last rows and the head rows together, but cannot roll this file
 * back with them. (Someone who has the whole data folder can; then only heads that left the computer,
 * in bundles and on the printed berita acara, show it.)
 */
export function headFilePath(dataDir: string): string {
  return path.join(dataDir, 'audit', 'head.json');
}

export function writeHeadFile(file: string, row: AuditHeadRow): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileDurably(file, JSON.stringify(row) + '\n');
}

/** Off the event loop (routine heads while saves stream in); `stillLatest` may refuse the rename at the end. */
export async function writeHeadFileAsync(file: string, row: AuditHeadRow, stillLatest: () => boolean): Promise<boolean> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  return writeFileDurablyAsync(file, JSON.stringify(row) + '\n', stillLatest);
}

/** null when absent; a file that is not a head reads as one whose signature fails, so verify names it. */
export function readHeadFile(file: string): AuditHeadRow | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const row = JSON.parse(text) as Partial<AuditHeadRow>;
    return {
      installationId: String(row.installationId ?? ''),
      n: Number(row.n ?? 0),
      seq: Number(row.seq ?? 0),
      hash: String(row.hash ?? ''),
      signedAt: String(row.signedAt ?? ''),
      reason: String(row.reason ?? ''),
      signingPublic: String(row.signingPublic ?? ''),
      payload: String(row.payload ?? ''),
      signature: String(row.signature ?? ''),
    };
  } catch {
    return { installationId: '', n: 0, seq: 0, hash: '', signedAt: '', reason: '', signingPublic: '', payload: '', signature: '' };
  }
}
