import { describe, expect, it } from 'vitest';
import { FieldChecks } from '../../../electron/core/registry/fields';

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
});
