import { afterEach, beforeEach } from 'vitest';

/**
 * Runs each test of the calling file or block in `zone` (an IANA name such as 'Asia/Jayapura') and puts
 * the machine's zone back afterwards. Node reads `process.env.TZ` again at every change, so Date and Intl
 * follow at once.
 */
export function inTimeZone(zone: string): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => restoreZone(saved));
}

/** For tests that switch zones themselves: puts the zone found at load back after each test. */
export function restoreZoneAfterEach(): void {
  const saved = process.env.TZ;
  afterEach(() => restoreZone(saved));
}

function restoreZone(saved: string | undefined): void {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
}
