import { useEffect, useRef, useState } from 'react';
import { toUiError } from '../../api/client-errors';
import { useClient } from '../../session/SessionProvider';

/**
 * How often the console asks whether the room server still answers. Pushes alone cannot tell: a
 * server that died sends nothing, which looks the same as a quiet room, and the board kept looking live.
 */
export const LINK_PROBE_MS = 3_000;

export type RoomLink =
  | { state: 'up' }
  /** Local time (ms) of the first failed probe. */
  | { state: 'lost'; since: number }
  /** Answering again; shown until the proctor has had time to read it. */
  | { state: 'back'; since: number; backAt: number };

/** How long "connected again" stays on screen. */
export const LINK_BACK_NOTICE_MS = 20_000;

/**
 * The console's link to the room server, probed like a lab PC's heartbeat: one cheap call at a time,
 * the next only after the last settled. Only a lost link counts (`NETWORK`, as the CBT's offline banner
 * reads it); a refusal means the server answered. `onBack` runs when it answers again, so what was
 * pushed in the meantime is read whole.
 */
export function useRoomLink(onBack: () => void): RoomLink {
  const client = useClient();
  const [link, setLink] = useState<RoomLink>({ state: 'up' });
  const back = useRef(onBack);
  back.current = onBack;

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Since when the link is down, outside React state so the transition is seen once per probe.
    let lostSince: number | null = null;
    const settle = (lost: boolean) => {
      if (!live) return;
      const now = Date.now();
      if (lost && lostSince === null) {
        lostSince = now;
        setLink({ state: 'lost', since: now });
      } else if (!lost && lostSince !== null) {
        setLink({ state: 'back', since: lostSince, backAt: now });
        lostSince = null;
        back.current();
      }
      timer = setTimeout(probe, LINK_PROBE_MS);
    };
    const probe = () => {
      client.call('auth/whoami', {}).then(
        () => settle(false),
        (err: unknown) => settle(toUiError(err).code === 'NETWORK'),
      );
    };
    timer = setTimeout(probe, LINK_PROBE_MS);
    return () => {
      live = false;
      if (timer !== null) clearTimeout(timer);
    };
  }, [client]);

  const backAt = link.state === 'back' ? link.backAt : null;
  useEffect(() => {
    if (backAt === null) return;
    const timer = setTimeout(() => setLink((prev) => (prev.state === 'back' && prev.backAt === backAt ? { state: 'up' } : prev)), LINK_BACK_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [backAt]);

  return link;
}
