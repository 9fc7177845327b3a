import { describe, expect, it } from 'vitest';
import { describeError } from '../../electron/cli/options';
import { AppError } from '../../electron/shared/errors';

describe('describeError', () => {
  it('renders a core error in the language asked for, with the plural form its count asks for', () => {
    expect(describeError(new AppError('RATE_LIMITED', { count: 1 }), 'en')).toBe('Too many sign-in attempts. Wait 1 second, then try again.');
    expect(describeError(new AppError('RATE_LIMITED', { count: 30 }), 'en')).toBe('Too many sign-in attempts. Wait 30 seconds, then try again.');
    expect(describeError(new AppError('BUNDLE_CONFLICTS', { count: 2 }), 'en')).toContain('2 rows conflict');
    expect(describeError(new AppError('BAD_CREDENTIALS'), 'id')).toBe('Nama pengguna atau kata sandi salah.');
  });

  it('leaves quotes and slashes in parameters as they are (a terminal is not HTML)', () => {
    expect(describeError(new AppError('NOT_FOUND', { what: "C:/Ujian/d'Arc" }), 'en')).toBe("Not found (C:/Ujian/d'Arc).");
    expect(describeError(new Error('plain'), 'id')).toBe('plain');
  });
});
