/**
 * Dates and times as staff type them, whatever the browser's locale: a native date input follows the
 * browser's language (an English Chromium shows mm/dd/yyyy, so 05/08 typed day first is stored as 8 May),
 * and only the desktop app can set that language. Day first, as Indonesian forms write it: the day itself
 * is read by isoOfDayText (electron/shared/day-text.ts), which the spreadsheet importer shares.
 */
import { isoOfDayText } from '../../../electron/shared/day-text';

const pad = (n: number) => String(n).padStart(2, '0');

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
