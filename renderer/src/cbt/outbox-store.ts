import { memoryPendingStore, type PendingSave, type PendingStore } from './pending-store';

const DB_NAME = 'ruang-uji-outbox';
const DB_VERSION = 1;
const STORE = 'pending';
const BY_OWNER = 'owner';

/** One PC's outbox belongs to one candidate in one session: a save never reaches another attempt. */
export type OutboxOwner = { candidateId: string; sessionId: string };

export type Outbox = PendingStore & {
  /** False where IndexedDB is missing or refused: the saves then live as long as the page. */
  readonly durable: boolean;
  /** Resolves once every write handed to IndexedDB so far has committed (or failed). */
  settled(): Promise<void>;
  close(): void;
};

type Row = { owner: string; itemId: string; save: PendingSave };

const ownerKey = (owner: OutboxOwner) => `${owner.candidateId}/${owner.sessionId}`;

/**
 * The candidate's unacknowledged saves in IndexedDB, so a reload, a crashed tab or a sign-out keeps
 * them. Reads come from a memory mirror (the queue reads synchronously); every change is written
 * through in its own transaction. IndexedDB runs read-write transactions on one store in the order they
 * were created, so the disk follows the mirror's order of changes.
 */
export async function openOutbox(owner: OutboxOwner, factory: IDBFactory | undefined = globalIndexedDb()): Promise<Outbox> {
  const db = factory ? await openDb(factory).catch(() => null) : null;
  if (!db) return { ...memoryPendingStore(), durable: false, settled: () => Promise.resolve(), close: () => {} };

  const key = ownerKey(owner);
  const rows = await request<Row[]>(db.transaction(STORE).objectStore(STORE).index(BY_OWNER).getAll(key));
  const mirror = memoryPendingStore(rows.map((row) => row.save));
  let writes: Promise<void> = Promise.resolve();

  const write = (change: (store: IDBObjectStore) => void) => {
    const done = new Promise<void>((resolve) => {
      try {
        const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
        change(tx.objectStore(STORE));
        tx.oncomplete = () => resolve();
        tx.onerror = () => resolve();
        tx.onabort = () => resolve();
      } catch {
        // A closed or broken database: the mirror still holds the save and the queue still sends it.
        resolve();
      }
    });
    writes = writes.then(() => done);
  };

  /** After a change to one question, the disk gets the mirror's version of it. */
  const sync = (itemId: string) => {
    const save = mirror.list().find((s) => s.itemId === itemId);
    write((store) => (save ? store.put({ owner: key, itemId, save } satisfies Row) : store.delete([key, itemId])));
  };

  return {
    durable: true,
    list: () => mirror.list(),
    put: (save) => {
      mirror.put(save);
      sync(save.itemId);
    },
    remove: (itemId, seq) => {
      mirror.remove(itemId, seq);
      sync(itemId);
    },
    reset: (saves) => {
      mirror.reset(saves);
      write((store) => {
        // Deletes first, puts after, all in one transaction: no moment where the disk holds neither.
        const keys = store.index(BY_OWNER).getAllKeys(key);
        keys.onsuccess = () => {
          for (const old of keys.result) store.delete(old);
          for (const save of saves) store.put({ owner: key, itemId: save.itemId, save } satisfies Row);
        };
      });
    },
    settled: () => writes,
    close: () => db.close(),
  };
}

/**
 * How many saves wait on this PC, by whose they are (candidate and session): the sign-in screen says so,
 * since they go out only once their candidate signs in again here. Null where there is no IndexedDB to ask.
 */
export async function waitingByOwner(factory: IDBFactory | undefined = globalIndexedDb()): Promise<(OutboxOwner & { count: number })[] | null> {
  if (!factory) return null;
  const db = await openDb(factory).catch(() => null);
  if (!db) return null;
  try {
    const owners = await request<IDBValidKey[]>(db.transaction(STORE).objectStore(STORE).index(BY_OWNER).getAllKeys());
    const counts = new Map<string, number>();
    // getAllKeys on the index gives the primary keys, [owner, itemId]: one per waiting save.
    for (const key of owners) {
      const owner = String((key as [string, string])[0]);
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
    return [...counts].map(([key, count]) => {
      const slash = key.indexOf('/');
      return { candidateId: key.slice(0, slash), sessionId: key.slice(slash + 1), count };
    });
  } finally {
    db.close();
  }
}

/** Removes every save waiting for this owner: saves for a session that has ended, which nothing can deliver. */
export async function dropWaiting(owner: OutboxOwner, factory: IDBFactory | undefined = globalIndexedDb()): Promise<void> {
  if (!factory) return;
  const db = await openDb(factory).catch(() => null);
  if (!db) return;
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      const store = tx.objectStore(STORE);
      const keys = store.index(BY_OWNER).getAllKeys(ownerKey(owner));
      keys.onsuccess = () => {
        for (const key of keys.result) store.delete(key);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const opening = factory.open(DB_NAME, DB_VERSION);
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore(STORE, { keyPath: ['owner', 'itemId'] });
    store.createIndex(BY_OWNER, 'owner');
  };
  return request(opening);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function globalIndexedDb(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}
