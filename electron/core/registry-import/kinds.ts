import type { ImportKind } from '../../shared/registry-import';
import type { Db } from '../db/open';
import type { SheetValue } from '../spreadsheets/spec';
import { assessorKind } from './assessors';
import { candidateKind } from './candidates';
import { schemeEntry } from './schemes';
import type { Layout } from './files';
import type { RowKind } from './kind';
import { planRows, type Plan, type ReadContext } from './rows';

export type KindPlan = Plan & { sheet: string | null; layout: 'template' | 'apl02' };

export type KindEntry = {
  plan: (file: string, ctx: ReadContext) => Promise<KindPlan>;
  layout: Layout;
  exportPages: (db: Db, lspId: string) => Iterable<Partial<Record<string, SheetValue>>[]>;
};

function layoutOf<K extends string, I>(kind: RowKind<K, I>): Layout {
  const header = (key: K) => kind.spec.columns.find((c) => c.key === key)?.headers[0] ?? key;
  return { kind: kind.kind, columns: kind.templateKeys.map((key) => ({ key, header: header(key), text: kind.textKeys.has(key), width: key === 'no' ? 6 : undefined })) };
}

function rowEntry<K extends string, I extends object>(kind: RowKind<K, I>): KindEntry {
  return {
    plan: async (file, ctx) => ({ ...(await planRows(kind, file, ctx)), sheet: null, layout: 'template' }),
    layout: layoutOf(kind),
    exportPages: kind.exportPages,
  };
}

export const KINDS: Record<ImportKind, KindEntry> = {
  candidates: rowEntry(candidateKind),
  assessors: rowEntry(assessorKind),
  schemes: schemeEntry,
};
