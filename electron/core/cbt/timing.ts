import type { CbtClock } from '../../shared/cbt';
import type { AttemptRow } from '../db/queries/attempts';

/**
 * Saves that reach the core this long after the deadline are still taken: they were sent while the
 * countdown still showed time, and a busy LAN must not cost a candidate their last answer.
 */
export const LATE_SAVE_GRACE_MS = 15_000;

type Timed = Pick<AttemptRow, 'startedAt' | 'durationSeconds' | 'extensionSeconds' | 'pausedAt' | 'pausedSeconds'>;

/** start + duration + extensions + time spent paused (credited back); nothing else moves it. */
export function deadlineOf(a: Timed, now: Date): Date {
  const pausedNow = a.pausedAt ? Math.max(0, now.getTime() - Date.parse(a.pausedAt)) : 0;
  const seconds = a.durationSeconds + a.extensionSeconds + a.pausedSeconds;
  return new Date(Date.parse(a.startedAt) + seconds * 1000 + pausedNow);
}

export function clockOf(a: Timed, now: Date): CbtClock {
  const deadline = deadlineOf(a, now);
  return {
    serverNow: now.toISOString(),
    deadline: deadline.toISOString(),
    remainingMs: Math.max(0, deadline.getTime() - now.getTime()),
    paused: a.pausedAt !== null,
  };
}

/** True once even the late-save grace has passed: the attempt is due to be submitted as timed out. */
export function isOverdue(a: Timed, now: Date): boolean {
  return a.pausedAt === null && now.getTime() >= deadlineOf(a, now).getTime() + LATE_SAVE_GRACE_MS;
}

export function isPastDeadline(a: Timed, now: Date): boolean {
  return a.pausedAt === null && now.getTime() >= deadlineOf(a, now).getTime();
}
