import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsOf, EventMessage, MethodName, ResultOf } from '../../../electron/shared/contract';
import { useCoreRestarts } from '../session/core-restarts';
import { useClient } from '../session/SessionProvider';
import { toUiError, type UiError } from './client-errors';

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  /** `refreshing`: a reload is under way; the old data stays on screen so nothing jumps. */
  | { status: 'ready'; data: T; refreshing: boolean };

export type Loaded<M extends MethodName> = { state: LoadState<ResultOf<M>>; reload: () => void };

/** Loads one contract method's result for a screen and reloads it on demand. */
export function useLoad<M extends MethodName>(method: M, args: ArgsOf<M>): Loaded<M> {
  const client = useClient();
  const [state, setState] = useState<LoadState<ResultOf<M>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // A restarted core process may have lost nothing, but pushes sent while it was down never came: read again.
  const restarts = useCoreRestarts();
  // Callers write the args inline; comparing them by value avoids a reload on every render.
  const argsKey = JSON.stringify(args);
  const argsRef = useRef(args);
  argsRef.current = args;

  useEffect(() => {
    let live = true;
    setState((prev) => (prev.status === 'ready' ? { ...prev, refreshing: true } : { status: 'loading' }));
    client.call(method, argsRef.current).then(
      (data) => live && setState({ status: 'ready', data, refreshing: false }),
      (err: unknown) => live && setState({ status: 'error', error: toUiError(err) }),
    );
    return () => {
      live = false;
    };
  }, [client, method, argsKey, round, restarts]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { state, reload };
}

/** Runs `onEvent` for each push of the named kind while the component is mounted. */
export function useServerEvent<E extends EventMessage['event']>(
  event: E,
  onEvent: (message: Extract<EventMessage, { event: E }>) => void,
): void {
  const client = useClient();
  const handlerRef = useRef(onEvent);
  handlerRef.current = onEvent;
  useEffect(
    () =>
      client.subscribe((message) => {
        if (isEvent(message, event)) handlerRef.current(message);
      }),
    [client, event],
  );
}

function isEvent<E extends EventMessage['event']>(
  message: EventMessage,
  event: E,
): message is Extract<EventMessage, { event: E }> {
  return message.event === event;
}
