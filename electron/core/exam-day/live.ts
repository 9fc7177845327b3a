import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { boardRows } from '../db/queries/board';
import { HeardLog } from './heard-log';
import { HeldAnswerRefusals } from './held-answer-refusals';
import type { EventBus } from '../events';
import { toBoardRow } from './board';
import { Presence } from './presence';

/** Changes reach the proctor's board within this; many changes in one window travel as one push. */
export const BOARD_PUSH_MS = 500;
const SWEEP_MS = 5_000;

/**
 * The live side of the exam day: presence, and batched board pushes to proctors. A busy room with
 * hundreds of candidates produces a few pushes per second, never one per answer.
 */
export class ExamDayLive {
  readonly presence = new Presence();
  /** When each seat was last heard from while its test still took answers (kept in attempt.last_activity_at). */
  readonly heardLog: HeardLog;
  /** Late answers refused as held back while online, waiting on disk and written to the audit log a minute apart at most. */
  readonly heldRefusals: HeldAnswerRefusals;
  private readonly dirty = new Map<string, Set<string>>();
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly sweepTimer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly events: EventBus,
    /** Where a close that could not write what it holds says so (the core's stderr, as the audit anchor's failures). */
    private readonly log: (message: string, error: unknown) => void = (message, error) => console.error(`[ruang-uji] ${message}`, error),
  ) {
    this.heardLog = new HeardLog(db);
    this.heldRefusals = new HeldAnswerRefusals(db, (sessionId, candidateId) => this.changed(sessionId, candidateId));
    this.sweepTimer = setInterval(() => {
      for (const seat of this.presence.expire(this.clock.now().getTime())) this.changed(seat.sessionId, seat.candidateId);
      this.heardLog.flush();
      this.heldRefusals.flush(this.clock.now());
    }, SWEEP_MS);
    this.sweepTimer.unref();
  }

  /** A candidate's call: they are online, and their row may have changed. */
  heard(accountId: string, sessionId: string, candidateId: string): void {
    const now = this.clock.now();
    const left = this.presence.touch(accountId, { sessionId, candidateId }, now.getTime());
    if (left) this.changed(left.sessionId, left.candidateId);
    this.heardLog.note({ sessionId, candidateId }, now);
    this.changed(sessionId, candidateId);
  }

  changed(sessionId: string, candidateId: string): void {
    let set = this.dirty.get(sessionId);
    if (!set) {
      set = new Set();
      this.dirty.set(sessionId, set);
    }
    set.add(candidateId);
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => this.flush(), BOARD_PUSH_MS);
      this.flushTimer.unref();
    }
  }

  /** Sends what changed since the last push; exposed so tests need not wait for the timer. */
  flush(): void {
    this.flushTimer = null;
    if (this.events.size === 0) {
      this.dirty.clear();
      return;
    }
    const now = this.clock.now();
    for (const [sessionId, candidates] of this.dirty) {
      const rows = boardRows(this.db, sessionId, now.toISOString(), [...candidates]).map((r) => toBoardRow(sessionId, r, this.presence, now));
      if (rows.length) this.events.emit('exam/boardChanged', { sessionId, serverNow: now.toISOString(), rows });
    }
    this.dirty.clear();
  }

  /**
   * The last writes, each on its own: one that fails (a full or failing disk) neither keeps the other from being
   * written nor stops the core's close (the audit anchor's close head, the database closed). Neither is half
   * written: its transaction rolled back. Calls heard that could not be written are lost with this process; the
   * refused late answers stay on disk, and the next start's first sweep writes them.
   */
  close(): void {
    clearInterval(this.sweepTimer);
    try {
      this.heardLog.flush(true);
    } catch (err) {
      this.log('the last calls heard from candidates were not written at close', err);
    }
    try {
      this.heldRefusals.flush(this.clock.now(), true);
    } catch (err) {
      this.log('refused late answers not written at close: they wait on disk for the next start', err);
    }
    // Last: the written refusals' board push above set it.
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }
}
