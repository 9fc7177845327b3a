/**
 * A calendar day written as text, read to ISO `YYYY-MM-DD`: one reading for the date inputs staff type into
 * (renderer/src/components/DayInputs.tsx) and for the date cells a spreadsheet holds as text (the registry
 * importer). Day first, as Indonesian forms write it, never month first: 05/08/2026 is the 5th of August.
 * Month names are Indonesian or English with their local abbreviations (Agu, Agt, Peb, Nop), which no date
 * library's locale covers. No Date in local time anywhere: a date of birth is a calendar day, and local
 * time would move it a day east or west of UTC.
 */

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

/** Between day, month and year: / . - (spaces around them allowed) or a space alone. */
const SEPARATOR = String.raw`(?: ?[/.-] ?| )`;
const DAY_FIRST = String.raw`(\d{1,2})${SEPARATOR}(\d{1,2})${SEPARATOR}(\d{4})`;
const MONTH_NAME = /^(\d{1,2})[ .-]+([a-z]+)\.?[ .,-]+(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * What other programs write into a cell, never what a person types into a day input: a year first in any
 * padding or separator (1995/8/17), and a time after the date (a database export's "1995-08-17 00:00:00"),
 * which is dropped. A date input refuses a time rather than drop what was typed.
 */
const TIME = String.raw`(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?`;
const CELL_DAY_FIRST = new RegExp(`^${DAY_FIRST}${TIME}$`);
const CELL_YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})${TIME}$`);
const TYPED_DAY_FIRST = new RegExp(`^${DAY_FIRST}$`);
/**
 * A long date as Excel and Word write it in an Indonesian (or English) locale, "Kamis, 17 Agustus 1995": a
 * column of such dates pasted as values reaches the importer as this text. Its weekday (Sunday 0) must be
 * the day's own, else which of the two was meant is unclear.
 */
const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0, ahad: 0, sunday: 0,
  senin: 1, monday: 1,
  selasa: 2, tuesday: 2,
  rabu: 3, wednesday: 3,
  kamis: 4, thursday: 4,
  jumat: 5, "jum'at": 5, friday: 5,
  sabtu: 6, saturday: 6,
};
const WEEKDAY_FIRST = /^([a-z']+),? (.+)$/;

/** `17/08/2026`, `17-8-2026`, `17.08.2026`, `17 08 2026`, `17 Agustus 2026`, or an ISO `2026-08-17` pasted in: the ISO day, or null. */
export function isoOfDayText(text: string): string | null {
  return readDay(text, 'typed');
}

/** A date cell holding text: what isoOfDayText reads, and what other programs write (see TIME above). */
export function isoOfCellText(text: string): string | null {
  return readDay(text, 'cell');
}

/**
 * Why a text is not a day, so a date input or the importer can say which: `shape` when it is not written as a
 * day at all, `calendar` when it is, with any separator or a month name (31/02/1995, 31-02-1995, 31.02.1995,
 * 31 Februari 1995, 1/13/2026), but the calendar has no such day, and telling the person to write
 * day/month/year would be wrong. Null when it reads as a day. `from` as for isoOfDayText / isoOfCellText.
 */
export function dayTextProblem(text: string, from: 'typed' | 'cell' = 'typed'): 'shape' | 'calendar' | null {
  const parts = partsOf(text, from);
  if (!parts) return 'shape';
  return calendarIso(...parts) === null ? 'calendar' : null;
}

/**
 * A cell's day written month first, as an English-locale Excel writes it (08/17/1995): the day it means
 * when its second number cannot be a month but its first can, and swapped it is a calendar day. Null
 * otherwise, and for any date that reads day first: 06/05/1995 is the 6th of May, whatever was meant.
 */
export function monthFirstIso(text: string): { iso: string; month: number } | null {
  const match = CELL_DAY_FIRST.exec(text.trim().toLowerCase().replace(/\s+/g, ' '));
  if (!match) return null;
  const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (second <= 12 || first > 12) return null;
  const iso = calendarIso(year, first, second);
  return iso ? { iso, month: second } : null;
}

function readDay(text: string, from: 'typed' | 'cell'): string | null {
  const parts = partsOf(text, from);
  return parts ? calendarIso(...parts) : null;
}

/** Year, month and day as written, whether or not the calendar has that day. */
function partsOf(text: string, from: 'typed' | 'cell'): [year: number, month: number, day: number] | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const weekday = from === 'cell' ? WEEKDAY_FIRST.exec(value) : null;
  const named = weekday ? WEEKDAYS[weekday[1]] : undefined;
  if (weekday && named !== undefined) {
    const parts = datePartsOf(weekday[2], from);
    if (!parts) return null;
    const iso = calendarIso(...parts);
    // A weekday that is not the day's: refused as written, not read as either.
    return iso === null || new Date(`${iso}T00:00:00Z`).getUTCDay() === named ? parts : null;
  }
  return datePartsOf(value, from);
}

function datePartsOf(value: string, from: 'typed' | 'cell'): [year: number, month: number, day: number] | null {
  let match = (from === 'cell' ? CELL_DAY_FIRST : TYPED_DAY_FIRST).exec(value);
  if (match) return [Number(match[3]), Number(match[2]), Number(match[1])];
  match = (from === 'cell' ? CELL_YEAR_FIRST : ISO).exec(value);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  match = MONTH_NAME.exec(value);
  const month = match ? MONTHS[match[2]] : undefined;
  return match && month ? [Number(match[3]), month, Number(match[1])] : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day if the calendar has it (no 31 June, no 29 February outside leap years), from the year 1000 on. */
function calendarIso(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  // Date.UTC reads years below 100 as 19xx; from 1000 on it is the plain calendar.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
