import type { CbtAnswer } from '../../../electron/shared/cbt';
import type { PendingSave } from './pending-store';

/**
 * What happens to a save found in the outbox when a test screen starts (reload, crash, new sign-in):
 * - `delivered`: the server holds exactly this save (its acknowledgement was lost): nothing to do.
 * - `superseded`: the server holds an answer to the question that this PC neither based the save on
 *   nor sent itself, so it was given elsewhere (another PC after a reset login) and is newer than
 *   anything this PC knew of: the old pending save must not overwrite it, so it is dropped.
 * - `replay`: the server has nothing newer than what the save was based on (or only one of this PC's
 *   own earlier saves of the question): send it again.
 * Sequence numbers are per attempt, not per PC, so a save made elsewhere that carries the very number of
 * one of this PC's own saves of the same question passes for this PC's own: a case the core's numbering
 * cannot tell apart, and far rarer than the lost acknowledgement that `ownSeqs` is there for.
 */
export type ReplayVerdict = 'replay' | 'delivered' | 'superseded';

export function replayVerdict(save: PendingSave, serverSeq: number): ReplayVerdict {
  if (serverSeq === save.seq) return 'delivered';
  if (serverSeq <= save.baseSeq || save.ownSeqs.includes(serverSeq)) return 'replay';
  return 'superseded';
}

export type ReplayPlan = {
  /** Renumbered above the server's `lastSeq`, in their original order; based on what the server has now. */
  replay: readonly PendingSave[];
  delivered: readonly PendingSave[];
  superseded: readonly PendingSave[];
  /** The queue's start: the last sequence number now taken (the server's, plus the replayed ones). */
  startSeq: number;
};

/**
 * Another PC may have used the same sequence numbers meanwhile, so a replayed save gets a fresh number
 * above the server's `lastSeq`: the core keeps the highest number per question, and the replay must
 * win over the answers it was checked against, in the order the candidate gave them.
 */
export function planReplay(pending: readonly PendingSave[], server: readonly Pick<CbtAnswer, 'itemId' | 'seq'>[], lastSeq: number): ReplayPlan {
  const serverSeq = new Map(server.map((a) => [a.itemId, a.seq]));
  const replay: PendingSave[] = [];
  const delivered: PendingSave[] = [];
  const superseded: PendingSave[] = [];
  let seq = lastSeq;
  for (const save of [...pending].sort((a, b) => a.seq - b.seq)) {
    const onServer = serverSeq.get(save.itemId) ?? 0;
    const verdict = replayVerdict(save, onServer);
    if (verdict === 'delivered') delivered.push(save);
    else if (verdict === 'superseded') superseded.push(save);
    else replay.push({ ...save, seq: ++seq, baseSeq: onServer, ownSeqs: [] });
  }
  return { replay, delivered, superseded, startSeq: seq };
}
