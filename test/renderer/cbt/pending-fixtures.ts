import type { PendingSave } from '../../../renderer/src/cbt/pending-store';

/** A pending save with the outbox's bookkeeping filled in: tests name only what they are about. */
export function pending(save: Partial<PendingSave> & { itemId: string; seq: number }): PendingSave {
  return { choice: null, text: null, doubtful: false, answeredAt: '2026-11-21T02:00:00.000Z', baseSeq: 0, ownSeqs: [], ...save };
}
