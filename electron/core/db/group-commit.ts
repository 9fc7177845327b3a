import type { Db } from './open';

type Job = { run: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Group commit for the hot path (answer saves). Every acknowledged save needs its commit on disk
 * (synchronous=FULL: one fsync), and better-sqlite3 commits on the event loop, so with hundreds of
 * lab PCs the fsyncs queue up one behind another. Saves that arrive together run as savepoints of
 * one transaction and share its single fsync; each is answered only after that commit. A save that
 * fails rolls back its own savepoint and no one else's.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private scheduled = false;
  /** Largest batch so far, for the benchmarks. */
  largestBatch = 0;

  /** `beforeCommit` runs inside each batch's transaction, after its saves (the audit head is signed there). */
  constructor(
    private readonly db: Db,
    private readonly beforeCommit: () => void = () => {},
  ) {}

  run<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: fn, resolve: (v) => resolve(v as T), reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // After the current poll phase: every request already read joins this batch.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    this.largestBatch = Math.max(this.largestBatch, batch.length);
    if (batch.length === 1) {
      // Alone: its own transaction, no savepoint needed.
      const [job] = batch;
      try {
        job.resolve(
          this.db.transaction(() => {
            const value = job.run();
            this.beforeCommit();
            return value;
          })(),
        );
      } catch (error) {
        job.reject(error);
      }
      return;
    }
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(() => {
        for (const job of batch) {
          try {
            outcomes.push({ ok: true, value: this.db.transaction(job.run)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
        this.beforeCommit();
      })();
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}
