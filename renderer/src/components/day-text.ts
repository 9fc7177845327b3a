/**
 * Dates and times as staff type them, whatever the browser's locale: a native date input follows the
 * browser's language (an English Chromium shows mm/dd/yyyy, so 05/08 typed day first is stored as 8 May),
 * and only the desktop app can set that language. Day first, as Indonesian forms write it.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month (1-12) of a year from 1000 on (Date.UTC reads years below 100 as 19xx). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `17/08/2026`, `17-8-2026`, `17.08.2026` or `17 08 2026`, or an ISO `2026-08-17` pasted in: the ISO day, or null. */
export function isoOfDayText(text: string): string | null {
  const t = text.trim();
  const dayFirst = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(t);
  const iso = dayFirst ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!dayFirst && !iso) return null;
  const [day, month, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]].map(Number) : [iso![3], iso![2], iso![1]].map(Number);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `8.00`, `08.00` (the Indonesian way) or `08:00`, on a 24-hour clock: `08:00`, or null. */
export function clockOfText(text: string): string | null {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : null;
}

/** `08:00` as it is shown for typing in a language: `08.00` in Indonesian, `08:00` in English. */
export function clockTextOf(clock: string, separator: '.' | ':'): string {
  const m = /^(\d{2}):(\d{2})$/.exec(clock);
  return m ? `${m[1]}${separator}${m[2]}` : clock;
}

/** Whether a form's value is a whole ISO day (what these inputs hand on once a date is complete). */
export const isIsoDay = (value: string): boolean => isoOfDayText(value) === value;
