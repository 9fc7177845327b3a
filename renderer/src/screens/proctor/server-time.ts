/**
 * The proctor's PC may keep bad time; every countdown on the console follows the server's clock.
 * `offsetMs` is what to add to this PC's `Date.now()` to get the server's time (as last reported).
 */
export function offsetFrom(serverNow: string, localNowMs: number): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : server - localNowMs;
}

/** Milliseconds from the server's "now" (estimated from this PC's clock and the offset) until `iso`. */
export function msUntil(iso: string, offsetMs: number, localNowMs: number): number {
  return Date.parse(iso) - (localNowMs + offsetMs);
}

/** `M:SS` under an hour, `H:MM:SS` above; rounded up so 0:00 shows only when the time is really over. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
