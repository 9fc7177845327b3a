import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { HeldRefusal } from '../cbt/attempt';
import type { Db } from '../db/open';
import { addRefusal, deletePendingRefusals, pendingAttemptIds, pendingRefusals, pendingRefusedCount, type PendingRefusals } from '../db/queries/held-refusals-pending';
import { writeBeside, type JoinCommit } from '../db/side-write';

/** At most one audit entry per attempt in this long: the count it carries says how many refusals it stands for. */
export const REFUSAL_ENTRY_EVERY_MS = 60_000;

/**
 * Late answers refused as held back while the PC was online (ANSWER_HELD_WHILE_ONLINE): an attempt to
 * change answers after time was up, which the assessor and the LSP must be able to see. The refused save
 * rolls back, so it cannot record the refusal itself; its group commit's rolledBack write adds it to the
 * attempt's row of held_refusal_pending (migration 038) in the same commit, before the PC is answered, and
 * the exam day's sweep turns the row into a `cbt.heldAnswerRefused` entry and deletes it in one transaction,
 * joining the answer saves' next group commit as the heard log does: a failed commit leaves the row for the
 * next sweep, a kill -9 leaves it for the next start's. A client that repeats refused saves gets one entry per
 * attempt per REFUSAL_ENTRY_EVERY_MS, counting them, with the first and last item: the log and the disk grow by
 * at most that (one row per attempt waiting; only a signed-in candidate with an attempt reaches the refusal).
 */
export class HeldAnswerRefusals {
  /**
   * When each attempt's last entry was written (ms), kept while it still holds back the next one. In memory: a
   * restart's first sweep writes whatever is waiting.
   */
  private readonly written = new Map<string, number>();
  /** A sweep's write is waiting for the group commit: the next sweep waits for it, so the minute is read from its outcome. */
  private sweeping = false;
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

  /** Inside the refused save's commit, once its own writes rolled back (api/handlers/cbt.ts). */
  note(actor: Principal, refusal: HeldRefusal, now: Date): void {
    addRefusal(this.db, {
      attemptId: refusal.attemptId,
      sessionId: refusal.sessionId,
      candidateId: refusal.candidateId,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      itemId: refusal.itemId,
      answeredAt: refusal.answeredAt,
      refusedAt: now.toISOString(),
      heardAt: refusal.heardAt,
    });
  }

  /** How many refusals of this attempt are waiting for the log. */
  unwritten(attemptId: string): number {
    return pendingRefusedCount(this.db, attemptId);
  }

  /**
   * Writes each waiting attempt's entry whose last entry is at least REFUSAL_ENTRY_EVERY_MS old, or all of them
   * when `alone` (at close, in a transaction of its own), and deletes their rows in the same transaction.
   * Through the group commit when there is one.
   */
  flush(now: Date, alone = false): void {
    if (!this.db.open || (this.sweeping && !alone)) return;
    const nowMs = now.getTime();
    for (const [attemptId, at] of this.written) if (nowMs - at >= REFUSAL_ENTRY_EVERY_MS || at > nowMs) this.written.delete(attemptId);
    // The sweep runs every 5 s all exam day, mostly with nothing waiting: it joins the answer saves' group
    // commit only when an entry is due, so an empty sweep neither rides in a batch nor starts one of its own.
    if (!pendingAttemptIds(this.db).some((attemptId) => alone || !this.written.has(attemptId))) return;
    // Read when the write runs, inside its transaction: what it deletes is exactly what it entered.
    let due: PendingRefusals[] = [];
    const write = () => {
      due = pendingRefusals(this.db).filter((p) => alone || !this.written.has(p.attemptId));
      for (const p of due) {
        appendAudit(
          this.db,
          { accountId: p.actorAccountId, role: p.actorRole },
          {
            action: 'cbt.heldAnswerRefused',
            // The candidate's entry, so a count is read through an index (db/queries/held-refusals.ts).
            entity: 'candidate',
            entityId: p.candidateId,
            details: {
              attemptId: p.attemptId,
              sessionId: p.sessionId,
              refused: p.refused,
              firstItemId: p.firstItemId,
              firstAnsweredAt: p.firstAnsweredAt,
              firstRefusedAt: p.firstRefusedAt,
              lastItemId: p.lastItemId,
              lastAnsweredAt: p.lastAnsweredAt,
              lastRefusedAt: p.lastRefusedAt,
              heardAt: p.heardAt,
            },
          },
          now,
        );
        deletePendingRefusals(this.db, p.attemptId);
      }
    };
    // The minute runs from an entry on disk; a failed commit wrote none and left the rows for the next sweep.
    const told = () => {
      this.sweeping = false;
      for (const p of due) {
        this.written.set(p.attemptId, nowMs);
        this.onWritten(p.sessionId, p.candidateId);
      }
    };
    const failed = () => {
      this.sweeping = false;
    };
    this.sweeping = !alone && this.commit !== null;
    writeBeside(this.db, this.commit, alone, write, told, failed);
  }
}
