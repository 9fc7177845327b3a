import fs from 'node:fs';
import { parse, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { AppError } from '../../shared/errors';
import type { Cell, SourceRow } from './cells';
import type { RowSource } from './xlsx-source';

const DELIMITERS = [',', ';', '\t'] as const;
const SNIFF_BYTES = 64 * 1024;

/**
 * The records of a CSV file through csv-parse (quoted fields, a UTF-8 byte-order mark). The delimiter
 * is the one of `,` `;` tab under which the first records score best on `score` (the header search),
 * since Excel writes `;` where the decimal separator is a comma, as on Indonesian Windows.
 */
export function csvSource(file: string, encoding: 'utf8' | 'latin1', score: (cells: Cell[]) => number, sniffRows: number): RowSource {
  async function* rows(): AsyncGenerator<SourceRow> {
    const delimiter = pickDelimiter(file, encoding, score, sniffRows);
    const input = fs.createReadStream(file);
    const parser = input.pipe(parse({ ...OPTIONS, delimiter, encoding }));
    let number = 0;
    try {
      for await (const record of parser) {
        number++;
        yield { number, cells: Array.isArray(record) ? record.map(cellOfText) : [] };
      }
    } catch (error) {
      throw error instanceof AppError ? error : new AppError('SHEET_DAMAGED');
    } finally {
      input.destroy();
      parser.destroy();
    }
  }
  return { rows: rows(), date1904: () => false, sheetName: () => null, moreSheets: () => false };
}

/** A record longer than this (a quote never closed, or a file without line breaks) is not a row of a list. */
const MAX_RECORD_BYTES = 1024 * 1024;
const OPTIONS: Options = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: MAX_RECORD_BYTES };

function pickDelimiter(file: string, encoding: 'utf8' | 'latin1', score: (cells: Cell[]) => number, sniffRows: number): string {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(SNIFF_BYTES);
  let length: number;
  try {
    length = fs.readSync(fd, head, 0, SNIFF_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  // The head may end inside a record: only whole lines are tried.
  const cut = length === SNIFF_BYTES ? head.lastIndexOf(0x0a, length) + 1 : length;
  const text = head.subarray(0, cut > 0 ? cut : length);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    let records: unknown[];
    try {
      records = parseSync(text, { ...OPTIONS, delimiter, encoding, to_line: sniffRows });
    } catch {
      continue;
    }
    const scored = Math.max(0, ...records.map((r) => (Array.isArray(r) ? score(r.map(cellOfText)) : 0)));
    if (scored > best.score) best = { delimiter, score: scored };
  }
  return best.delimiter;
}

function cellOfText(value: unknown): Cell {
  const text = typeof value === 'string' ? value : '';
  return text.trim() === '' ? { t: 'empty' } : { t: 'text', text };
}
