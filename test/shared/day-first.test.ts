import { describe, expect, it } from 'vitest';
import { dayFirst } from '../../electron/shared/day-first';

describe('dayFirst', () => {
  it('writes an ISO day day first, and leaves other text as it is', () => {
    expect(dayFirst('2026-08-05')).toBe('05/08/2026');
    expect(dayFirst('1971-03-08')).toBe('08/03/1971');
    expect(dayFirst('')).toBe('');
    expect(dayFirst('5/8')).toBe('5/8');
    expect(dayFirst('2026-8-5')).toBe('2026-8-5');
  });
});
