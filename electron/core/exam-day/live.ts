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
  /** Late answers refused as held back while online, noted and written to the audit log a minute apart at most. */
  readonly heldRefusals: HeldAnswerRefusals;
  private readonly dirty = new Map<string, Set<string>>();
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly sweepTimer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly events: EventBus,
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

  close(): void {
    clearInterval(this.sweepTimer);
    this.heardLog.flush(true);
    this.heldRefusals.flush(this.clock.now(), true);
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }
}
