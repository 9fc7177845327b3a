import { useCallback, useEffect, useRef, useState } from 'react';
import type { CbtClock } from '../../../../electron/shared/cbt';
import { useServerEvent } from '../../api/use-load';
import { remainingMs, syncClock, type ServerClock } from '../../cbt/server-clock';
import { useCoreRestarts } from '../../session/core-restarts';
import { useClient } from '../../session/SessionProvider';

const TICK_MS = 250;

export type ServerClockView = {
  /** False until the core has given a reading: no reading must never look like "time is up". */
  known: boolean;
  remaining: number;
  paused: boolean;
  /** A fresher reading, e.g. the one every save acknowledgement carries. */
  update: (clock: CbtClock) => void;
  /** Asks the core now, e.g. when a save was refused because the test is paused. */
  refresh: () => void;
  /**
   * The server's time as this PC estimates it, from the last reading's offset: it keeps counting while
   * the link is down. Stamped on each save as `answeredAt`.
   */
  serverNow: () => number;
};

/**
 * `onGone`: the core has no running clock any more (submitted elsewhere, by the proctor or by time).
 * The heartbeat (use-heartbeat.ts) brings a fresh reading every ~10 s; the `cbt/clockChanged` push
 * brings an extension or a pause at once.
 */
export function useServerClock(initial: CbtClock | null, onGone: () => void): ServerClockView {
  const client = useClient();
  const [sync, setSync] = useState<ServerClock | null>(() => (initial ? syncClock(initial, Date.now()) : null));
  const [now, setNow] = useState(() => Date.now());
  const offset = useRef(sync?.offsetMs ?? 0);
  offset.current = sync?.offsetMs ?? offset.current;
  const serverNow = useCallback(() => Date.now() + offset.current, []);

  const update = useCallback((clock: CbtClock) => setSync(syncClock(clock, Date.now())), []);

  const refresh = useCallback(() => {
    client.call('cbt/clock', {}).then(
      (clock) => (clock ? update(clock) : onGone()),
      () => {
        // Unreachable for now: the countdown keeps running on the last reading, which is the best estimate.
      },
    );
  }, [client, update, onGone]);

  useServerEvent('cbt/clockChanged', refresh);

  // A restarted desktop core process may have paused or extended while it was away: read its clock again.
  const restarts = useCoreRestarts();
  useEffect(() => {
    if (restarts > 0) refresh();
  }, [restarts, refresh]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(tick);
  }, []);

  return { known: sync !== null, remaining: sync ? remainingMs(sync, now) : 0, paused: sync?.paused ?? false, update, refresh, serverNow };
}
