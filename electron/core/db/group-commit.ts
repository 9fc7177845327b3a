import diagnostics from 'node:diagnostics_channel';
import type { Db } from './open';
import { presizeWal } from './wal-presize';

/**
 * One message per committed batch for the benchmarks' server trace (test/bench/support/server-trace.ts):
 * nothing is built when no one subscribes, which is always outside a bench.
 */
export const commitChannel = diagnostics.channel('ruang-uji:group-commit');
export type CommitTrace = { at: number; size: number; ms: number; signMs: number; file: string };
/** The same for each idle-time checkpoint step. */
export const checkpointChannel = diagnostics.channel('ruang-uji:checkpoint');
export type CheckpointTrace = { at: number; ms: number; walPages: number; pages: number; done: boolean };

/**
 * Saves between idle-time checkpoints: ~2.2 WAL pages each at 400 PCs (18 automatic checkpoints of 1000
 * pages per 8,368 saves), so a step copies ~550 pages. SQLite's own checkpoint ran inside whichever
 * commit crossed 1000 pages (10-18 per 30 s room run, p50 6-13 ms, up to 67-143 ms on a loaded machine,
 * against 1.6-2.9 ms for a plain commit) with that batch's acks waiting for it. Counting batches instead
 * let a WAL grow to 26 MB when a disk stall made batches of 150 saves.
 */
export const CHECKPOINT_EVERY_SAVES = 256;
/**
 * How far a step may be put off while batches keep arriving. It was 4: a caller that saves again as
 * soon as it is answered (the in-process answer bench) always has a batch waiting, so every step waited
 * for 1,024 saves (3,240 WAL pages, 13 MB), the next commit cut the WAL back to 8 MB and the ~400 after
 * it grew the file again. At 2 the WAL peaks near 6.7 MB (3.2 pages a save) and is overwritten in place;
 * bench p99 / fsync p99, 3 × 2,000 saves, quiet disk: 6.7, 5.0, 3.7 before, 3.9, 3.2, 3.2 stepping every 256.
 */
const CHECKPOINT_DEFER_LIMIT = 2;
/** SQLite still checkpoints inside a commit past this (40 MB), should the idle steps never get a turn. */
const AUTOCHECKPOINT_GUARD_PAGES = 10_000;
/** After a checkpoint resets it, the WAL file is cut back to this, so one busy minute does not keep it large. */
const WAL_SIZE_LIMIT_BYTES = 8 * 1024 * 1024;

/** What a job that failed still writes, in the same commit, once its own writes are rolled back: none for most failures. */
type AfterRollback = (error: unknown) => (() => void) | null;
type Job = { run: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void; rolledBack?: AfterRollback };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

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

  private savesSinceCheckpoint = 0;
  private checkpointScheduled = false;
  /**
   * The WAL is grown to the size it is kept at before the first batch, so later saves never wait for the
   * file to grow (see wal-presize.ts); then, not at start, so a core that takes no save (the LSP office,
   * a CLI command) does not write 8 MB each time it opens.
   */
  private walToPresize = false;

  /**
   * The transactions a batch runs in, built once: better-sqlite3's transaction() makes five wrapper
   * functions each time it is called, ~2.7 KB of garbage on every save when flush built them per batch.
   */
  private readonly alone: (job: Job) => unknown;
  private readonly together: (batch: Job[], outcomes: Outcome[]) => void;
  private readonly savepoint: (job: Job) => unknown;
  /** A failed job's `rolledBack` write: a savepoint of the batch's transaction, or its own transaction when alone. */
  private readonly afterRollback: (write: () => void) => void;
  private readonly afterRollbackAlone: (write: () => void) => void;
  /** Whether this batch is traced for the benchmarks, and how long its head signature took. */
  private traced = false;
  private signMs = 0;

  /** `beforeCommit` runs inside each batch's transaction, after its saves (where the audit head is signed when one is due). */
  constructor(
    private readonly db: Db,
    private readonly beforeCommit: () => void = () => {},
  ) {
    this.alone = db.transaction((job: Job) => {
      const value = job.run();
      this.signInside();
      return value;
    });
    this.savepoint = db.transaction((job: Job) => job.run());
    this.afterRollback = db.transaction((write: () => void) => write());
    this.afterRollbackAlone = db.transaction((write: () => void) => {
      write();
      this.signInside();
    });
    this.together = db.transaction((batch: Job[], outcomes: Outcome[]) => {
      for (const job of batch) {
        try {
          outcomes.push({ ok: true, value: this.savepoint(job) });
        } catch (error) {
          outcomes.push({ ok: false, error: this.rolledBack(job, error, this.afterRollback) });
        }
      }
      this.signInside();
    });
    if (!db.readonly && db.pragma('journal_mode', { simple: true }) === 'wal') {
      db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_GUARD_PAGES}`);
      db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
      this.walToPresize = true;
    }
  }

  /**
   * An exam session starts: the WAL is grown now, so the day's first batch (a candidate's sign-in or
   * answer save) does not write 8 MB and sync it before its own commit. Any later call is a no-op; a
   * core that never starts a session still grows nothing.
   */
  prepareForSaves(): void {
    if (!this.walToPresize) return;
    this.walToPresize = false;
    presizeWal(this.db, WAL_SIZE_LIMIT_BYTES);
  }

  /**
   * `rolledBack`, when `fn` throws: the write it returns runs after fn's writes are rolled back and commits with the
   * batch (a refused save's record of the refusal), before the caller hears the error. If it fails too, the caller
   * gets its error. A failure with nothing to write (null) costs nothing more.
   */
  run<T>(fn: () => T, rolledBack?: AfterRollback): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: fn, resolve: (v) => resolve(v as T), reject, rolledBack });
      if (!this.scheduled) {
        this.scheduled = true;
        // After the current poll phase: every request already read joins this batch.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    this.prepareForSaves();
    const batch = this.queue;
    this.queue = [];
    this.largestBatch = Math.max(this.largestBatch, batch.length);
    this.traced = commitChannel.hasSubscribers;
    this.signMs = 0;
    const started = this.traced ? performance.now() : 0;
    if (batch.length === 1) {
      // Alone: its own transaction, no savepoint needed.
      const [job] = batch;
      try {
        job.resolve(this.alone(job));
      } catch (error) {
        // Its transaction rolled back whole: what it still writes takes one of its own.
        job.reject(this.rolledBack(job, error, this.afterRollbackAlone));
      }
    } else {
      const outcomes: Outcome[] = [];
      try {
        this.together(batch, outcomes);
        batch.forEach((job, i) => {
          const outcome = outcomes[i];
          if (outcome.ok) job.resolve(outcome.value);
          else job.reject(outcome.error);
        });
      } catch (error) {
        for (const job of batch) job.reject(error);
      }
    }
    this.savesSinceCheckpoint += batch.length;
    if (this.savesSinceCheckpoint >= CHECKPOINT_EVERY_SAVES && !this.checkpointScheduled) {
      this.checkpointScheduled = true;
      // A turn of the event loop later: this batch's replies go out first, and saves read meanwhile go first too.
      setImmediate(() => this.checkpointWhenIdle());
    }
    if (this.traced) {
      const trace: CommitTrace = { at: performance.timeOrigin + started, size: batch.length, ms: performance.now() - started, signMs: this.signMs, file: this.db.name };
      commitChannel.publish(trace);
    }
  }

  /** The error the failed job's caller gets: its own, or that of its `rolledBack` write, which then wrote nothing. */
  private rolledBack(job: Job, error: unknown, run: (write: () => void) => void): unknown {
    const write = job.rolledBack?.(error);
    if (!write) return error;
    try {
      run(write);
      return error;
    } catch (failed) {
      return failed;
    }
  }

  private signInside(): void {
    if (!this.traced) {
      this.beforeCommit();
      return;
    }
    const t = performance.now();
    this.beforeCommit();
    this.signMs = performance.now() - t;
  }

  /**
   * Every frame copied: the next commit starts the WAL over, and SQLite then writes the log's header and syncs
   * it before that commit's own frames (synchronous=FULL), two fsyncs where a commit has one: 0.31–0.43 ms
   * against 0.13–0.16 ms for the commits around it, on every save that followed a step. Setting user_version to
   * the value it has writes page 1 again and nothing else; that commit makes the restart here, in the step, and
   * the next save commits as any other (0.14 ms). No row changes (total_changes and the data stay as they were).
   */
  private restartWal(): void {
    const version = this.db.pragma('user_version', { simple: true });
    if (typeof version === 'number') this.db.pragma(`user_version = ${version}`);
  }

  /**
   * PASSIVE: copies what no reader still needs and never waits for anyone. Runs only with no batch
   * waiting; under constant load it waits until CHECKPOINT_DEFER_LIMIT × CHECKPOINT_EVERY_SAVES, then goes anyway.
   */
  private checkpointWhenIdle(): void {
    if (!this.db.open) return;
    if (this.scheduled && this.savesSinceCheckpoint < CHECKPOINT_EVERY_SAVES * CHECKPOINT_DEFER_LIMIT) {
      setImmediate(() => this.checkpointWhenIdle());
      return;
    }
    this.checkpointScheduled = false;
    this.savesSinceCheckpoint = 0;
    const started = performance.now();
    const [result] = this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    if (result !== undefined && result.log > 0 && result.log === result.checkpointed) this.restartWal();
    if (checkpointChannel.hasSubscribers) {
      const trace: CheckpointTrace = {
        at: performance.timeOrigin + started,
        ms: performance.now() - started,
        walPages: result?.log ?? 0,
        pages: result?.checkpointed ?? 0,
        done: result !== undefined && result.log === result.checkpointed,
      };
      checkpointChannel.publish(trace);
    }
  }
}
