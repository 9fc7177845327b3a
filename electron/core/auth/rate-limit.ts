/**
 * A fixed-window counter per key (an account, or an address in the room server): enough to turn a
 * password-guessing loop into a trickle without ever blocking a candidate who mistypes twice.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one attempt; returns 0 when allowed, else the seconds to wait. */
  hit(key: string, now: number): number {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 10_000) this.prune(now);
      return 0;
    }
    w.count += 1;
    return w.count > this.limit ? Math.ceil((w.start + this.windowMs - now) / 1000) : 0;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/** Per account: more tries than anyone types by hand in a minute, far fewer than a script makes. */
export const ACCOUNT_SIGN_INS_PER_MINUTE = 20;
/** Per address on the LAN: a lab PC signs in a handful of times; this leaves room for a shared PC. */
export const ADDRESS_SIGN_INS_PER_MINUTE = 30;
