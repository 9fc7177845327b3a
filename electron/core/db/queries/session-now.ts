/**
 * A session against the clock, in SQL. session.starts_min / ends_min are minutes on its TUK's wall clock
 * (migration 012); `now` is an instant (scheduling/time.ts nowInstantMinutes, minutes since 1970-01-01 UTC).
 * Each row compares its minutes with now read on its own TUK's clock (now plus that TUK's offset), so the
 * comparison holds whatever zone the computer is in, and the columns stay bare for their indexes.
 */
import { TUK_ZONES, zoneOffsetMinutes } from '../../../shared/time-zones';

const OFFSETS = TUK_ZONES.map(zoneOffsetMinutes);

/** How far the TUK's (`tukId`, an SQL expression) clock is ahead of UTC in minutes: WIB for a TUK without a zone, as the registry reads it. */
export const tukOffsetSql = (tukId: string): string =>
  `CASE (SELECT zn.time_zone FROM tuk zn WHERE zn.id = ${tukId}) ${TUK_ZONES.map((z) => `WHEN '${z}' THEN ${zoneOffsetMinutes(z)}`).join(' ')} ELSE ${zoneOffsetMinutes('WIB')} END`;

/** `now` (a parameter, e.g. '@now') on the clock of session `s`'s TUK, in starts_min's minutes. */
export const nowOnTukClock = (now: string, s = 's'): string => `(${now} + ${tukOffsetSql(`${s}.tuk_id`)})`;

/**
 * A session `s` not begun by `now`. The first term is a bound the start index reads as a range (no TUK's clock
 * is behind WIB's); the second is exact, per row.
 */
export const notBegunSql = (now: string, s = 's'): string => `${s}.starts_min > ${now} + ${Math.min(...OFFSETS)} AND ${s}.starts_min > ${nowOnTukClock(now, s)}`;

/** The earliest start minute, on any TUK's clock, of a session not begun by `now` (an instant): the index range's bound. */
export const notBegunFloor = (now: number): number => now + Math.min(...OFFSETS) + 1;

/** A session `s` starting before `until` (an instant parameter): a range bound on the clock furthest ahead, then exact per row. */
export const startsBeforeSql = (until: string, s = 's'): string => `${s}.starts_min < ${until} + ${Math.max(...OFFSETS)} AND ${s}.starts_min < ${nowOnTukClock(until, s)}`;
