import { useEffect, useRef, useState } from 'react';
import type { SessionCheck, SessionPlanInput } from '../../../../../electron/shared/scheduling';
import { toUiError, type UiError } from '../../../api/client-errors';
import { useClient } from '../../../session/SessionProvider';
import { useDebounced } from '../../registry/use-paged-list';

export type PlanCheck = { check: SessionCheck | null; checking: boolean; error: UiError | null };

/**
 * sessions/check on every change of the plan, once the planner pauses (debounced): the conflicts a
 * save would meet, nothing written. A reply to an older plan is dropped.
 */
export function usePlanCheck(sessionId: string | null, input: SessionPlanInput | null, round: number): PlanCheck {
  const client = useClient();
  const settled = useDebounced({ input, round }, 300);
  const [state, setState] = useState<PlanCheck>({ check: null, checking: false, error: null });
  const generation = useRef(0);
  const key = JSON.stringify(settled);
  const latest = useRef({ client, sessionId, settled });
  latest.current = { client, sessionId, settled };
  useEffect(() => {
    const mine = ++generation.current;
    const { client, sessionId, settled } = latest.current;
    if (!settled.input) {
      setState({ check: null, checking: false, error: null });
      return;
    }
    setState((prev) => ({ ...prev, checking: true }));
    client.call('sessions/check', { sessionId, session: settled.input }).then(
      (check) => mine === generation.current && setState({ check, checking: false, error: null }),
      (err: unknown) => mine === generation.current && setState({ check: null, checking: false, error: toUiError(err) }),
    );
    // The settled plan is compared by its JSON, so an equal plan typed again is not checked twice.
  }, [key]);
  return state;
}
