import { useEffect, useState } from 'react';
import type { CbtState } from '../../../../electron/shared/cbt';
import { isSignedOut, toUiError } from '../../api/client-errors';
import { openOutbox } from '../../cbt/outbox-store';
import { saveArgs } from '../../cbt/pending-store';
import { useClient } from '../../session/SessionProvider';

/**
 * The attempt is already submitted but this PC's outbox still holds answers for it: the tab was
 * reloaded or signed out while the LAN was down at the deadline. The core takes answers given before
 * the deadline for a while after a timeout (their `answeredAt` says when), so each is offered once, in
 * order and with its own number: the core keeps the highest number per question, so it cannot replace
 * anything saved later on this PC. A submitted state lists no answers, so the replay rule of a running
 * test cannot be applied here; saves the core refuses are dropped, as the core has had its final word.
 * A cut link keeps them for the next time. `onDelivered` reloads the state (the receipt may change).
 * Returns how many were refused for good: the receipt screen must not let the candidate believe that a
 * change still on this PC when the test closed (an essay typed in its last seconds) was saved.
 */
export function useLateDelivery(state: CbtState | null, candidateId: string | null, onDelivered: () => void): number {
  const client = useClient();
  const sessionId = state?.phase === 'submitted' ? state.sessionId : null;
  const [refused, setRefused] = useState<{ sessionId: string; count: number } | null>(null);

  useEffect(() => {
    if (!sessionId || !candidateId) return;
    let live = true;
    void (async () => {
      const outbox = await openOutbox({ candidateId, sessionId });
      try {
        let stored = false;
        for (const save of outbox.list()) {
          if (!live) return;
          try {
            stored = (await client.call('cbt/save', saveArgs(save))).stored || stored;
            outbox.remove(save.itemId, save.seq);
          } catch (err) {
            const { code } = toUiError(err);
            // Not heard (a cut link, a server in trouble) or no longer signed in: kept for the next time.
            if (code === 'NETWORK' || code === 'BAD_RESPONSE' || isSignedOut(code)) return;
            // Refused for good (time up beyond the tolerance, submitted by the proctor, session closed).
            outbox.remove(save.itemId, save.seq);
            if (live) setRefused((r) => ({ sessionId, count: (r?.sessionId === sessionId ? r.count : 0) + 1 }));
          }
        }
        await outbox.settled();
        if (live && stored) onDelivered();
      } finally {
        outbox.close();
      }
    })();
    return () => {
      live = false;
    };
  }, [client, sessionId, candidateId, onDelivered]);
  return refused !== null && refused.sessionId === sessionId ? refused.count : 0;
}
