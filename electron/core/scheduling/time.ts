import { zoneOffsetMinutes, type TukZone } from '../../shared/time-zones';

/**
 * A session's times as absolute minutes on the TUK's own clock: days since 1970-01-01 of its local date
 * × 1440 + its start time. The same formula as the generated columns session.starts_min / ends_min
 * (migration 012), so a session past midnight needs no special case. They are one TUK's clock: sessions at
 * TUKs in different zones are compared as instants (instantMinutesOf, and the rules' queries' STARTS_AT).
 */
const MINUTE_MS = 60_000;

export function minutesOf(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d) / MINUTE_MS + hh * 60 + mm;
}

/**
 * A TUK's wall-clock date and time as an instant: minutes since 1970-01-01 00:00 UTC. Two sessions at TUKs in
 * different zones are compared by these: 10:30 WITA is 09:30 WIB, so it overlaps a WIB session 08:00–10:00,
 * which their wall-clock minutes (minutesOf) put an hour apart. A TUK without a zone is on WIB, as its
 * registry record reads (registry/tuks.ts).
 */
export function instantMinutesOf(date: string, time: string, zone: TukZone | null): number {
  return minutesOf(date, time) - zoneOffsetMinutes(zone ?? 'WIB');
}

/** The date and HH:MM of an absolute minute. */
export function clockOf(minutes: number): { date: string; time: string } {
  const iso = new Date(minutes * MINUTE_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * The core's clock as an instant, in instantMinutesOf's minutes: what a session's start or end is compared with.
 * Never the computer's wall clock: an office in WIB planning at a WITA TUK reads an hour behind the TUK's.
 */
export function nowInstantMinutes(now: Date): number {
  return Math.floor(now.getTime() / MINUTE_MS);
}
