import { describe, expect, it } from 'vitest';
import { FieldChecks, isCalendarDate } from '../../../electron/core/registry/fields';

describe('field checks', () => {
  it('bound text by characters, not UTF-16 units, one line or many', () => {
    const checks = new FieldChecks('2026-11-20');
    expect(checks.text('name', ' \u{1F600}\u{1F600}\u{1F600} ', 3, true)).toBe('\u{1F600}\u{1F600}\u{1F600}');
    expect(checks.longText('address', 'ab\ncd', 5)).toBe('ab\ncd');
    expect(checks.issues).toEqual([]);
    checks.text('name', 'abcd', 3, true);
    checks.longText('address', 'ab\ncde', 5);
    expect(checks.issues).toEqual([
      { field: 'name', reason: 'too_long' },
      { field: 'address', reason: 'too_long' },
    ]);
  });

  it('keep a phone number as its digits (and a leading +), as the registry import keeps a phone cell', () => {
    const checks = new FieldChecks('2026-11-20');
    expect(['0812 3456 7890', '0812-3456-7890', '081234567890', '(0812) 3456.7890'].map((p) => checks.phone('phone', p))).toEqual(Array(4).fill('081234567890'));
    expect(checks.phone('phone', '+62 812 1111 2222')).toBe('+6281211112222');
    expect(checks.phone('phone', ' ')).toBeNull();
    expect(checks.issues).toEqual([]);
    checks.phone('phone', '0812 abc');
    expect(checks.issues).toEqual([{ field: 'phone', reason: 'phone_format' }]);
  });

  it('collapse white space inside text and trim it, and leave clean text as it is', () => {
    const checks = new FieldChecks('2026-11-20');
    expect(['Siti Rahma', ' Siti Rahma', 'Siti  Rahma', 'Siti\tRahma', 'Siti\u00a0Rahma\n', '\ufeffSiti Rahma'].map((t) => checks.text('name', t, 50, true))).toEqual(
      Array(6).fill('Siti Rahma'),
    );
    expect(checks.text('name', ' \t ', 50, false)).toBeNull();
  });

  it('take a YYYY-MM-DD day of the calendar from 1900, as a Date would read it', () => {
    const viaDate = (text: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!m) return false;
      const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return Number(m[1]) >= 1900 && date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
    };
    const days: string[] = [];
    for (const year of ['1899', '1900', '1996', '2000', '2023', '2024', '2100', '9999']) {
      for (let month = 0; month <= 13; month++) for (let day = 0; day <= 32; day++) days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
    const odd = ['2024-1-01', '2024-01-1', '2024/01/01', '2024-01-01 ', ' 2024-01-01', '２０２４-01-01', '2024-0a-01', '+024-01-01', '', '20240101'];
    for (const text of [...days, ...odd]) expect([text, isCalendarDate(text)]).toEqual([text, viaDate(text)]);
    expect(['2024-02-29', '2000-02-29', '1900-02-28'].every(isCalendarDate)).toBe(true);
    expect(['1900-02-29', '2100-02-29', '2023-02-29', '1899-12-31', '2024-04-31'].some(isCalendarDate)).toBe(false);
  });
});
