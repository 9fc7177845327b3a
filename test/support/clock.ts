import type { Clock } from '../../electron/core/clock';

/** A clock the test moves by hand: deadlines, token rotation and grace periods without waiting. */
export function movableClock(start = new Date()): Clock & { advance: (ms: number) => void; set: (d: Date) => void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
    set: (d) => {
      now = d.getTime();
    },
  };
}

export const MINUTE = 60_000;
