import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDayOf, formatTimeOfDay } from '../../../electron/shared/i18n/format';
import { machineAheadOf, tukZoneOf } from '../../../electron/shared/time-zones';
import { restoreZoneAfterEach } from '../../support/time-zone';

restoreZoneAfterEach();

describe("an instant of a TUK's exam, written on its clock", () => {
  it('names the zone and reads the same on a computer in any zone (id and en)', () => {
    const at = '2026-03-01T16:05:00.000Z'; // 00.05 WITA on 2 March; 23.05 WIB on 1 March
    for (const machine of ['Asia/Jakarta', 'Asia/Jayapura', 'UTC']) {
      process.env.TZ = machine;
      expect(formatTimeOfDay(at, 'id', 'WITA')).toBe('00.05 WITA');
      expect(formatTimeOfDay(at, 'en', 'WITA')).toBe('00:05 WITA');
      expect(formatDateTime(at, 'id', 'WITA')).toBe('2 Mar 2026, 00.05 WITA');
      // The day a signature bears is the TUK's day, unnamed.
      expect(formatDayOf(at, 'id', 'WITA')).toBe('2 Mar 2026');
      expect(formatDayOf(at, 'id', 'WIB')).toBe('1 Mar 2026');
    }
  });

  it("without a zone (a TUK an old bundle brought), on this computer's clock, unnamed, as before", () => {
    process.env.TZ = 'Asia/Jakarta';
    expect(formatTimeOfDay('2026-03-01T16:05:00.000Z', 'id', null)).toBe('23.05');
    expect(formatDateTime('2026-03-01T16:05:00.000Z', 'id')).toBe('1 Mar 2026, 23.05');
  });
});

describe("a computer's zone as one of the three", () => {
  it("by an Indonesian zone's name, else by its hours ahead of UTC (Windows names Indonesia's by its neighbours), else none", () => {
    expect(tukZoneOf('Asia/Pontianak', 7 * 60)).toBe('WIB');
    expect(tukZoneOf('Asia/Makassar', 8 * 60)).toBe('WITA');
    expect(tukZoneOf('Asia/Bangkok', 7 * 60)).toBe('WIB');
    expect(tukZoneOf('Asia/Tokyo', 9 * 60)).toBe('WIT');
    expect(tukZoneOf('Europe/Amsterdam', 60)).toBeNull();
  });

  it('how far its clock is from a TUK zone', () => {
    process.env.TZ = 'Asia/Jakarta';
    expect(machineAheadOf('WITA')).toBe(-60);
    expect(machineAheadOf('WIB')).toBe(0);
    process.env.TZ = 'Asia/Jayapura';
    expect(machineAheadOf('WIB')).toBe(120);
  });
});
