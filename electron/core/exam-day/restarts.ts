import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { runningSessions, type RunningSession } from '../db/queries/restarts';

/**
 * Read when the room server's core starts, before anything of this start is written: which exam
 * sessions were still running, and the last activity recorded for each.
 */
export function sessionsLeftRunning(db: Db): RunningSession[] {
  return runningSessions(db);
}

/**
 * The room server stopped and started again while these sessions ran (a crash, a power cut, or simply
 * closed): the berita acara states that it restarted and the last activity recorded before, and
 * nothing about why, which the core cannot know. Written by no one (a system row), in one transaction.
 */
export function recordRestarts(db: Db, running: readonly RunningSession[], now: Date): void {
  if (running.length === 0) return;
  db.transaction(() => {
    for (const s of running) {
      appendAudit(db, null, { action: 'exam.serverRestarted', entity: 'session', entityId: s.sessionId, details: { lastActivityAt: s.lastActivityAt } }, now);
    }
  })();
}
