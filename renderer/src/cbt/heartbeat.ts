import type { CbtClock } from '../../../electron/shared/cbt';
import { HEARTBEAT_MS } from '../../../electron/shared/exam-day';
import type { FocusTracker } from './focus-tracker';

// The core's board marks a PC offline after three missed heartbeats; both sides read the same constant.
export { HEARTBEAT_MS };

export type HeartbeatOptions = {
  beat: (focusLost: number) => Promise<CbtClock | null>;
  focus: FocusTracker;
  /** Each answer brings the server's clock: it replaces the occasional `cbt/clock` poll. */
  onClock: (clock: CbtClock) => void;
  /** The core has no running clock for this candidate any more (submitted, timed out). */
  onGone: () => void;
  /** A beat got through: the link works, so whatever waits to be sent can go now. */
  onReachable?: () => void;
  intervalMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

export type Heartbeat = {
  start(): void;
  stop(): void;
  /** Beats at once (the link came back, the window regained focus) and restarts the interval. */
  beatNow(): void;
};

/**
 * One beat at a time, the next scheduled only when the last one has settled: a slow or cut link never
 * piles up requests, and a failed beat just waits for the next turn.
 */
export function createHeartbeat(options: HeartbeatOptions): Heartbeat {
  const interval = options.intervalMs ?? HEARTBEAT_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let running = false;
  let inFlight = false;
  let again = false;

  const schedule = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (!running) return;
    timer = setTimer(() => {
      timer = null;
      void beat();
    }, interval);
  };

  const beat = async () => {
    if (!running) return;
    if (inFlight) {
      again = true;
      return;
    }
    if (timer !== null) clearTimer(timer);
    timer = null;
    inFlight = true;
    const focusLost = options.focus.take();
    try {
      const clock = await options.beat(focusLost);
      if (!running) return;
      options.onReachable?.();
      if (clock) options.onClock(clock);
      else options.onGone();
    } catch {
      options.focus.giveBack(focusLost);
    } finally {
      inFlight = false;
      if (again && running) {
        again = false;
        void beat();
      } else {
        schedule();
      }
    }
  };

  return {
    start() {
      if (running) return;
      running = true;
      void beat();
    },
    stop() {
      running = false;
      again = false;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    beatNow() {
      void beat();
    },
  };
}
