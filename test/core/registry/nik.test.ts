import { describe, expect, it } from 'vitest';
import { nikHolder, nikProblem } from '../../../electron/core/registry/nik';

describe('NIK structure', () => {
  it('accepts a plausible NIK, a woman\'s (day + 40) and 29 February', () => {
    expect(nikProblem('3276011403050001')).toBeNull();
    expect(nikProblem('3276015403050001')).toBeNull();
    expect(nikProblem('3171012902990001')).toBeNull();
    expect(nikProblem('9601011212120001')).toBeNull();
  });

  it.each([
    ['327601140305001', 'nik_length'],
    ['32760114030500011', 'nik_length'],
    ['3276O11403050001', 'nik_digits'],
    ['3.27601140305E+15', 'nik_digits'],
    ['2076011403050001', 'nik_region'],
    ['3200011403050001', 'nik_region'],
    ['3276001403050001', 'nik_region'],
    ['3276013203050001', 'nik_birth_date'],
    ['3276017203050001', 'nik_birth_date'],
    ['3276010013050001', 'nik_birth_date'],
    ['3276013102050001', 'nik_birth_date'],
    ['3276011403050000', 'nik_serial'],
  ])('refuses %s: %s', (nik, reason) => {
    expect(nikProblem(nik)).toBe(reason);
  });
});

describe('what a NIK says of its holder', () => {
  it("reads the birth day and month, the year's last two digits, and the sex (a woman's day + 40)", () => {
    expect(nikHolder('3171041508850001')).toEqual({ monthDay: '08-15', year2: '85', sex: 'L' });
    expect(nikHolder('3171045508850001')).toEqual({ monthDay: '08-15', year2: '85', sex: 'P' });
    expect(nikHolder('3276014102050001')).toEqual({ monthDay: '02-01', year2: '05', sex: 'P' });
  });
});
