/** The whole state of one question as the candidate left it; a save always carries all of it. */
export type AnswerDraft = { itemId: string; choice: number | null; text: string | null; doubtful: boolean };

/**
 * A draft with its place in the attempt's sequence (the core keeps the highest `seq` per question) and
 * what the outbox needs to deliver it safely later, perhaps after a reload or on a new sign-in.
 */
export type PendingSave = AnswerDraft & {
  seq: number;
  /** When the candidate gave it, on the server's clock as this PC estimates it: lets a late delivery count. */
  answeredAt: string;
  /**
   * The `seq` of this question's answer as this PC knew it to be on the server when the save was made
   * (0: none). An answer on the server above it that is not one of `ownSeqs` came from elsewhere.
   */
  baseSeq: number;
  /** Earlier saves of this question from this PC, made after `baseSeq`; any of them may have landed. */
  ownSeqs: readonly number[];
};

/** Exactly what `cbt/save` takes: the core's schema is strict, the outbox's bookkeeping stays here. */
export function saveArgs(save: PendingSave): AnswerDraft & { seq: number; answeredAt: string } {
  const { itemId, seq, choice, text, doubtful, answeredAt } = save;
  return { itemId, seq, choice, text, doubtful, answeredAt };
}

/**
 * Where unacknowledged saves wait. Only the newest save of each question matters (it carries the
 * whole question), so a put replaces the older one. The in-memory version loses its content with the
 * page; the IndexedDB one (outbox-store.ts) keeps it across reloads, crashes and sign-outs and mirrors
 * it in memory, so reads stay synchronous.
 */
export type PendingStore = {
  /** Pending saves, oldest sequence number first: the order they must reach the core. */
  list(): readonly PendingSave[];
  /** Replaces the question's pending save unless that one is newer (an equal `seq` updates it in place). */
  put(save: PendingSave): void;
  /** Drops the save once acknowledged, unless a newer one of the same question has replaced it meanwhile. */
  remove(itemId: string, seq: number): void;
  /** Replaces everything: after a replay renumbered what is left and dropped what is done. */
  reset(saves: readonly PendingSave[]): void;
};

export function memoryPendingStore(initial: readonly PendingSave[] = []): PendingStore {
  const byItem = new Map<string, PendingSave>(initial.map((save) => [save.itemId, save]));
  return {
    list: () => [...byItem.values()].sort((a, b) => a.seq - b.seq),
    put: (save) => {
      const current = byItem.get(save.itemId);
      if (!current || current.seq <= save.seq) byItem.set(save.itemId, save);
    },
    remove: (itemId, seq) => {
      if (byItem.get(itemId)?.seq === seq) byItem.delete(itemId);
    },
    reset: (saves) => {
      byItem.clear();
      for (const save of saves) byItem.set(save.itemId, save);
    },
  };
}
