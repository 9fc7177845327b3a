import { useEffect, useState } from 'react';
import type { ResultsReview } from '../../../../electron/shared/pleno';
import type { LoadState } from '../../api/use-load';
import { toUiError } from '../../api/client-errors';
import { useClient } from '../../session/SessionProvider';

/** The results review of each of a pleno's sessions, for the decisions table (one call per session). */
export function useReviews(sessionIds: readonly string[], round: string): { state: LoadState<ResultsReview[]>; reload: () => void } {
  const client = useClient();
  const [state, setState] = useState<LoadState<ResultsReview[]>>({ status: 'loading' });
  const [again, setAgain] = useState(0);
  const key = sessionIds.join(',');
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    Promise.all(key.split(',').filter(Boolean).map((sessionId) => client.call('results/review', { sessionId }))).then(
      (data) => live && setState({ status: 'ready', data, refreshing: false }),
      (err: unknown) => live && setState({ status: 'error', error: toUiError(err) }),
    );
    return () => {
      live = false;
    };
  }, [client, key, round, again]);
  return { state, reload: () => setAgain((n) => n + 1) };
}
