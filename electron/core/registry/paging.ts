import { AppError } from '../../shared/errors';
import { LIST_LIMIT_DEFAULT, LIST_TOTAL_CAP } from '../../shared/registry';

/** Where the last page ended: the sort key and the id that breaks ties. Opaque to callers. */
export type Cursor = { key: string; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(text: string | null | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return { key: value[0], id: value[1] };
  } catch {
    // falls through to the refusal below
  }
  throw new AppError('BAD_ARGS', { details: 'cursor (invalid)' });
}

/** The end of a prefix range: every text starting with `prefix` sorts below it (NOCASE folds ASCII only). */
export const prefixEnd = (prefix: string): string => prefix + '\uffff';

/** A search term that is all digits (spaces ignored) searches a NIK; anything else a name or code. */
export function searchTerm(search: string | undefined): { digits: string | null; text: string | null } {
  const s = (search ?? '').trim();
  if (s === '') return { digits: null, text: null };
  const compact = s.replace(/\s+/g, '');
  return /^\d+$/.test(compact) ? { digits: compact, text: null } : { digits: null, text: s };
}

export const pageLimit = (limit: number | undefined): number => limit ?? LIST_LIMIT_DEFAULT;

/** `rows` were fetched with limit + 1: the extra one says there is a next page. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  map: (r: R) => T,
  cursorOf: (r: R) => Cursor,
  counted: number | null,
): { rows: T[]; total: number | null; totalAtLeast: number | null; nextCursor: string | null } {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const capped = counted !== null && counted > LIST_TOTAL_CAP;
  return {
    rows: shown.map(map),
    total: counted === null || capped ? null : counted,
    totalAtLeast: capped ? LIST_TOTAL_CAP : null,
    nextCursor: more ? encodeCursor(cursorOf(shown[shown.length - 1])) : null,
  };
}
