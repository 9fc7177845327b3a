import { useEffect, useRef, useState } from 'react';
import type { CbtAnswer, CbtState } from '../../../../electron/shared/cbt';
import { openOutbox, type Outbox } from '../../cbt/outbox-store';
import { planReplay } from '../../cbt/replay';

/** The outbox opened for this candidate's attempt, with the replay applied; what the test screen starts from. */
export type OpenedOutbox = {
  store: Outbox;
  /** The queue's first save gets the number after this one. */
  startSeq: number;
  /** The server's answers, with the replayed pending ones on top: what the candidate last gave. */
  answers: readonly CbtAnswer[];
  /** Per question, the `seq` of the answer on the server. */
  known: ReadonlyMap<string, number>;
};

/**
 * Opens the outbox of (candidate, session) once the test state is there and plans the replay against
 * it (replay.ts): what the server already has or what another PC superseded is dropped, the rest is
 * renumbered above the server's last number. Null while opening.
 */
export function useOutbox(state: CbtState | null, candidateId: string | null): OpenedOutbox | null {
  const [opened, setOpened] = useState<{ key: string; outbox: OpenedOutbox } | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const key = state?.phase === 'test' && candidateId ? `${candidateId}/${state.sessionId}` : null;

  useEffect(() => {
    const at = stateRef.current;
    if (key === null || !at || !candidateId) return;
    let live = true;
    let store: Outbox | null = null;
    void openOutbox({ candidateId, sessionId: at.sessionId }).then((outbox) => {
      store = outbox;
      if (!live) return outbox.close();
      const plan = planReplay(outbox.list(), at.answers, at.lastSeq);
      if (plan.delivered.length > 0 || plan.superseded.length > 0 || plan.replay.length > 0) outbox.reset(plan.replay);
      const answers = new Map(at.answers.map((a) => [a.itemId, a]));
      for (const save of plan.replay) {
        answers.set(save.itemId, { itemId: save.itemId, choice: save.choice, text: save.text, doubtful: save.doubtful, seq: save.seq });
      }
      setOpened({
        key,
        outbox: { store: outbox, startSeq: plan.startSeq, answers: [...answers.values()], known: new Map(at.answers.map((a) => [a.itemId, a.seq])) },
      });
    });
    return () => {
      live = false;
      // Writes still queued finish first: closing waits for running transactions.
      store?.close();
    };
  }, [key, candidateId]);

  return opened && opened.key === key ? opened.outbox : null;
}
