/**
 * Counts how often the test window lost focus (another window, another tab, a minimised browser) for
 * the proctor's board. Leaving fires both `blur` and `visibilitychange` and coming back fires both
 * again, so one trip away counts once: a loss counts only while the window was thought present.
 */
export type FocusTracker = {
  lost(): void;
  regained(): void;
  /** The losses not reported yet, handed to a heartbeat; they are then no longer counted here. */
  take(): number;
  /** The heartbeat carrying them failed: count them again so the next one reports them. */
  giveBack(count: number): void;
};

export function createFocusTracker(): FocusTracker {
  let away = false;
  let count = 0;
  return {
    lost() {
      if (away) return;
      away = true;
      count++;
    },
    regained() {
      away = false;
    },
    take() {
      const taken = count;
      count = 0;
      return taken;
    },
    giveBack(taken) {
      count += taken;
    },
  };
}
