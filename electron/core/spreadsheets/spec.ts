import type { SheetProblemCode } from '../../shared/errors';

/**
 * What an import expects of a sheet: its columns, each found by one of its header names (Indonesian and
 * English) and read as one kind of value. The engine knows nothing of candidates or assessors beyond this.
 */
export type ValueKind =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'integer' }
  /** `choices` maps each stored value to the ways a file may write it, e.g. `{ L: ['L', 'Laki-laki', 'M', 'Male'] }`. */
  | { kind: 'enum'; choices: Readonly<Record<string, readonly string[]>> }
  | { kind: 'email' }
  | { kind: 'phone' }
  /** Stored as `YYYY-MM-DD`. */
  | { kind: 'date' }
  /** A code of digits such as a NIK: must be a Text cell, since Excel keeps only 15 significant digits of a number. */
  | { kind: 'digits'; length?: number };

export type ColumnSpec<K extends string = string> = ValueKind & {
  key: K;
  /** Header names that mean this column; the first is the one messages name. */
  headers: readonly string[];
  /** The header must be present and each row's cell filled. */
  required?: boolean;
};

export type SheetSpec<K extends string = string> = {
  columns: readonly ColumnSpec<K>[];
  /** The worksheet to read; the workbook's first one when absent. */
  sheetName?: string;
  /**
   * Skip a total or note line below the data ("Jumlah: 20 orang") rather than read it as a record missing
   * its fields (read.ts, isSummaryRow). Only for lists of one record a row: in the scheme template a short
   * row below the others is a KUK whose scheme and unit cells follow the row above.
   */
  summaryRows?: boolean;
  /**
   * One column holding a place and a date ("Tempat, Tanggal Lahir": "Bogor, 17-08-1995"), read as the
   * `place` and `date` columns when the file has neither of those (place-date.ts).
   */
  placeDate?: { headers: readonly string[]; place: K; date: K };
};

export type SheetLimits = {
  /** Data rows read before the file is refused with SHEET_TOO_MANY_ROWS. */
  maxRows: number;
  /** The file, and the sum of a workbook's unpacked parts, may be at most this many bytes. */
  maxBytes: number;
  /** A part larger than `ratioFloorBytes` may unpack to at most this many times its packed size. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxParts: number;
  /** How many rows from the top are searched for the header row. */
  headerSearchRows: number;
  /** How many of a workbook's sheets are looked in for the header row (SHEET_NO_HEADER_SHEETS beyond). */
  maxSheets: number;
};

export const DEFAULT_LIMITS: SheetLimits = {
  maxRows: 50_000,
  maxBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxParts: 1_000,
  headerSearchRows: 30,
  maxSheets: 10,
};

export type SheetProblem<K extends string = string> = {
  /** The column's header as written in the file (or its letter when it has none). */
  column: string;
  key: K;
  code: SheetProblemCode;
  params: Record<string, string | number>;
};

export type SheetValue = string | number | null;

export type SheetRow<K extends string = string> = {
  /** 1-based row number, as the spreadsheet program shows it. */
  row: number;
  /** Parsed values; null where the cell is empty or has a problem. */
  values: Record<K, SheetValue>;
  /** Each cell as text, as the file had it, for previews and the refused-rows file. */
  raw: Record<K, string>;
  problems: SheetProblem<K>[];
};

/**
 * The header row as found, before the first data row: which columns the file has. A column absent from
 * the file reads as null in every row, as an empty cell does; an import that updates records needs the
 * difference (an absent column leaves a field alone, an empty cell may clear it).
 */
export type SheetHeader<K extends string = string> = {
  row: number;
  /** The worksheet the header was found on (null for a .csv; absent where no header was read). */
  sheet?: string | null;
  columns: { key: K; header: string; letter: string }[];
  absent: K[];
  /** The header row's other filled cells: columns the file has that nothing reads (named, so a misspelt one is seen). */
  ignored: { header: string; letter: string }[];
};
