import { useCallback, useEffect, useRef, useState } from 'react';
import { toUiError, type UiError } from '../../../api/client-errors';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; error: UiError; retry: () => void };

export type Saver = { save: (send: (seq: number) => Promise<unknown>) => Promise<boolean>; status: SaveStatus };

/** Failures of the link, not of the request: worth sending the same save again by itself. */
const RETRYABLE: ReadonlySet<string> = new Set(['NETWORK', 'BAD_RESPONSE']);
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

/** Leaves the text field being typed in, so its onBlur sends what was typed. */
function leaveTextField(): void {
  const field = document.activeElement;
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.blur();
}

/**
 * Text is saved when its field is left, and a reload, a closed tab or the browser's Back (Alt+←) leaves
 * no field: the view is gone without a blur, and the words typed last were lost without a question.
 * Before the page goes, or the address changes, the field being typed in is left (its save starts at
 * once, before the view is taken down), and the browser asks first while any save is still on its way.
 */
export function useLeaveGuard(saving: () => boolean): void {
  const latest = useRef(saving);
  latest.current = saving;
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      leaveTextField();
      if (latest.current()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    // Back and Forward fire popstate first, and by the hashchange after it the field no longer sends
    // (seen in Chromium); an address written fires hashchange alone. Captured, before the router's own
    // listener re-renders to the next view.
    window.addEventListener('popstate', leaveTextField, true);
    window.addEventListener('hashchange', leaveTextField, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('popstate', leaveTextField, true);
      window.removeEventListener('hashchange', leaveTextField, true);
    };
  }, []);
}

/**
 * Saves of one candidate's records, numbered like the CBT's: each save carries the whole record and
 * a sequence number higher than any stored, so a late reply can never undo a newer entry. A retry
 * sends the same number again: if a newer save of that record got through meanwhile, the retry is
 * refused as old, never written over it. A lost link is retried by itself; anything else (a locked
 * record, a refused score) shows its reason with a retry button, and the entry stays on screen.
 */
export function useSaver(lastSeq: number): Saver {
  const seqRef = useRef(lastSeq);
  seqRef.current = Math.max(seqRef.current, lastSeq);
  const pending = useRef(0);
  const mounted = useRef(true);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useLeaveGuard(() => pending.current > 0);

  const attempt = useCallback(async (send: (seq: number) => Promise<unknown>, seq: number, round: number): Promise<boolean> => {
    try {
      await send(seq);
      pending.current -= 1;
      if (pending.current === 0 && mounted.current) setStatus({ state: 'saved' });
      return true;
    } catch (err) {
      const error = toUiError(err);
      const delay = RETRY_DELAYS_MS[round];
      if (RETRYABLE.has(error.code) && delay !== undefined && mounted.current) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        return attempt(send, seq, round + 1);
      }
      pending.current -= 1;
      if (mounted.current) {
        setStatus({
          state: 'error',
          error,
          retry: () => {
            pending.current += 1;
            setStatus({ state: 'saving' });
            void attempt(send, seq, 0);
          },
        });
      }
      return false;
    }
  }, []);

  const save = useCallback(
    (send: (seq: number) => Promise<unknown>): Promise<boolean> => {
      const seq = ++seqRef.current;
      pending.current += 1;
      setStatus({ state: 'saving' });
      return attempt(send, seq, 0);
    },
    [attempt],
  );

  return { save, status };
}
