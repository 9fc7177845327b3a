import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { ManifestEntry } from './manifest';
import { encodeRow } from './rows';
import { entryPath, type Scope, type TableRule } from './rules';

export type Attachment = { sha256: string; size: number; file: string };
export type Spilled = { entries: (ManifestEntry & { file: string })[]; counts: Record<string, number> };

/**
 * Writes each table's rows to NDJSON files in `workDir`, hashing as it goes. Runs in one read
 * transaction, synchronously, so the bundle is one consistent snapshot even while the room server keeps
 * writing; the files (not memory) hold the rows until the archive is streamed.
 */
export function spillTables(db: Db, workDir: string, rules: readonly TableRule[], scope: Scope): Spilled {
  const entries: Spilled['entries'] = [];
  const counts: Record<string, number> = {};
  fs.mkdirSync(path.join(workDir, 'data'), { recursive: true });
  db.transaction(() => {
    for (const rule of rules) {
      const rel = entryPath(rule);
      const file = path.join(workDir, rel);
      const fd = fs.openSync(file, 'w');
      const hash = crypto.createHash('sha256');
      let size = 0;
      let rows = 0;
      let pending: string[] = [];
      let pendingLen = 0;
      const flush = () => {
        const buf = Buffer.from(pending.join(''), 'utf8');
        fs.writeSync(fd, buf);
        hash.update(buf);
        size += buf.length;
        pending = [];
        pendingLen = 0;
      };
      try {
        const stmt = sql(db, rule.select);
        const params = Object.fromEntries(Object.entries(scope).filter(([k]) => rule.select.includes('@' + k)));
        for (const row of stmt.iterate(params) as IterableIterator<Record<string, unknown>>) {
          const line = encodeRow(row);
          pending.push(line);
          pendingLen += line.length;
          rows++;
          if (pendingLen > 256 * 1024) flush();
        }
        flush();
      } finally {
        fs.closeSync(fd);
      }
      entries.push({ path: rel, size, sha256: hash.digest('hex'), rows, file });
      counts[rule.name] = rows;
    }
  })();
  return { entries, counts };
}
