import { useCallback, useEffect, useState } from 'react';
import type { CbtState } from '../../../../electron/shared/cbt';
import { toUiError } from '../../api/client-errors';
import type { LoadState } from '../../api/use-load';
import { useCoreRestarts } from '../../session/core-restarts';
import { useClient } from '../../session/SessionProvider';

export type CbtStateControl = {
  state: LoadState<CbtState>;
  /** Asks the core again: after time ran out, a submission elsewhere, or a failure. */
  reload: () => void;
  /** A method that answers with the new state (agree, submit) hands it over directly. */
  replace: (next: CbtState) => void;
};

export function useCbtState(): CbtStateControl {
  const client = useClient();
  const [state, setState] = useState<LoadState<CbtState>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // A restarted desktop core process is asked again: the state it holds is the truth, not the old reply.
  const restarts = useCoreRestarts();

  useEffect(() => {
    let live = true;
    setState((prev) => (prev.status === 'ready' ? { ...prev, refreshing: true } : { status: 'loading' }));
    client.call('cbt/state', {}).then(
      (data) => live && setState({ status: 'ready', data, refreshing: false }),
      (err: unknown) => live && setState({ status: 'error', error: toUiError(err) }),
    );
    return () => {
      live = false;
    };
  }, [client, round, restarts]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const replace = useCallback((data: CbtState) => setState({ status: 'ready', data, refreshing: false }), []);
  return { state, reload, replace };
}
