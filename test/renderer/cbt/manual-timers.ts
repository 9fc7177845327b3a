export type ManualTimer = { run: () => void; ms: number; cleared: boolean };

/** Timers a test fires by hand: what the code under test scheduled, after how long, and whether it cleared it. */
export function manualTimers() {
  const timers: ManualTimer[] = [];
  return {
    timers,
    live: () => timers.filter((t) => !t.cleared),
    setTimer: (run: () => void, ms: number): ManualTimer => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle: unknown): void => {
      const timer = timers.find((t) => t === handle);
      if (timer) timer.cleared = true;
    },
  };
}
