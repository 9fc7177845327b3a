import { describe, expect, it } from 'vitest';
import { clockOfText, clockTextOf, isIsoDay } from '../../../renderer/src/components/day-text';

describe('day text', () => {
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
