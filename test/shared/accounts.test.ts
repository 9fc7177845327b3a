import { describe, expect, it } from 'vitest';
import { DISPLAY_NAME_MAX_LENGTH, isStrongPassword, isValidUsername, passwordWeakness, USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH, USERNAME_PATTERN } from '../../electron/shared/accounts';
import { contract } from '../../electron/shared/contract';

const create = (username: string, displayName = 'Ani Budi') =>
  contract['accounts/create'].args.safeParse({ role: 'proctor', username, displayName, password: 'Sementara-2026' }).success;

const CASES: readonly [string, boolean][] = [
  ['ani.budi', true],
  ['Ani_Budi-2', true],
  ['abc', true],
  ['a'.repeat(USERNAME_MAX_LENGTH), true],
  ['  siti  ', true],
  ['Ani Budi', false],
  ['ab', false],
  ['a'.repeat(USERNAME_MAX_LENGTH + 1), false],
  ['dewi@lsp', false],
  ['andré', false],
  ['', false],
];

describe('the username rule shared by the screens and the core', () => {
  it('takes 3 to 32 letters, digits, dots, underscores or hyphens, after trimming', () => {
    expect([USERNAME_MIN_LENGTH, USERNAME_MAX_LENGTH]).toEqual([3, 32]);
    expect(CASES.filter(([name, valid]) => isValidUsername(name) !== valid)).toEqual([]);
  });

  it('is the rule the core checks a new account against, so the two cannot drift', () => {
    expect(CASES.filter(([name, valid]) => create(name) !== valid)).toEqual([]);
    expect(contract['setup/create'].args.safeParse({
      kind: 'tuk', tuk: { name: 'TUK Sewaktu', type: 'sewaktu' }, admin: { displayName: 'Ani', username: 'Ani Budi', password: 'x' }, language: 'id',
    }).success).toBe(false);
    expect(USERNAME_PATTERN.test('Ani Budi')).toBe(false);
  });

  it('bounds a display name at the core', () => {
    expect(create('ani', 'A'.repeat(DISPLAY_NAME_MAX_LENGTH))).toBe(true);
    expect(create('ani', 'A'.repeat(DISPLAY_NAME_MAX_LENGTH + 1))).toBe(false);
    expect(create('ani', '   ')).toBe(false);
  });
});

describe('passwordWeakness', () => {
  it('names the first rule a password breaks, in the order the hint states them; null for a strong one', () => {
    expect(passwordWeakness('Ruang-77', 'sari')).toBe('short');
    expect(passwordWeakness('ruangujikita', 'sari')).toBe('kinds');
    expect(passwordWeakness('Proktor-Sari-77', 'sari')).toBe('username');
    expect(passwordWeakness('ab1ab1ab1ab1', 'sari')).toBe('repetitive');
    expect(passwordWeakness('Pengawas-Ruang-77', 'sari')).toBeNull();
    expect(isStrongPassword('Proktor-Sari-77', 'sari')).toBe(false);
  });
});
