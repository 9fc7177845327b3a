import { useEffect, useState } from 'react';
import { useClient } from '../../../session/SessionProvider';

/**
 * How many active candidates the APL gate keeps out of the planner's picker for this scheme version, as the core
 * counts them (sessions/aplHidden: those the picker offers with the gate off that are not schedulable). Null
 * while the gate is off, before the count is in, when there are too many to count, or when the call failed: the
 * picker then says no number rather than a wrong one.
 */
export function useAplHidden(schemeId: string, aplGate: boolean): number | null {
  const client = useClient();
  const [hidden, setHidden] = useState<{ key: string; count: number | null } | null>(null);
  const key = `${schemeId}|${aplGate}`;
  useEffect(() => {
    if (!aplGate || !schemeId) return;
    let live = true;
    client.call('sessions/aplHidden', { schemeId }).then(
      (count) => live && setHidden({ key, count }),
      () => live && setHidden({ key, count: null }),
    );
    return () => {
      live = false;
    };
  }, [client, key, schemeId, aplGate]);
  return aplGate && hidden?.key === key ? hidden.count : null;
}
