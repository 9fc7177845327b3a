import { dayFirst } from '../../shared/day-first';
import { AppError } from '../../shared/errors';
import { excelDateToIso } from './dates';

/** One cell as the reader sees it, whatever file it came from; `csv` cells are all text. */
export type Cell =
  | { t: 'empty' }
  | { t: 'text'; text: string }
  | { t: 'number'; value: number }
  /** A date-formatted cell, already a calendar day (null: a serial no calendar has). */
  | { t: 'date'; iso: string | null }
  | { t: 'bool'; value: boolean }
  /** An error value such as #N/A typed or pasted as a value. */
  | { t: 'error'; text: string }
  /** A formula saved without its result (written by a program that does not calculate), or with an error as its result. */
  | { t: 'noValue'; formula: string };

export type SourceRow = { number: number; cells: Cell[] };

const EMPTY: Cell = { t: 'empty' };

/**
 * An exceljs cell value to a Cell: rich text and hyperlinks become their plain text (pasted formatting
 * is dropped), a formula its saved result.
 */
export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { t: 'text', text: value };
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'number', value } : { t: 'error', text: String(value) };
  if (typeof value === 'boolean') return { t: 'bool', value };
  if (value instanceof Date) return { t: 'date', iso: excelDateToIso(value) };
  if (typeof value !== 'object') return EMPTY;
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? String(value.formula) : String(Reflect.get(value, 'sharedFormula'));
    const result: unknown = 'result' in value ? value.result : undefined;
    // exceljs drops a saved error result (#N/A, #REF!) as it drops a missing one: both are no value.
    if (result === undefined) return { t: 'noValue', formula };
    return cellOf(result);
  }
  if ('error' in value) return { t: 'error', text: String(value.error) };
  if ('richText' in value && Array.isArray(value.richText)) return cellOf(value.richText.map((run: unknown) => textOfRun(run)).join(''));
  if ('text' in value) return cellOf(value.text);
  // A shared-string index left unresolved (the workbook lacks its shared strings part) or a value of a
  // shape exceljs never makes: reading it as empty would lose data without a word.
  throw new AppError('SHEET_DAMAGED');
}

function textOfRun(run: unknown): string {
  return typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string' ? run.text : '';
}

/** The cell as text, for previews and the refused-rows file. */
export function rawText(cell: Cell): string {
  switch (cell.t) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      // As an Indonesian sheet shows a date (and as the importer reads text dates back): the preview and the
      // refused-rows file showed an ISO date beside the list's own text dates.
      return cell.iso === null ? '' : dayFirst(cell.iso);
    case 'bool':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.text;
    case 'noValue':
      return `=${cell.formula}`;
  }
}
