import { useCallback, useRef, useState } from 'react';
import { toUiError, type UiError } from '../../../api/client-errors';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; error: UiError; retry: () => void };

/**
 * Saves of one candidate's records, numbered like the CBT's: each save carries the whole record and
 * a sequence number higher than any stored, so a retry or a late reply can never undo a newer entry.
 * A failed save keeps the entry on screen and offers a retry with a fresh number.
 */
export type Saver = { save: (send: (seq: number) => Promise<unknown>) => Promise<boolean>; status: SaveStatus };

export function useSaver(lastSeq: number): Saver {
  const seqRef = useRef(lastSeq);
  seqRef.current = Math.max(seqRef.current, lastSeq);
  const pending = useRef(0);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });

  const save = useCallback(async (send: (seq: number) => Promise<unknown>): Promise<boolean> => {
    const seq = ++seqRef.current;
    pending.current += 1;
    setStatus({ state: 'saving' });
    try {
      await send(seq);
      pending.current -= 1;
      if (pending.current === 0) setStatus({ state: 'saved' });
      return true;
    } catch (err) {
      pending.current -= 1;
      setStatus({ state: 'error', error: toUiError(err), retry: () => void save(send) });
      return false;
    }
  }, []);

  return { save, status };
}
