import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionTokenState } from '../../../../electron/shared/cbt';
import { toUiError, type UiError } from '../../api/client-errors';
import { useServerEvent } from '../../api/use-load';
import { useClient } from '../../session/SessionProvider';
import { msUntil, offsetFrom } from './server-time';

export type TokenReading = { state: SessionTokenState; offsetMs: number };

export type SessionTokenView = {
  reading: TokenReading | null;
  error: UiError | null;
  reload: () => void;
  start: () => Promise<void>;
  rotate: () => Promise<void>;
  end: (reason: string) => Promise<void>;
};

/** After a rotation time passes without a new token (clocks disagree), ask again only this often. */
const RETRY_MS = 5_000;
/** Asks a moment after the rotation time, so the core's clock has surely passed it too. */
const AFTER_ROTATION_MS = 300;

/**
 * The session's run state and token. The core rotates the token lazily, when asked after its
 * rotation time, so this hook asks `exam/token` once the countdown reaches zero.
 */
export function useSessionToken(sessionId: string): SessionTokenView {
  const client = useClient();
  const [reading, setReading] = useState<TokenReading | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const asked = useRef<string | null>(null);

  const take = useCallback((state: SessionTokenState) => {
    setReading({ state, offsetMs: offsetFrom(state.serverNow, Date.now()) });
    setError(null);
  }, []);

  const reload = useCallback(() => {
    client.call('exam/token', { sessionId }).then(take, (err: unknown) => setError(toUiError(err)));
  }, [client, sessionId, take]);

  useEffect(reload, [reload]);
  // Another proctor's console may start, rotate or end the session: the core pushes that.
  useServerEvent('exam/sessionChanged', (message) => {
    if (message.payload.sessionId === sessionId) reload();
  });
  // The desktop's core process was restarted: a rotation it made on the way up came with no push.
  useServerEvent('app/coreRestarted', reload);
  // Pushes missed while the event stream was reconnecting: look again when the proctor comes back to
  // this window or the network returns.
  useEffect(() => {
    window.addEventListener('focus', reload);
    window.addEventListener('online', reload);
    return () => {
      window.removeEventListener('focus', reload);
      window.removeEventListener('online', reload);
    };
  }, [reload]);

  const rotatesAt = reading?.state.status === 'running' ? reading.state.rotatesAt : null;
  const offsetMs = reading?.offsetMs ?? 0;
  useEffect(() => {
    if (!rotatesAt) return;
    const wait = Math.max(0, msUntil(rotatesAt, offsetMs, Date.now()));
    const again = asked.current === rotatesAt;
    const timer = setTimeout(
      () => {
        asked.current = rotatesAt;
        reload();
      },
      again ? Math.max(wait, RETRY_MS) : wait + AFTER_ROTATION_MS,
    );
    return () => clearTimeout(timer);
  }, [rotatesAt, offsetMs, reading, reload]);

  // The actions throw the UI error so the form that asked can show it where the proctor is looking.
  const act = useCallback(
    async (run: () => Promise<SessionTokenState>) => {
      try {
        take(await run());
      } catch (err) {
        throw toUiError(err);
      }
    },
    [take],
  );

  return {
    reading,
    error,
    reload,
    start: () => act(() => client.call('exam/startSession', { sessionId })),
    rotate: () => act(() => client.call('exam/rotateToken', { sessionId })),
    end: (reason) => act(() => client.call('exam/endSession', { sessionId, reason })),
  };
}
