/** The core's only source of time, so tests can move it and every deadline is computed in one place. */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD in the machine's local time zone: a session "today" is the venue's today, not UTC's. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The time of day in the machine's local time zone, each part zero-padded (milliseconds to 3 digits). */
export function localTimeParts(d: Date): { hours: string; minutes: string; seconds: string; ms: string } {
  return { hours: pad(d.getHours()), minutes: pad(d.getMinutes()), seconds: pad(d.getSeconds()), ms: String(d.getMilliseconds()).padStart(3, '0') };
}

/** The machine's offset from UTC at that moment, `+07:00` in WIB (`+0700` with no separator). */
export function utcOffset(d: Date, separator: ':' | '' = ':'): string {
  const minutes = -d.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return localDate(new Date(y, m - 1, d + days));
}
