import { useEffect, useState } from 'react';
import { useClient } from '../../../session/SessionProvider';

/**
 * How many active candidates the APL gate keeps out of the planner's picker for this scheme version: the
 * LSP's active candidates less those schedulable for it (both counted by their lists' first page). Null
 * while the gate is off, before both counts are in, when either list is too long to be counted, or when a
 * call failed: the picker then says no number rather than a wrong one.
 */
export function useAplHidden(schemeId: string, aplGate: boolean): number | null {
  const client = useClient();
  const [hidden, setHidden] = useState<{ key: string; count: number | null } | null>(null);
  const key = `${schemeId}|${aplGate}`;
  useEffect(() => {
    if (!aplGate || !schemeId) return;
    let live = true;
    Promise.all([client.call('candidates/list', { active: true, limit: 1 }), client.call('apl/list', { schemeId, state: 'schedulable', limit: 1 })]).then(
      ([all, ready]) => live && setHidden({ key, count: all.total !== null && ready.total !== null ? Math.max(0, all.total - ready.total) : null }),
      () => live && setHidden({ key, count: null }),
    );
    return () => {
      live = false;
    };
  }, [client, key, schemeId, aplGate]);
  return aplGate && hidden?.key === key ? hidden.count : null;
}
