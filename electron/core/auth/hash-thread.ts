import crypto from 'node:crypto';
import { Worker } from 'node:worker_threads';

export type ScryptJob = { password: string; salt: Buffer; keyLen: number; N: number; r: number; p: number; maxmem: number };

/**
 * The hashing thread's whole program. It is given as source (eval) rather than as a file: it needs
 * nothing but Node's own modules, and so it runs the same under tsx, vitest and the built core,
 * with no bundle entry of its own.
 *
 * On Linux a thread's nice value is its own (setpriority on the calling thread), so this thread alone
 * runs at the lowest priority: a sign-in storm's hashes then take only the CPU the room's saves and
 * the lab PCs' requests leave over, instead of a core's fair share of it. Elsewhere the same call
 * would lower the whole process, so it is made only on Linux.
 */
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const crypto = require('node:crypto');
const os = require('node:os');
let priority = null;
if (process.platform === 'linux') {
  try { os.setPriority(os.constants.priority.PRIORITY_LOW); priority = os.getPriority(); } catch {}
}
parentPort.on('message', (m) => {
  if (m.kind === 'priority') return parentPort.postMessage({ id: m.id, priority });
  try {
    const key = crypto.scryptSync(m.password, m.salt, m.keyLen, { N: m.N, r: m.r, p: m.p, maxmem: m.maxmem });
    parentPort.postMessage({ id: m.id, key });
  } catch (error) {
    parentPort.postMessage({ id: m.id, error: String(error && error.message || error) });
  }
});
`;

type Reply = { id: number; key?: Uint8Array; error?: string; priority?: number | null };
type Pending = { job: ScryptJob | null; resolve: (r: Reply) => void; reject: (e: Error) => void };

/**
 * One low-priority thread that computes scrypt hashes, one at a time (the caller limits how many it
 * asks for at once). Should the thread not start, or die before it ever answered, hashing falls back to
 * Node's thread pool as before, the hashes it held included; one that dies later is started again.
 */
export class HashThread {
  private worker: Worker | null = null;
  private failed = false;
  private answered = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** `source`: the thread's program; tests give a broken one. */
  constructor(private readonly source: string = SOURCE) {}

  scrypt(job: ScryptJob): Promise<Buffer> {
    const worker = this.started();
    if (!worker) return poolScrypt(job);
    return this.ask(worker, { kind: 'scrypt', ...job }, job).then((r) => {
      if (r.error !== undefined || !r.key) throw new Error(r.error ?? 'scrypt failed');
      return Buffer.from(r.key);
    });
  }

  /** The thread's nice value (Linux), null where it was not lowered: for tests and diagnostics. */
  async priority(): Promise<number | null> {
    const worker = this.started();
    return worker ? ((await this.ask(worker, { kind: 'priority' }, null)).priority ?? null) : null;
  }

  private ask(worker: Worker, message: object, job: ScryptJob | null): Promise<Reply> {
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { job, resolve, reject });
      // Referenced only while a hash is wanted: an idle thread never keeps the process alive.
      worker.ref();
      worker.postMessage({ id, ...message });
    });
  }

  private started(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(this.source, { eval: true });
      worker.unref();
      worker.on('message', (reply: Reply) => {
        this.answered = true;
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (this.pending.size === 0) worker.unref();
        waiting?.resolve(reply);
      });
      worker.on('error', (error) => this.lost(worker, error));
      worker.on('exit', () => this.lost(worker, new Error('hash thread exited')));
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    // A thread that never answered will not do better started again: the pool takes over for good.
    if (!this.answered) this.failed = true;
    for (const [id, { job, resolve, reject }] of this.pending) {
      if (job && this.failed) poolScrypt(job).then((key) => resolve({ id, key }), reject);
      else reject(error);
    }
    this.pending.clear();
  }
}

function poolScrypt(job: ScryptJob): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(job.password, job.salt, job.keyLen, { N: job.N, r: job.r, p: job.p, maxmem: job.maxmem }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}
