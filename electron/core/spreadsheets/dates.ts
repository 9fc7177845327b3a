/**
 * Dates as spreadsheets hold them as numbers, to `YYYY-MM-DD` with no time zone anywhere: a date of birth
 * is a calendar day, and reading it through a local-time Date would move it a day east or west of UTC.
 * A date typed into a cell as text is read by isoOfCellText (electron/shared/day-text.ts), the date
 * inputs' own reading.
 */

const DAY_MS = 86_400_000;
/** Excel's day 0 in its 1900 date system, for serials from 61 (1900-03-01) on. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Days between the 1904 date system's day 0 and the 1900 system's. */
const DAYS_1904 = 1462;

/**
 * An Excel serial number to its calendar day. Excel counts 1900 as a leap year (Lotus 1-2-3's bug):
 * serial 60 is the 29th of February 1900, which never was, and serials 1–59 sit one day after where
 * the plain count puts them. The fraction is the time of day and is dropped.
 */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial) + (date1904 ? DAYS_1904 : 0);
  if (days < 1 || days === 60) return null;
  const ms = EPOCH_1900 + (days < 60 ? days + 1 : days) * DAY_MS;
  return isoOfUtc(ms);
}

/**
 * exceljs turns a date-formatted cell into a Date at UTC midnight of the serial's plain count (so the
 * same 1900 bug applies before March 1900); back to the serial, then the rule above. Never read
 * through local time.
 */
export function excelDateToIso(date: Date): string | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return serialToIso((ms - EPOCH_1900) / DAY_MS);
}

function isoOfUtc(ms: number): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(ms) || year < 1000 || year > 9999) return null;
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}
