import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { Db } from '../db/open';
import type { SourceRead } from './source-question';

/**
 * A previewed bank file, kept in this process's memory until applied, discarded or expired: what the
 * reader made of it (never the file, which is deleted once read) and the mapping chosen so far. Apply
 * plans again against the bank as it is then, inside its transaction.
 */
export type PendingBankImport = {
  importId: string;
  accountId: string;
  schemeId: string;
  fileName: string;
  sha256: string;
  read: SourceRead;
  unitId: string | null;
  /** The admin's KUK per question index (bankImport/map); absent: the file's or the unit's. */
  chosen: Map<number, string[]>;
  expiresAt: number;
};

/** At most this many open previews per account: the oldest goes when another is made (each holds its images). */
const PER_ACCOUNT = 4;

const stores = new WeakMap<Db, Map<string, PendingBankImport>>();

function storeOf(db: Db): Map<string, PendingBankImport> {
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  return store;
}

function sweep(store: Map<string, PendingBankImport>, now: number): void {
  for (const [id, p] of store) if (p.expiresAt <= now) store.delete(id);
}

export function keepPending(db: Db, pending: PendingBankImport, now: Date): void {
  const store = storeOf(db);
  sweep(store, now.getTime());
  const mine = [...store.values()].filter((p) => p.accountId === pending.accountId).sort((a, b) => a.expiresAt - b.expiresAt);
  for (const old of mine.slice(0, Math.max(0, mine.length - PER_ACCOUNT + 1))) store.delete(old.importId);
  store.set(pending.importId, pending);
}

/** The caller's own preview, or NOT_FOUND (unknown, expired, applied, or someone else's). */
export function pendingFor(db: Db, principal: Principal, importId: string, now: Date): PendingBankImport {
  const store = storeOf(db);
  sweep(store, now.getTime());
  const pending = store.get(importId);
  if (!pending || pending.accountId !== principal.accountId) throw new AppError('NOT_FOUND', { what: 'import' });
  return pending;
}

export function dropPending(db: Db, importId: string): boolean {
  return storeOf(db).delete(importId);
}
