import { isOverdue } from '../cbt/timing';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';

type Seat = { sessionId: string; candidateId: string };

/**
 * When the room server last heard from each candidate's PC (any call of theirs: a save, a visit, a
 * heartbeat, a sign-in) while their test still took answers: started, not submitted, not paused, not past
 * the deadline's late grace. A save delivered after time ran out counts only if it was given after that
 * (core/cbt/attempt.ts): a PC that was talking to us had no reason to hold an answer back.
 *
 * Kept durably in attempt.last_activity_at, written in one transaction per sweep (every few seconds)
 * rather than one per heartbeat: hundreds of PCs beat every 10 s, and each commit costs an fsync on the
 * event loop. What the last sweep has not written yet is read from here.
 */
export class HeardLog {
  private readonly pending = new Map<string, string>();

  constructor(private readonly db: Db) {}

  /** A call from this seat at `now`: noted only while its test takes answers. */
  note(seat: Seat, now: Date): void {
    const attempt = attempts.findAttempt(this.db, seat.sessionId, seat.candidateId);
    if (!attempt || attempt.submittedAt || attempt.pausedAt || isOverdue(attempt, now)) return;
    this.pending.set(attempt.id, now.toISOString());
  }

  /** The latest call not yet written, for this attempt. */
  unwritten(attemptId: string): string | null {
    return this.pending.get(attemptId) ?? null;
  }

  flush(): void {
    if (this.pending.size === 0 || !this.db.open) return;
    const batch = [...this.pending];
    this.pending.clear();
    this.db.transaction(() => {
      for (const [attemptId, at] of batch) attempts.noteActivity(this.db, attemptId, at);
    })();
  }
}
