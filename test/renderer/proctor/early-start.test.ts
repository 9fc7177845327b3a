import { describe, expect, it } from 'vitest';
import { START_WITHOUT_ASKING_MS, plannedStart, startsEarly } from '../../../renderer/src/screens/proctor/early-start';

// Instants built from local components: the session's date and time are the venue's clock face.
const local = (hours: number, minutes: number) => new Date(2026, 11, 5, hours, minutes).getTime();

describe('starting early', () => {
  it('reads the planned start on the local clock face', () => {
    expect(plannedStart('2026-12-05', '08:00')?.getTime()).toBe(local(8, 0));
    expect(plannedStart('5 Des', '08:00')).toBeNull();
  });

  it('asks only earlier than half an hour before the planned start', () => {
    expect(START_WITHOUT_ASKING_MS).toBe(30 * 60_000);
    expect(startsEarly('2026-12-05', '08:00', local(5, 35))).toBe(true);
    expect(startsEarly('2026-12-05', '08:00', local(7, 29))).toBe(true);
    expect(startsEarly('2026-12-05', '08:00', local(7, 30))).toBe(false);
    expect(startsEarly('2026-12-05', '08:00', local(9, 0))).toBe(false);
    expect(startsEarly('2026-12-06', '08:00', local(9, 0))).toBe(true);
  });
});
