/**
 * Dates as spreadsheets hold them, to `YYYY-MM-DD` with no time zone anywhere: a date of birth is a
 * calendar day, and reading it through a local-time Date would move it a day east or west of UTC.
 * The text forms are the few LSP files use (day first, never month first; Indonesian and English month
 * names with their local abbreviations such as Agu, Agt, Peb, Nop, which no date library's locale
 * covers), so they are matched here rather than handed to a general date parser.
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

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

// An optional time after a date written by a database export ("1995-08-17 00:00:00") is ignored.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})${TIME}$`);
const MONTH_NAME = /^(\d{1,2})[\s.-]+([a-z]+)\.?[\s.,-]+(\d{4})$/;

/** A date typed as text in one of the forms above, or null. */
export function textToIso(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let match = DAY_FIRST.exec(value);
  if (match) return calendarIso(Number(match[3]), Number(match[2]), Number(match[1]));
  match = YEAR_FIRST.exec(value);
  if (match) return calendarIso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = MONTH_NAME.exec(value);
  if (match) {
    const month = MONTHS[match[2]];
    return month ? calendarIso(Number(match[3]), month, Number(match[1])) : null;
  }
  return null;
}

/** The day if it exists (no 31 June, no 29 February outside leap years). */
function calendarIso(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoOfUtc(ms);
}

function isoOfUtc(ms: number): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(ms) || year < 1000 || year > 9999) return null;
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}
