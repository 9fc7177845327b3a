import type { CbtClock } from '../../../electron/shared/cbt';

/**
 * The countdown follows the server's clock, not the lab PC's: a PC whose clock is minutes off must
 * still end the test at the deadline the core computed. `offsetMs` is what to add to this PC's
 * `Date.now()` to get the server's time; the network delay makes it err late, never early.
 */
export type ServerClock = {
  offsetMs: number;
  deadlineMs: number;
  paused: boolean;
  /** What the core said was left; a paused clock shows this and does not move. */
  remainingAtReceipt: number;
};

export function syncClock(clock: CbtClock, receivedAtLocalMs: number): ServerClock {
  return {
    offsetMs: Date.parse(clock.serverNow) - receivedAtLocalMs,
    deadlineMs: Date.parse(clock.deadline),
    paused: clock.paused,
    remainingAtReceipt: clock.remainingMs,
  };
}

export function remainingMs(clock: ServerClock, localNowMs: number): number {
  if (clock.paused) return clock.remainingAtReceipt;
  return Math.max(0, clock.deadlineMs - (localNowMs + clock.offsetMs));
}

export const WARNING_MINUTES = [10, 5] as const;
export type WarningLevel = (typeof WARNING_MINUTES)[number];

/** The smallest threshold already reached: 10 from ten minutes left, 5 from five; null before or at zero. */
export function warningLevel(remaining: number): WarningLevel | null {
  if (remaining <= 0) return null;
  let level: WarningLevel | null = null;
  for (const minutes of WARNING_MINUTES) if (remaining <= minutes * 60_000) level = minutes;
  return level;
}

/** `H:MM:SS`, rounded up so the display reads 0:00:00 only when the time is really over. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
