import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CbtSaveResult } from '../../../../electron/shared/cbt';
import type { UiError } from '../../api/client-errors';
import { createSaveQueue, type QueueSnapshot, type SaveQueue } from '../../cbt/save-queue';
import { useClient } from '../../session/SessionProvider';

type Options = { startSeq: number; onSaved: (result: CbtSaveResult) => void; onClosed: (error: UiError) => void };

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
      send: (save) => client.call('cbt/save', save),
      onSaved: (result) => optionsRef.current.onSaved(result),
      onClosed: (error) => optionsRef.current.onClosed(error),
    }),
  );
  useEffect(() => () => queue.stop(), [queue]);
  const snapshot = useSyncExternalStore(queue.subscribe, queue.snapshot);
  return { queue, snapshot };
}
