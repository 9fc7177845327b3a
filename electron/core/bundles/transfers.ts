import fs from 'node:fs';
import path from 'node:path';

/** Working folders under <data>/transfers: uploads, exports, staging of imports, export spill. */
export function transferDir(dataDir: string, what: 'uploads' | 'exports' | 'staging' | 'work'): string {
  const dir = path.join(dataDir, 'transfers', what);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Staging and spill folders hold plaintext: removed when an import or export ends, and at start-up. */
export function clearScratch(dataDir: string): void {
  for (const what of ['staging', 'work'] as const) fs.rmSync(path.join(dataDir, 'transfers', what), { recursive: true, force: true });
}

export function safeFileName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'bundle';
}
