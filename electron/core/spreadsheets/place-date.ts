import type { Cell } from './cells';

const EMPTY: Cell = { t: 'empty' };

/**
 * A date written at the end of a "Tempat, Tanggal Lahir" cell: 17-08-1995, 17/08/1995, 17.08.1995,
 * 1995-08-17 or 17 Agustus 1995 (a month's name, as the date reader takes it).
 */
const TRAILING_DATE = /^(.*?)[\s,/]*((?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})|(?:\d{4}-\d{1,2}-\d{1,2})|(?:\d{1,2}\s+\p{L}+\.?\s+\d{4}))\s*$/u;

/**
 * One "Tempat, Tanggal Lahir" cell (TTL, as Indonesian lists and the FR.APL.01 write it) as the two cells
 * the place and date columns would have been: "Bogor, 17 Agustus 1995" → "Bogor" and "17 Agustus 1995".
 * The date is read by the date column as any other (a wrong one refused there, on its own words). Without
 * a recognisable date the text after the last comma is the date, so it is refused rather than lost; with no
 * comma either, text with a digit is taken as the date and text without as the place. A date cell is the date.
 */
export function splitPlaceDate(cell: Cell): { place: Cell; date: Cell } {
  if (cell.t !== 'text') return cell.t === 'empty' ? { place: EMPTY, date: EMPTY } : { place: EMPTY, date: cell };
  const text = cell.text.trim();
  const dated = TRAILING_DATE.exec(text);
  if (dated) return { place: textCell(dated[1]), date: textCell(dated[2]) };
  const comma = text.lastIndexOf(',');
  if (comma >= 0) return { place: textCell(text.slice(0, comma)), date: textCell(text.slice(comma + 1)) };
  return /\d/.test(text) ? { place: EMPTY, date: textCell(text) } : { place: textCell(text), date: EMPTY };
}

function textCell(text: string): Cell {
  const trimmed = text.replace(/[\s,/]+$/, '').trim();
  return trimmed === '' ? EMPTY : { t: 'text', text: trimmed };
}
