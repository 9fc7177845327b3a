import { Worker } from 'node:worker_threads';
import type { Db } from './open';

/** How often the background connection copies committed pages from the WAL into the database file. */
export const CHECKPOINT_EVERY_MS = 1_000;

// Plain CommonJS so it runs as an eval'd worker in Node, under tsx and in Electron's main process alike.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file, { nativeBinding: workerData.nativeBinding || undefined, fileMustExist: true });
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage({ error: String(err && err.message || err) }); }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  db.close();
  process.exit(0);
});
`;

export type Checkpointer = { stop: () => Promise<void> };

/**
 * Answers are acknowledged after their commit, and a commit must not wait for a checkpoint: SQLite's
 * automatic checkpoint runs inside whichever commit crosses the WAL threshold, writing and syncing
 * the database file while a candidate waits. A second connection on a worker thread checkpoints in
 * PASSIVE mode instead, which never blocks the writer. If the worker fails, automatic checkpoints
 * come back on, so the WAL can never grow without bound.
 */
export function startCheckpointer(db: Db, file: string, nativeBinding?: string): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, nativeBinding: nativeBinding ?? null, everyMs: CHECKPOINT_EVERY_MS } });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  const fallBack = () => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('error', fallBack);
  worker.on('message', (m: { error?: string }) => {
    if (m.error) console.warn('[ruang-uji] background checkpoint failed:', m.error);
  });
  let exited = false;
  const done = new Promise<void>((resolve) => worker.once('exit', () => ((exited = true), resolve())));
  return {
    async stop() {
      if (exited) return;
      worker.postMessage('stop');
      await Promise.race([done, new Promise((r) => setTimeout(r, 2_000))]);
      if (!exited) await worker.terminate();
    },
  };
}
