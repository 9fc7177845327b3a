import type { FieldReason, Sex } from '../../shared/registry';

/**
 * Kemendagri province codes (the first two digits of a NIK and of a regency code), including the
 * Papua provinces formed in 2022 (93–96, with 92 Papua Barat and 91 Papua).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A NIK's structure: 6 digits of region (province, regency, district, none of them 00), 6 of birth date
 * DDMMYY (a woman's day plus 40), 4 of serial (not 0000). The century is not in it, so 29 February is
 * always allowed. Returns why it is not plausible, or null. The value must already be trimmed.
 */
export function nikProblem(nik: string): FieldReason | null {
  if (!/^\d*$/.test(nik)) return 'nik_digits';
  if (nik.length !== 16) return 'nik_length';
  if (!PROVINCE_CODES.has(nik.slice(0, 2)) || nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return 'nik_region';
  const day = birthDayOf(nik);
  const month = Number(nik.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return 'nik_birth_date';
  if (nik.slice(12) === '0000') return 'nik_serial';
  return null;
}

/**
 * What a plausible NIK says of its holder: the birth date without its century (MM-DD and YY) and the
 * sex (a woman's day has 40 added). For checking the record's own birth date and sex against it.
 */
export function nikHolder(nik: string): { monthDay: string; year2: string; sex: Sex } {
  return {
    monthDay: `${nik.slice(8, 10)}-${String(birthDayOf(nik)).padStart(2, '0')}`,
    year2: nik.slice(10, 12),
    sex: Number(nik.slice(6, 8)) > 40 ? 'P' : 'L',
  };
}

/** The day of birth in a NIK (digits 7–8), a woman's 40 taken off. */
function birthDayOf(nik: string): number {
  const day = Number(nik.slice(6, 8));
  return day > 40 ? day - 40 : day;
}
