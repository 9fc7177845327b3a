import { AppError } from '../../shared/errors';
import { dayFirst } from '../../shared/day-first';
import { rawText, type Cell } from './cells';
import { csvSource } from './csv-source';
import { identifyFile } from './guard';
import { columnLetter, matchHeader, normalizeKey, type HeaderMatch, type Placed } from './header';
import { splitPlaceDate } from './place-date';
import { DEFAULT_LIMITS, type SheetLimits, type SheetHeader, type SheetProblem, type SheetRow, type SheetSpec, type SheetValue } from './spec';
import { parseCell } from './values';
import { xlsxWorkbook } from './xlsx-source';

/**
 * The data rows of an `.xlsx` or `.csv` file, read as `spec` says, one at a time (streamed: memory stays
 * flat however long the sheet). The file is checked first (guard.ts); the header row is the first of
 * the top `headerSearchRows` that names every required column, on the first sheet that has one among the first
 * `maxSheets` (or the sheet the spec names), so title rows, merged cells and blank
 * rows above it do not matter, nor do extra or reordered columns. Rows with every spec cell empty are
 * skipped. Refusals of the whole file are thrown as AppError (SHEET_*); a cell's problem rides on its
 * row, so one bad row never stops the others. The file is opened twice (checked, then read): pass one
 * nobody else writes meanwhile, such as the app's own copy of an upload.
 */
export async function* readRows<K extends string>(
  file: string,
  spec: SheetSpec<K>,
  limits: Partial<SheetLimits> = {},
  onHeader?: (header: SheetHeader<K>) => void,
  onSummary?: (rows: readonly number[]) => void,
): AsyncGenerator<SheetRow<K>> {
  const caps: SheetLimits = { ...DEFAULT_LIMITS, ...limits };
  const kind = await identifyFile(file, caps);
  const score = (cells: Cell[]): number => headerScore(matchHeader(cells, spec.columns));
  // One workbook for every sheet looked in: its shared strings and styles are parsed once (xlsx-source.ts).
  const open = kind.kind === 'csv' ? () => csvSource(file, kind.encoding, score, caps.headerSearchRows) : xlsxWorkbook(file, spec.sheetName);
  let sheet = 0;
  let source = open(sheet);
  let header: Map<K, Placed<K>> | null = null;
  let split: Split<K> | null = null;
  let closest: HeaderMatch<K> | null = null;
  let sawText = false;
  let dataRows = 0;
  let capped = false;
  // Rows that look like a total or note, held until a data row follows them (then they are read as rows).
  let held: SheetRow<K>[] = [];
  for (;;) {
    for await (const { number, cells } of source.rows) {
      if (header === null) {
        if (number > caps.headerSearchRows) break;
        sawText ||= cells.some((c) => c.t !== 'empty');
        const match = matchHeader(cells, spec.columns);
        if (match.missing.length === 0 && match.placed.length > 0) {
          header = new Map(match.placed.map((p) => [p.column.key, p]));
          split = placeDateColumn(cells, header, spec);
          onHeader?.({ ...headerOf(number, cells, match.placed, spec, split), sheet: source.sheetName() });
        } else if (closest === null || headerScore(match) > headerScore(closest)) closest = match;
        continue;
      }
      const row = readRow(number, cells, header, split, spec, source.date1904());
      if (row === null) continue;
      if (++dataRows > caps.maxRows) throw new AppError('SHEET_TOO_MANY_ROWS', { cap: caps.maxRows });
      if (spec.summaryRows && isSummaryRow(row, spec)) {
        held.push(row);
        continue;
      }
      yield* held;
      held = [];
      yield row;
    }
    // A list kept on a later sheet (a summary or a note sheet first, as workbooks passed around an office
    // have): its header is looked for there too. Nothing was read yet, so nothing is read twice. The shared
    // strings and styles are parsed once for all of them, but each sheet looked in still opens the file and
    // reads its rows up to headerSearchRows, so the sheets looked in are capped.
    if (header !== null || !source.moreSheets()) break;
    if (sheet + 1 >= caps.maxSheets) {
      capped = true;
      break;
    }
    source = open(++sheet);
  }
  if (held.length > 0) onSummary?.(held.map((r) => r.row));
  if (header === null) {
    const missing = (closest?.missing.length ? closest.missing : spec.columns.filter((c) => c.required)).map((c) => c.headers[0]);
    // The sheets not looked in may hold the list: said so, with the cap, rather than "no header" or "empty".
    if (capped) throw new AppError('SHEET_NO_HEADER_SHEETS', { cap: caps.maxSheets, missing: missing.join(', ') });
    if (!sawText) throw new AppError('SHEET_EMPTY');
    throw new AppError('SHEET_NO_HEADER', { missing: missing.join(', ') });
  }
  if (dataRows === 0) throw new AppError('SHEET_EMPTY');
}

const SUMMARY_WORD = /^(?:jumlah|total|sub ?total|grand total|keterangan|ket\.|catatan|note|notes)(?![a-z])/i;

/**
 * A total or note line as lists end with ("Jumlah: 20 orang", "Total", "Catatan: …"), or a stray short
 * line without any required field: at most two of the spec's cells filled, a required one empty, and a
 * filled cell starting with such a word or no required cell filled. Narrow on purpose, so that a
 * person's row missing a field is still refused rather than skipped; and only below the last data row
 * (readRows holds it until a data row follows), so a line like it between people is refused as it was.
 */
export function isSummaryRow<K extends string>(row: SheetRow<K>, spec: SheetSpec<K>): boolean {
  // Counted before anything is gathered: asked of every row, and a person's row has more than two cells.
  let count = 0;
  for (const c of spec.columns) if (row.raw[c.key].trim() !== '' && ++count > 2) return false;
  if (count === 0) return false;
  const filled = spec.columns.filter((c) => row.raw[c.key].trim() !== '');
  const required = spec.columns.filter((c) => c.required);
  if (required.every((c) => row.raw[c.key].trim() !== '')) return false;
  return filled.some((c) => SUMMARY_WORD.test(row.raw[c.key].trim())) || required.every((c) => row.raw[c.key].trim() === '');
}

/** More columns found, fewer required ones missing: the row most like the header, for the message. */
function headerScore(match: HeaderMatch<string>): number {
  return match.placed.length * 2 - match.missing.length;
}

/** The "Tempat, Tanggal Lahir" column, read as the place and date columns the file does not have. */
type Split<K extends string> = { index: number; header: string; place: K; date: K };

function placeDateColumn<K extends string>(cells: readonly Cell[], placed: ReadonlyMap<K, Placed<K>>, spec: SheetSpec<K>): Split<K> | null {
  const pd = spec.placeDate;
  if (!pd || placed.has(pd.place) || placed.has(pd.date)) return null;
  const taken = new Set([...placed.values()].map((p) => p.index));
  const names = new Set(pd.headers.map(normalizeKey));
  const index = cells.findIndex((cell, i) => !taken.has(i) && cell.t === 'text' && names.has(normalizeKey(cell.text)));
  if (index < 0) return null;
  return { index, header: rawText(cells[index]).trim().replace(/\s+/g, ' '), place: pd.place, date: pd.date };
}

/** A column's cell in a row: its own, or its part of the place-and-date cell, or empty. */
function cellFor<K extends string>(key: K, cells: readonly Cell[], placed: ReadonlyMap<K, Placed<K>>, split: Split<K> | null): Cell {
  const at = placed.get(key);
  if (at) return cells[at.index] ?? { t: 'empty' };
  if (split && (key === split.place || key === split.date)) {
    const parts = splitPlaceDate(cells[split.index] ?? { t: 'empty' });
    return key === split.place ? parts.place : parts.date;
  }
  return { t: 'empty' };
}

function readRow<K extends string>(
  number: number,
  cells: Cell[],
  placed: ReadonlyMap<K, Placed<K>>,
  split: Split<K> | null,
  spec: SheetSpec<K>,
  date1904: boolean,
): SheetRow<K> | null {
  const values = {} as Record<K, SheetValue>;
  const raw = {} as Record<K, string>;
  const problems: SheetProblem<K>[] = [];
  let empty = true;
  for (const column of spec.columns) {
    const at = placed.get(column.key);
    const cell = cellFor(column.key, cells, placed, split);
    raw[column.key] = rawText(cell);
    if (raw[column.key].trim() !== '') empty = false;
    const parsed = parseCell(cell, column, date1904);
    values[column.key] = parsed.value;
    // A date column's serial number (26000) is shown as the day it reads as, as a date cell is: as a bare
    // number the preview showed "26000", and the refused-rows file wrote it back as text, which the
    // importer refuses as no date (and in a 1904 workbook it would name another day in any case).
    if (column.kind === 'date' && cell.t === 'number' && typeof parsed.value === 'string') raw[column.key] = dayFirst(parsed.value);
    if ('code' in parsed) {
      const fromSplit = !at && split !== null && (column.key === split.place || column.key === split.date);
      const name = at ? at.header || columnLetter(at.index) : fromSplit && split ? split.header : column.headers[0];
      problems.push({ column: name, key: column.key, code: parsed.code, params: parsed.params ?? {} });
    }
  }
  return empty ? null : { row: number, values, raw, problems };
}

function headerOf<K extends string>(row: number, cells: readonly Cell[], placed: Placed<K>[], spec: SheetSpec<K>, split: Split<K> | null): SheetHeader<K> {
  const columns = placed.map((p) => ({ key: p.column.key, header: p.header, letter: columnLetter(p.index) }));
  // The place and date read from one cell, each named as the template heads it, on that cell's letter.
  for (const key of split ? [split.place, split.date] : []) {
    columns.push({ key, header: spec.columns.find((c) => c.key === key)?.headers[0] ?? key, letter: columnLetter(split?.index ?? 0) });
  }
  const order = (key: K) => spec.columns.findIndex((c) => c.key === key);
  columns.sort((a, b) => order(a.key) - order(b.key));
  const found = new Set(columns.map((c) => c.key));
  const read = new Set([...placed.map((p) => p.index), ...(split ? [split.index] : [])]);
  const ignored = cells.flatMap((cell, index) => {
    const header = rawText(cell).trim().replace(/\s+/g, ' ');
    return header === '' || read.has(index) ? [] : [{ header, letter: columnLetter(index) }];
  });
  return {
    row,
    columns,
    absent: spec.columns.filter((c) => !found.has(c.key)).map((c) => c.key),
    ignored,
  };
}
