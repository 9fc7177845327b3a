import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CbtSaveResult } from '../../../../electron/shared/cbt';
import type { UiError } from '../../api/client-errors';
import { saveArgs, type PendingSave, type PendingStore } from '../../cbt/pending-store';
import { createSaveQueue, type QueueSnapshot, type SaveQueue } from '../../cbt/save-queue';
import { useClient } from '../../session/SessionProvider';

type Options = {
  /** The outbox (IndexedDB where there is one), already cleared of what a replay found done. */
  store: PendingStore;
  startSeq: number;
  /** Per question, the `seq` of the answer the server holds. */
  known: ReadonlyMap<string, number>;
  serverNow: () => number;
  onSaved: (result: CbtSaveResult) => void;
  onClosed: (error: UiError) => void;
  /** A save given while the test was paused, refused by the core for good. */
  onRefused: (save: PendingSave) => void;
};

/**
 * One queue for the life of the test screen, there from the first render so that not even the first
 * click can miss it. Leaving the screen stops its retries; pending saves are kept, not dropped.
 */
export function useSaveQueue(options: Options): { queue: SaveQueue; snapshot: QueueSnapshot } {
  const client = useClient();
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [queue] = useState<SaveQueue>(() =>
    createSaveQueue({
      startSeq: options.startSeq,
      store: options.store,
      known: options.known,
      serverNow: () => optionsRef.current.serverNow(),
      send: (save) => client.call('cbt/save', saveArgs(save)),
      onSaved: (result) => optionsRef.current.onSaved(result),
      onClosed: (error) => optionsRef.current.onClosed(error),
      onRefused: (save) => optionsRef.current.onRefused(save),
    }),
  );
  useEffect(() => {
    // What the outbox kept from before (reload, crash, an earlier sign-in) goes out first.
    if (queue.snapshot().pending > 0) void queue.flush();
    return () => queue.stop();
  }, [queue]);
  const snapshot = useSyncExternalStore(queue.subscribe, queue.snapshot);
  return { queue, snapshot };
}
