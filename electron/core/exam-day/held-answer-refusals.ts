import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { HeldRefusal } from '../cbt/attempt';
import type { Db } from '../db/open';
import { writeBeside, type JoinCommit } from '../db/side-write';

/** The refusals of one attempt since its last audit entry. */
type Pending = {
  actor: Principal;
  sessionId: string;
  candidateId: string;
  refused: number;
  first: { itemId: string; answeredAt: string; at: string };
  last: { itemId: string; answeredAt: string; at: string };
  heardAt: string;
};

/** One sweep's refusals on their way to the log; `taken` once a close has taken them back to write itself. */
type Batch = { due: [string, Pending][]; state: 'queued' | 'running' | 'taken' };

/** At most one audit entry per attempt in this long: the count it carries says how many refusals it stands for. */
export const REFUSAL_ENTRY_EVERY_MS = 60_000;

/**
 * Late answers refused as held back while the PC was online (ANSWER_HELD_WHILE_ONLINE): an attempt to
 * change answers after time was up, which the assessor and the LSP must be able to see. The refused save
 * rolls back (its savepoint in the group commit), so the record cannot be written inside it; it is noted
 * here and written by the exam day's sweep as `cbt.heldAnswerRefused`, joining the answer saves' next group
 * commit as the heard log does (no fsync of its own on the hot path). A client that repeats refused saves
 * gets one entry per attempt per REFUSAL_ENTRY_EVERY_MS, counting them, with the first and last item: the
 * log and the disk grow by at most that, and memory by one record per attempt (only a signed-in candidate
 * with an attempt reaches the refusal).
 */
export class HeldAnswerRefusals {
  private readonly pending = new Map<string, Pending>();
  /** When each attempt's last entry was written (ms), kept while it still holds back the next one. */
  private readonly written = new Map<string, number>();
  /**
   * Sweeps' batches sent to the group commit whose write has not run yet (it runs a turn of the event loop
   * later). A close in between takes them back and writes them itself: the batch would run only after the
   * database is closed, and fail.
   */
  private readonly queued = new Set<Batch>();
  private commit: JoinCommit | null = null;

  constructor(
    private readonly db: Db,
    /** Told of each seat whose count of refusals just reached the log, for the proctor's board. */
    private readonly onWritten: (sessionId: string, candidateId: string) => void = () => {},
  ) {}

  /** The core's group commit (db/group-commit.ts), which the writes join from now on. */
  joinCommit(commit: JoinCommit): void {
    this.commit = commit;
  }

  note(actor: Principal, refusal: HeldRefusal, now: Date): void {
    const at = now.toISOString();
    const here = { itemId: refusal.itemId, answeredAt: refusal.answeredAt, at };
    const known = this.pending.get(refusal.attemptId);
    if (known) {
      known.refused += 1;
      known.last = here;
      if (refusal.heardAt > known.heardAt) known.heardAt = refusal.heardAt;
      return;
    }
    this.pending.set(refusal.attemptId, { actor, sessionId: refusal.sessionId, candidateId: refusal.candidateId, refused: 1, first: here, last: here, heardAt: refusal.heardAt });
  }

  /** How many refusals of this attempt are noted but not yet in the log. */
  unwritten(attemptId: string): number {
    return this.pending.get(attemptId)?.refused ?? 0;
  }

  /**
   * Writes each attempt's pending refusals whose last entry is at least REFUSAL_ENTRY_EVERY_MS old, or all of
   * them when `alone` (at close, in a transaction of its own). Through the group commit when there is one.
   */
  flush(now: Date, alone = false): void {
    if (!this.db.open) return;
    const nowMs = now.getTime();
    if (alone) this.takeBackQueued();
    for (const [attemptId, at] of this.written) if (nowMs - at >= REFUSAL_ENTRY_EVERY_MS || at > nowMs) this.written.delete(attemptId);
    const due = [...this.pending].filter(([attemptId]) => alone || !this.written.has(attemptId));
    if (due.length === 0) return;
    for (const [attemptId] of due) {
      this.pending.delete(attemptId);
      this.written.set(attemptId, nowMs);
    }
    const batch: Batch = { due, state: 'queued' };
    const write = () => {
      // Taken back by a close, which wrote these itself.
      if (batch.state === 'taken') return;
      batch.state = 'running';
      this.queued.delete(batch);
      for (const [attemptId, p] of due) {
        appendAudit(
          this.db,
          p.actor,
          {
            action: 'cbt.heldAnswerRefused',
            // The candidate's entry, so a count is read through an index (db/queries/held-refusals.ts).
            entity: 'candidate',
            entityId: p.candidateId,
            details: {
              attemptId,
              sessionId: p.sessionId,
              refused: p.refused,
              firstItemId: p.first.itemId,
              firstAnsweredAt: p.first.answeredAt,
              firstRefusedAt: p.first.at,
              lastItemId: p.last.itemId,
              lastAnsweredAt: p.last.answeredAt,
              lastRefusedAt: p.last.at,
              heardAt: p.heardAt,
            },
          },
          now,
        );
      }
    };
    const told = () => {
      if (batch.state === 'taken') return;
      for (const [, p] of due) this.onWritten(p.sessionId, p.candidateId);
    };
    // Put back if the group commit fails, so a refusal is never dropped for a disk error; the minute it would have
    // started is lifted too (no entry was written), so the next sweep writes them rather than a minute later.
    const putBack = () => {
      this.queued.delete(batch);
      if (batch.state === 'taken') return;
      for (const [attemptId, p] of due) {
        this.restore(attemptId, p);
        if (this.written.get(attemptId) === nowMs) this.written.delete(attemptId);
      }
    };
    if (this.commit && !alone) this.queued.add(batch);
    try {
      writeBeside(this.db, this.commit, alone, write, told, putBack);
    } catch (err) {
      // A transaction now (at close) that failed wrote nothing: kept as the group commit's failure keeps them.
      putBack();
      throw err;
    }
  }

  /** What is noted and not yet in the log, per attempt: what a close that could not write them says it leaves. */
  unwrittenAll(): { attemptId: string; sessionId: string; candidateId: string; refused: number; firstRefusedAt: string; lastRefusedAt: string }[] {
    return [...this.pending].map(([attemptId, p]) => ({ attemptId, sessionId: p.sessionId, candidateId: p.candidateId, refused: p.refused, firstRefusedAt: p.first.at, lastRefusedAt: p.last.at }));
  }

  /** The close's write: batches still waiting for the group commit go back in front of what was noted since, to be written now. */
  private takeBackQueued(): void {
    // Newest first: each goes in front of what came after it.
    for (const batch of [...this.queued].reverse()) {
      batch.state = 'taken';
      for (const [attemptId, p] of batch.due) this.restore(attemptId, p);
    }
    this.queued.clear();
  }

  /** A batch that did not commit goes back in front of what was noted meanwhile. */
  private restore(attemptId: string, p: Pending): void {
    const newer = this.pending.get(attemptId);
    this.pending.set(attemptId, newer ? { ...p, refused: p.refused + newer.refused, last: newer.last, heardAt: newer.heardAt > p.heardAt ? newer.heardAt : p.heardAt } : p);
  }
}
