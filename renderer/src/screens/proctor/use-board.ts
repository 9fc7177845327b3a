import { useCallback, useEffect, useRef, useState } from 'react';
import { toUiError, type UiError } from '../../api/client-errors';
import { useServerEvent } from '../../api/use-load';
import { useCoreRestarts } from '../../session/core-restarts';
import { useClient } from '../../session/SessionProvider';
import { fromBoard, mergeLock, mergePush, type BoardPush, type BoardState } from './board-state';

const RESYNC_MS = 60_000;

export type BoardView =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; board: BoardState };

/**
 * The status board: loaded once, then kept current by the core's pushes, which carry only the rows
 * that changed. A room of 400 candidates costs one query per batch of changes, not one per row per second.
 */
export function useBoard(sessionId: string): { view: BoardView; reload: () => void } {
  const client = useClient();
  const [view, setView] = useState<BoardView>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // Pushes that arrive while a load is under way are kept and applied on top of its reply: the reply
  // may have been computed before them (rows only ever give way to newer ones).
  const inFlight = useRef<BoardPush[] | null>(null);
  // After the core process was restarted, board pushes sent while it was down never came: read it whole.
  const restarts = useCoreRestarts();

  useEffect(() => {
    let live = true;
    inFlight.current = [];
    client.call('exam/board', { sessionId }).then(
      (board) => {
        if (!live) return;
        const now = Date.now();
        const pending = inFlight.current ?? [];
        inFlight.current = null;
        setView({ status: 'ready', board: pending.reduce((state, push) => mergePush(state, push, now), fromBoard(board, now)) });
      },
      (err: unknown) => {
        if (!live) return;
        inFlight.current = null;
        setView((prev) => (prev.status === 'ready' ? prev : { status: 'error', error: toUiError(err) }));
      },
    );
    return () => {
      live = false;
    };
  }, [client, sessionId, round, restarts]);

  useServerEvent('exam/boardChanged', ({ payload }) => {
    if (payload.sessionId !== sessionId) return;
    inFlight.current?.push(payload);
    setView((prev) => (prev.status === 'ready' ? { status: 'ready', board: mergePush(prev.board, payload, Date.now()) } : prev));
  });

  useServerEvent('accounts/changed', ({ payload }) => {
    setView((prev) => (prev.status === 'ready' ? { status: 'ready', board: mergeLock(prev.board, payload.accountId, payload.locked) } : prev));
  });

  const reload = useCallback(() => setRound((n) => n + 1), []);

  // Pushes lost while the event stream reconnects (a LAN blip) would leave rows stale; one full read a
  // minute, and one when the network comes back, heals that at the cost of a single query.
  useEffect(() => {
    const timer = setInterval(reload, RESYNC_MS);
    window.addEventListener('online', reload);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', reload);
    };
  }, [reload]);

  return { view, reload };
}
