import type { Db } from './open';

/** The core's group commit as a side write joins it (GroupCommit.run): settles once the write is on disk, or failed. */
export type JoinCommit = (write: () => void) => Promise<void>;

/**
 * A write the exam day's sweep makes beside the answer saves (the heard log, the refused late answers): it
 * joins the saves' next group commit (db/group-commit.ts), sharing its fsync, unless `alone` (at close, when
 * no batch may follow) or there is none (a core that never joined one), then it runs in a transaction now.
 * `written` runs once the write is on disk; `failed` when the group commit refused it (its savepoint or the
 * whole batch rolled back), so the caller keeps what it holds for the next sweep. A transaction now that
 * fails throws to the caller, as before.
 */
export function writeBeside(db: Db, commit: JoinCommit | null, alone: boolean, write: () => void, written: () => void, failed: () => void): void {
  if (commit && !alone) {
    void commit(write).then(written, failed);
    return;
  }
  db.transaction(write)();
  written();
}
