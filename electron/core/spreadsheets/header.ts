import type { Cell } from './cells';
import type { ColumnSpec } from './spec';

/** A header or choice as compared: no case, accents, spaces or punctuation ("No. Reg MET" = "NO_REG_MET"). */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type Placed<K extends string> = { column: ColumnSpec<K>; index: number; header: string };

export type HeaderMatch<K extends string> = { placed: Placed<K>[]; missing: ColumnSpec<K>[] };

/** Which spec columns a row names, by the first cell matching each; extra columns are ignored. */
export function matchHeader<K extends string>(cells: readonly Cell[], columns: readonly ColumnSpec<K>[]): HeaderMatch<K> {
  const byName = new Map<string, { index: number; header: string }>();
  cells.forEach((cell, index) => {
    if (cell.t !== 'text') return;
    const name = normalizeKey(cell.text);
    if (name && !byName.has(name)) byName.set(name, { index, header: cell.text.trim().replace(/\s+/g, ' ') });
  });
  const placed: Placed<K>[] = [];
  const missing: ColumnSpec<K>[] = [];
  const taken = new Set<number>();
  for (const column of columns) {
    const found = column.headers.map((h) => byName.get(normalizeKey(h))).find((f) => f !== undefined && !taken.has(f.index));
    if (found) {
      taken.add(found.index);
      placed.push({ column, ...found });
    } else if (column.required) {
      missing.push(column);
    }
  }
  return { placed, missing };
}

/** The column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
