import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { Db } from '../db/open';

/** What every kept preview has: whose it is and until when. */
export type Pending = { importId: string; accountId: string; expiresAt: number };

export type PendingStore<P extends Pending> = {
  keep: (db: Db, pending: P, now: Date) => void;
  /** The caller's own preview, or NOT_FOUND (unknown, expired, applied, or someone else's). */
  of: (db: Db, principal: Principal, importId: string, now: Date) => P;
  drop: (db: Db, importId: string) => boolean;
};

/**
 * Previews kept in this process's memory (one map per database) until applied, discarded or expired,
 * for the registry's and the question bank's imports alike. Each account keeps at most `perAccount`
 * open previews: the oldest goes when another is made, so an admin who previews and walks away holds
 * no more than that.
 */
export function pendingStore<P extends Pending>(perAccount: number): PendingStore<P> {
  const stores = new WeakMap<Db, Map<string, P>>();
  const storeOf = (db: Db): Map<string, P> => {
    let store = stores.get(db);
    if (!store) {
      store = new Map();
      stores.set(db, store);
    }
    return store;
  };
  const sweep = (store: Map<string, P>, now: number): void => {
    for (const [id, p] of store) if (p.expiresAt <= now) store.delete(id);
  };
  return {
    keep(db, pending, now) {
      const store = storeOf(db);
      sweep(store, now.getTime());
      const mine = [...store.values()].filter((p) => p.accountId === pending.accountId).sort((a, b) => a.expiresAt - b.expiresAt);
      for (const old of mine.slice(0, Math.max(0, mine.length - perAccount + 1))) store.delete(old.importId);
      store.set(pending.importId, pending);
    },
    of(db, principal, importId, now) {
      const store = storeOf(db);
      sweep(store, now.getTime());
      const pending = store.get(importId);
      if (!pending || pending.accountId !== principal.accountId) throw new AppError('NOT_FOUND', { what: 'import' });
      return pending;
    },
    drop: (db, importId) => storeOf(db).delete(importId),
  };
}
