import type { Db } from '../open';
import { sql } from '../statements';

// Every pause of an attempt (migration 009): the one under way has no `resumed_at` yet.

export function openPause(db: Db, attemptId: string, at: string): void {
  sql<[string, string]>(db, 'INSERT OR IGNORE INTO attempt_pause (attempt_id, paused_at) VALUES (?, ?)').run(attemptId, at);
}

/** Ends the pause under way: at a resume, or when the attempt is submitted while paused. */
export function closePause(db: Db, attemptId: string, at: string): void {
  sql<[string, string]>(db, 'UPDATE attempt_pause SET resumed_at = ? WHERE attempt_id = ? AND resumed_at IS NULL').run(at, attemptId);
}

/** Whether `at` falls inside one of the attempt's pauses (from its start, up to but not including its resume). */
export function pausedAt(db: Db, attemptId: string, at: string): boolean {
  return (
    sql<[string, string, string], { one: number }>(
      db,
      `SELECT 1 AS one FROM attempt_pause
       WHERE attempt_id = ? AND paused_at <= ? AND (resumed_at IS NULL OR resumed_at > ?) LIMIT 1`,
    ).get(attemptId, at, at) !== undefined
  );
}

