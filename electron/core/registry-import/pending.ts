import type { ImportKind, ImportProblem, RegistryImportPreview, RegistryImportResult } from '../../shared/registry-import';
import type { Principal } from '../../shared/roles';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';

/** A refused row as the refused-rows file writes it: its cells under the template's keys and why. */
export type RefusedRow = { row: number; cells: Record<string, string>; problems: ImportProblem[] };

export type Applied = { result: RegistryImportResult; refused: RefusedRow[] };

/**
 * A previewed file, kept in memory until applied, discarded or expired: the parsed rows (never the file,
 * which is deleted once read), and how to apply them. Apply plans again against the registry as it is
 * then (inside its transaction), so nothing that changed since the preview is overwritten blindly.
 */
export type PendingImport = {
  importId: string;
  accountId: string;
  lspId: string;
  kind: ImportKind;
  sha256: string;
  expiresAt: number;
  preview: RegistryImportPreview;
  refused: RefusedRow[];
  applied: boolean;
  apply: (db: Db, principal: Principal, now: Date) => Applied;
};

/** At most this many open previews per account: the oldest goes when another is made. */
const PER_ACCOUNT = 6;

const stores = new WeakMap<Db, Map<string, PendingImport>>();

function storeOf(db: Db): Map<string, PendingImport> {
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  return store;
}

function sweep(store: Map<string, PendingImport>, now: number): void {
  for (const [id, p] of store) if (p.expiresAt <= now) store.delete(id);
}

export function keepPending(db: Db, pending: PendingImport, now: Date): void {
  const store = storeOf(db);
  sweep(store, now.getTime());
  const mine = [...store.values()].filter((p) => p.accountId === pending.accountId).sort((a, b) => a.expiresAt - b.expiresAt);
  for (const old of mine.slice(0, Math.max(0, mine.length - PER_ACCOUNT + 1))) store.delete(old.importId);
  store.set(pending.importId, pending);
}

/** The caller's own preview, or NOT_FOUND (unknown, expired, or someone else's). */
export function pendingFor(db: Db, principal: Principal, importId: string, now: Date): PendingImport {
  const store = storeOf(db);
  sweep(store, now.getTime());
  const pending = store.get(importId);
  if (!pending || pending.accountId !== principal.accountId) throw new AppError('NOT_FOUND', { what: 'import' });
  return pending;
}

export function dropPending(db: Db, importId: string): boolean {
  return storeOf(db).delete(importId);
}
