/**
 * A session's times as absolute minutes on the TUK's own clock: days since 1970-01-01 of its local date
 * × 1440 + its start time. The same formula as the generated columns session.starts_min / ends_min
 * (migration 012), so the rules compare integers and a session past midnight needs no special case.
 */
const MINUTE_MS = 60_000;

export function minutesOf(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d) / MINUTE_MS + hh * 60 + mm;
}

/** The date and HH:MM of an absolute minute. */
export function clockOf(minutes: number): { date: string; time: string } {
  const iso = new Date(minutes * MINUTE_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The core's clock read as the local wall clock (the venue's), in the same minutes. */
export function nowMinutes(now: Date): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes()) / MINUTE_MS;
}
