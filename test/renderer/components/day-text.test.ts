import { describe, expect, it } from 'vitest';
import { clockOfText, clockTextOf, isIsoDay, isoOfDayText } from '../../../renderer/src/components/day-text';

describe('day text', () => {
  it('reads a day day-first with any of the usual separators, or an ISO day pasted in', () => {
    expect(isoOfDayText('17/08/2026')).toBe('2026-08-17');
    expect(isoOfDayText(' 5-8-2026 ')).toBe('2026-08-05');
    expect(isoOfDayText('17.08.2026')).toBe('2026-08-17');
    expect(isoOfDayText('17 08 2026')).toBe('2026-08-17');
    expect(isoOfDayText('2026-08-17')).toBe('2026-08-17');
    // 05/08 is the 5th of August, never 8 May.
    expect(isoOfDayText('05/08/2026')).toBe('2026-08-05');
  });

  it('refuses what is not a day of the calendar', () => {
    expect(isoOfDayText('29/02/2024')).toBe('2024-02-29');
    for (const text of ['29/02/2025', '31/04/2026', '1/13/2026', '0/1/2026', '17/08/26', '17/08', '', 'besok', '2026-8-17', '17/08/0999']) {
      expect(isoOfDayText(text), text).toBeNull();
    }
  });

  it('knows a whole ISO day', () => {
    expect(isIsoDay('2026-08-05')).toBe(true);
    expect(isIsoDay('05/08/2026')).toBe(false);
    expect(isIsoDay('2026-02-30')).toBe(false);
  });

  it('reads a time on a 24-hour clock, with a dot (Indonesian) or a colon', () => {
    expect(clockOfText('8.00')).toBe('08:00');
    expect(clockOfText('13:30')).toBe('13:30');
    expect(clockOfText('23.59')).toBe('23:59');
    for (const text of ['24:00', '7:60', '7:5', '8', '8 pagi', '']) expect(clockOfText(text), text).toBeNull();
    expect(clockTextOf('08:00', '.')).toBe('08.00');
    expect(clockTextOf('08:00', ':')).toBe('08:00');
  });
});
