import { dayFirst } from '../../shared/day-first';
import { dayTextProblem, isoOfCellText, monthFirstIso } from '../../shared/day-text';
import type { SheetProblemCode } from '../../shared/errors';
import type { Cell } from './cells';
import { serialToIso } from './dates';
import { normalizeKey } from './header';
import type { ColumnSpec, SheetValue } from './spec';
import { longerThan } from '../code-points';
import { storedPhone } from '../../shared/phone';

export type Parsed = { value: SheetValue } | { value: null; code: SheetProblemCode; params?: Record<string, string | number> };

/** A text cell's longest value unless the column says otherwise. */
export const DEFAULT_MAX_TEXT = 500;
const MAX_EMAIL = 254;

const problem = (code: SheetProblemCode, params?: Record<string, string | number>): Parsed => ({ value: null, code, params });

const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/**
 * Text as stored: zero-width characters dropped, every run of white space (non-breaking spaces, tabs,
 * line breaks from a pasted cell) one space, trimmed, composed (NFC).
 */
export function cleanText(text: string): string {
  // Most cells are already clean: printable ASCII, single spaces between words, nothing to trim.
  if (CLEAN_ASCII.test(text)) return text;
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
    .trim()
    .normalize('NFC');
}

const choiceMaps = new WeakMap<object, ReadonlyMap<string, string>>();

/** A column's choices by their normalised spellings, made once per spec (not once a cell); the first stored value to claim a spelling keeps it. */
function choicesOf(choices: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  let map = choiceMaps.get(choices);
  if (!map) {
    const byKey = new Map<string, string>();
    for (const [stored, aliases] of Object.entries(choices)) {
      for (const alias of [stored, ...aliases]) if (!byKey.has(normalizeKey(alias))) byKey.set(normalizeKey(alias), stored);
    }
    map = byKey;
    choiceMaps.set(choices, map);
  }
  return map;
}

/** One cell read as its column's kind of value: the value, or the problem that refuses the row. */
export function parseCell(cell: Cell, column: ColumnSpec, date1904: boolean): Parsed {
  if (cell.t === 'error') return problem('SHEET_CELL_ERROR', { value: cell.text });
  if (cell.t === 'noValue') return problem('SHEET_FORMULA_NO_VALUE');
  const text = cell.t === 'text' ? cleanText(cell.text) : '';
  if (cell.t === 'empty' || (cell.t === 'text' && text === '')) return column.required ? problem('SHEET_REQUIRED') : { value: null };
  // Every kind but text has its own shorter bound; this one keeps a pasted essay out of its messages.
  if (column.kind !== 'text' && text.length > DEFAULT_MAX_TEXT) return problem('SHEET_TOO_LONG', { max: DEFAULT_MAX_TEXT });
  switch (column.kind) {
    case 'text': {
      const value = cell.t === 'text' ? text : cell.t === 'number' ? String(cell.value) : cell.t === 'date' ? (cell.iso ?? '') : cell.value ? 'TRUE' : 'FALSE';
      const max = column.maxLength ?? DEFAULT_MAX_TEXT;
      return longerThan(value, max) ? problem('SHEET_TOO_LONG', { max }) : { value };
    }
    case 'integer': {
      const value = cell.t === 'number' ? cell.value : cell.t === 'text' && /^[+-]?\d{1,15}$/.test(text) ? Number(text) : NaN;
      return Number.isSafeInteger(value) ? { value } : problem('SHEET_NOT_INTEGER');
    }
    case 'enum': {
      const given = normalizeKey(cell.t === 'text' ? text : cell.t === 'number' ? String(cell.value) : '');
      const stored = given ? choicesOf(column.choices).get(given) : undefined;
      if (stored !== undefined) return { value: stored };
      return problem('SHEET_BAD_CHOICE', { choices: Object.entries(column.choices).map(([value, aliases]) => aliases[0] ?? value).join(', ') });
    }
    case 'email': {
      const value = text.replace(/^mailto:/i, '');
      return cell.t === 'text' && value.length <= MAX_EMAIL && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value) ? { value } : problem('SHEET_BAD_EMAIL');
    }
    case 'phone': {
      // A phone number stored as a number has lost its leading 0; it is not guessed back.
      if (cell.t === 'number' || isNumberAsExcelWroteIt(text)) return problem('SHEET_NUMBER_NOT_TEXT');
      // The registry form's rule too (shared/phone.ts): the same text is stored the same, or refused by both.
      const value = cell.t === 'text' ? storedPhone(text) : null;
      return value !== null ? { value } : problem('SHEET_BAD_PHONE');
    }
    case 'date': {
      const value = cell.t === 'date' ? cell.iso : cell.t === 'number' ? serialToIso(cell.value, date1904) : cell.t === 'text' ? isoOfCellText(text) : null;
      if (value) return { value };
      // 08/17/1995 from an English-locale Excel: said as such, with the day meant, so the rest of the file is checked too.
      const swapped = cell.t === 'text' ? monthFirstIso(text) : null;
      if (swapped) return problem('SHEET_MONTH_FIRST', { month: swapped.month, day: dayFirst(swapped.iso) });
      // 31-02-1993 is written as a day already: format advice would send the person after the wrong fault.
      return problem(cell.t === 'text' && dayTextProblem(text, 'cell') === 'calendar' ? 'SHEET_NO_SUCH_DAY' : 'SHEET_BAD_DATE');
    }
    case 'digits': {
      // Excel keeps 15 significant digits of a number: a 16-digit NIK stored as one is already wrong
      // (3273011708950001 reads 3273011708950000), so it is refused, never repaired.
      if (cell.t === 'number' || isNumberAsExcelWroteIt(text)) return problem('SHEET_NUMBER_NOT_TEXT');
      const value = text.replace(/\s/g, '');
      if (cell.t !== 'text' || !/^\d+$/.test(value)) return problem('SHEET_NOT_DIGITS');
      if (column.length !== undefined && value.length !== column.length) return problem('SHEET_DIGITS_LENGTH', { length: column.length });
      return { value };
    }
  }
}

/**
 * A number as Excel writes a General cell into a .csv ("3,27301E+15", "3.27301E+15"): the NIK or phone was
 * a number in the workbook and lost its digits there, as in an .xlsx stored as one. Said as that, where it
 * read as "only digits allowed" and sent the person to look for a stray letter.
 */
function isNumberAsExcelWroteIt(text: string): boolean {
  return /^[+-]?\d+(?:[.,]\d+)?E\+?\d+$/i.test(text.trim());
}
