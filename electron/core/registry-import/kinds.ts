import type { ImportKind } from '../../shared/registry-import';
import type { Db } from '../db/open';
import { dayFirst } from '../../shared/day-first';
import type { SheetValue } from '../spreadsheets/spec';
import { assessorKind } from './assessors';
import { candidateKind } from './candidates';
import { schemeEntry } from './schemes';
import type { Layout } from './files';
import type { RowKind } from './kind';
import { planRows, type Plan, type ReadContext } from './rows';

export type KindPlan = Plan & { layout: 'template' | 'apl02' };

export type KindEntry = {
  plan: (file: string, ctx: ReadContext) => Promise<KindPlan>;
  layout: Layout;
  exportPages: (db: Db, lspId: string) => Iterable<Partial<Record<string, SheetValue>>[]>;
};

const dateKeysOf = <K extends string, I>(kind: RowKind<K, I>): ReadonlySet<string> => new Set(kind.spec.columns.filter((c) => c.kind === 'date').map((c) => c.key));

/**
 * The template's and the export's columns. A date column is Text too: a date typed into a General cell is
 * read by Excel in the computer's locale (05/08 is 8 May on an English Windows); as text it reaches the
 * reader as typed, which reads it day first.
 */
function layoutOf<K extends string, I>(kind: RowKind<K, I>, dates: ReadonlySet<string>): Layout {
  const header = (key: K) => kind.spec.columns.find((c) => c.key === key)?.headers[0] ?? key;
  return {
    kind: kind.kind,
    columns: kind.templateKeys.map((key) => ({ key, header: header(key), text: kind.textKeys.has(key) || dates.has(key), width: key === 'no' ? 6 : undefined })),
  };
}

function rowEntry<K extends string, I extends object>(kind: RowKind<K, I>): KindEntry {
  const dates = dateKeysOf(kind);
  return {
    plan: async (file, ctx) => ({ ...(await planRows(kind, file, ctx)), layout: 'template' }),
    layout: layoutOf(kind, dates),
    // Dates are exported day first (17/08/1995), as staff write them and as the preview shows them.
    exportPages: function* (db, lspId) {
      for (const page of kind.exportPages(db, lspId)) {
        yield page.map((row) => {
          const out: Partial<Record<string, SheetValue>> = { ...row };
          for (const key of dates) {
            const value = out[key];
            if (typeof value === 'string') out[key] = dayFirst(value);
          }
          return out;
        });
      }
    },
  };
}

export const KINDS: Record<ImportKind, KindEntry> = {
  candidates: rowEntry(candidateKind),
  assessors: rowEntry(assessorKind),
  schemes: schemeEntry,
};
