/**
 * Smallest rise in the time left that counts as the proctor's extension. The countdown only falls by
 * itself; a fresher reading may lift it by a few seconds (network delay, clock offset), never by half a
 * minute, and the proctor extends by whole minutes.
 */
export const EXTENSION_MIN_MS = 30_000;

/** Whole minutes added when the time left rose between two readings, or null when it did not. */
export function minutesAdded(before: number, after: number): number | null {
  const rise = after - before;
  if (rise < EXTENSION_MIN_MS) return null;
  return Math.max(1, Math.round(rise / 60_000));
}
