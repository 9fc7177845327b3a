import { describe, expect, it } from 'vitest';
import { formatRemaining, remainingMs, syncClock, warningLevel } from '../../../renderer/src/cbt/server-clock';

const MIN = 60_000;

describe('server clock', () => {
  it('counts down to the server’s deadline whatever this PC’s clock says', () => {
    // The PC runs 7 minutes fast: its Date.now() is 02:07 when the server says 02:00.
    const serverNow = Date.parse('2026-11-21T02:00:00.000Z');
    const pcNow = serverNow + 7 * MIN;
    const clock = syncClock(
      { serverNow: new Date(serverNow).toISOString(), deadline: new Date(serverNow + 30 * MIN).toISOString(), remainingMs: 30 * MIN, paused: false },
      pcNow,
    );
    expect(clock.offsetMs).toBe(-7 * MIN);
    expect(remainingMs(clock, pcNow)).toBe(30 * MIN);
    expect(remainingMs(clock, pcNow + 10 * MIN)).toBe(20 * MIN);
    expect(remainingMs(clock, pcNow + 30 * MIN)).toBe(0);
    expect(remainingMs(clock, pcNow + 45 * MIN)).toBe(0);
  });

  it('freezes while paused at what the core said was left', () => {
    const clock = syncClock(
      { serverNow: '2026-11-21T02:00:00.000Z', deadline: '2026-11-21T02:12:00.000Z', remainingMs: 12 * MIN, paused: true },
      1_000,
    );
    expect(remainingMs(clock, 1_000)).toBe(12 * MIN);
    expect(remainingMs(clock, 1_000 + 60 * MIN)).toBe(12 * MIN);
  });

  it('warns from ten minutes, then from five, and not at zero', () => {
    expect(warningLevel(10 * MIN + 1)).toBeNull();
    expect(warningLevel(10 * MIN)).toBe(10);
    expect(warningLevel(5 * MIN + 1)).toBe(10);
    expect(warningLevel(5 * MIN)).toBe(5);
    expect(warningLevel(1)).toBe(5);
    expect(warningLevel(0)).toBeNull();
  });

  it('shows H:MM:SS, rounding up so zero means the time is really over', () => {
    expect(formatRemaining(2 * 3_600_000)).toBe('2:00:00');
    expect(formatRemaining(59 * MIN + 59_001)).toBe('1:00:00');
    expect(formatRemaining(61_500)).toBe('0:01:02');
    expect(formatRemaining(1)).toBe('0:00:01');
    expect(formatRemaining(0)).toBe('0:00:00');
    expect(formatRemaining(-5)).toBe('0:00:00');
  });
});
