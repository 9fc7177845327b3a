import { useEffect, useRef } from 'react';
import type { CbtClock } from '../../../../electron/shared/cbt';
import { createFocusTracker } from '../../cbt/focus-tracker';
import { createHeartbeat } from '../../cbt/heartbeat';
import { useClient } from '../../session/SessionProvider';

type Options = {
  onClock: (clock: CbtClock) => void;
  onGone: () => void;
  /** The link works again (a beat got through, or the browser says it is online): send what waits. */
  onReachable: () => void;
};

/**
 * Keeps this PC "online" on the proctor's board, reports how often the test window lost focus, and
 * brings the server's clock every ~10 s. Runs for as long as the test screen is shown.
 */
export function useHeartbeat(options: Options): void {
  const client = useClient();
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const focus = createFocusTracker();
    const heartbeat = createHeartbeat({
      beat: (focusLost) => client.call('cbt/heartbeat', { focusLost }),
      focus,
      onClock: (clock) => latest.current.onClock(clock),
      onGone: () => latest.current.onGone(),
      onReachable: () => latest.current.onReachable(),
    });
    const onBlur = () => focus.lost();
    const onFocus = () => focus.regained();
    const onVisibility = () => (document.visibilityState === 'hidden' ? focus.lost() : focus.regained());
    const onOnline = () => {
      latest.current.onReachable();
      heartbeat.beatNow();
    };
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', onOnline);
    heartbeat.start();
    return () => {
      heartbeat.stop();
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', onOnline);
    };
  }, [client]);
}
