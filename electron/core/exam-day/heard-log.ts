import { isOverdue } from '../cbt/timing';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import { writeBeside, type JoinCommit } from '../db/side-write';

type Seat = { sessionId: string; candidateId: string };

/**
 * When the room server last heard from each candidate's PC (any call of theirs: a save, a visit, a
 * heartbeat, a sign-in) while their test still took answers: started, not submitted, not paused, not past
 * the deadline's late grace. A save delivered after time ran out counts only if it was given after that
 * (core/cbt/attempt.ts): a PC that was talking to us had no reason to hold an answer back.
 *
 * Kept durably in attempt.last_activity_at, written once per sweep (every few seconds) rather than once per
 * heartbeat: hundreds of PCs beat every 10 s, and each commit costs an fsync on the event loop. The sweep's
 * write joins the answer saves' next group commit when the core has one (`joinCommit`), sharing its fsync:
 * with a commit of its own every 5 s (400 rows and an fsync on the event loop) the room bench's storm seated-save
 * p99 was 39.2, 28.8 and 21.6 ms; joined, 14.7, 13.1 and 14.6 ms (same machine, minutes apart). What the last
 * sweep has not written yet is read from here.
 */
export class HeardLog {
  private readonly pending = new Map<string, string>();
  private commit: JoinCommit | null = null;

  constructor(private readonly db: Db) {}

  /** The core's group commit (db/group-commit.ts), which the sweep's writes join from now on. */
  joinCommit(commit: JoinCommit): void {
    this.commit = commit;
  }

  /**
   * A call from this seat at `now`: noted only while its test takes answers. It reads the attempt's clock
   * columns alone (findAttemptClock): about 9.5 µs a call against 15 µs for the whole row with a 1 KB
   * paper order (`findAttempt`; 200,000 calls, 3 runs), beside 150-240 µs for the heartbeat it rides
   * on. Not cached: pause, resume, extension, submit and settle all change the answer, and a stale one
   * would record a call the late-save rule then trusts.
   */
  note(seat: Seat, now: Date): void {
    const attempt = attempts.findAttemptClock(this.db, seat.sessionId, seat.candidateId);
    if (!attempt || attempt.submittedAt || attempt.pausedAt || isOverdue(attempt, now)) return;
    this.pending.set(attempt.id, now.toISOString());
  }

  /** The latest call not yet written, for this attempt. */
  unwritten(attemptId: string): string | null {
    return this.pending.get(attemptId) ?? null;
  }

  /** Writes what is pending: through the group commit unless `alone` (at close) or there is none, else in a transaction now. */
  flush(alone = false): void {
    if (this.pending.size === 0 || !this.db.open) return;
    const batch = [...this.pending];
    const write = () => {
      for (const [attemptId, at] of batch) attempts.noteActivity(this.db, attemptId, at);
    };
    // Kept readable here until written: a late save meanwhile still finds the call (`unwritten`); a failed commit
    // leaves it pending for the next sweep.
    writeBeside(this.db, this.commit, alone, write, () => this.forget(batch), () => undefined);
  }

  /** Drops the calls just written, unless a newer one for the same attempt came meanwhile. */
  private forget(batch: readonly [string, string][]): void {
    for (const [attemptId, at] of batch) if (this.pending.get(attemptId) === at) this.pending.delete(attemptId);
  }
}
