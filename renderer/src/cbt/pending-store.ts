/** The whole state of one question as the candidate left it; a save always carries all of it. */
export type AnswerDraft = { itemId: string; choice: number | null; text: string | null; doubtful: boolean };

/** A draft with its place in the attempt's sequence: the core keeps the highest `seq` per question. */
export type PendingSave = AnswerDraft & { seq: number };

/**
 * Where unacknowledged saves wait. Only the newest save of each question matters (it carries the
 * whole question), so a put replaces the older one. This in-memory version loses its content with the
 * page; a durable one (IndexedDB, issue 6) fits the same shape, mirrored in memory for synchronous reads.
 */
export type PendingStore = {
  /** Pending saves, oldest sequence number first: the order they must reach the core. */
  list(): readonly PendingSave[];
  put(save: PendingSave): void;
  /** Drops the save once acknowledged, unless a newer one of the same question has replaced it meanwhile. */
  remove(itemId: string, seq: number): void;
};

export function memoryPendingStore(): PendingStore {
  const byItem = new Map<string, PendingSave>();
  return {
    list: () => [...byItem.values()].sort((a, b) => a.seq - b.seq),
    put: (save) => {
      const current = byItem.get(save.itemId);
      if (!current || current.seq < save.seq) byItem.set(save.itemId, save);
    },
    remove: (itemId, seq) => {
      if (byItem.get(itemId)?.seq === seq) byItem.delete(itemId);
    },
  };
}
