import type { ClockBehind } from '../shared/types';
import type { Db } from './db/open';
import { latestSeen } from './db/queries/clock-marks';

/**
 * A clock more than this behind what the installation has already seen is wrong, not merely a few
 * minutes apart from the LSP's computer.
 */
export const CLOCK_BEHIND_TOLERANCE_MS = 60 * 60_000;

/**
 * A TUK's proctor computer whose clock is wrong (a flat CMOS battery, no network to set it) lists no
 * session for today, and stamps the day's records with the wrong date. Nothing here knows the true time,
 * but it knows a moment already past: its newest audit entries and the newest bundle it imported. A
 * clock well before that is certainly wrong (one set ahead cannot be told).
 */
export function clockBehind(db: Db, now: Date): ClockBehind | null {
  const seen = latestSeen(db);
  const marks = [seen.audit, seen.bundle].filter((at): at is string => at !== null);
  if (!marks.length) return null;
  const latest = marks.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  if (Date.parse(latest) - now.getTime() <= CLOCK_BEHIND_TOLERANCE_MS) return null;
  return { now: now.toISOString(), latestSeen: latest, from: latest === seen.bundle ? 'bundle' : 'audit' };
}
