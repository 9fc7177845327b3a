import { AppError } from '../../shared/errors';
import type { FieldIssue, FieldReason } from '../../shared/registry';
import { nikProblem, PROVINCE_CODES } from './nik';
import { storedPhone } from '../../shared/phone';
import { longerThan } from '../code-points';

/**
 * Text that trimming and collapsing white space would give back unchanged: no white space at either end,
 * none but single spaces within. Most fields of an import are so, and a test does not copy the text as
 * the replace does (an import of 10,000 rows checks 50,000 such fields).
 */
const CLEAN_TEXT = /^\S+(?: \S+)*$/;

/**
 * Field-by-field checks: each check records why a field is refused and returns the cleaned value
 * (trimmed, runs of spaces collapsed, empty text as null), so one pass both validates and normalises,
 * and every problem of a record is reported at once.
 */
export class FieldChecks {
  constructor(
    /** Today on the core's clock (YYYY-MM-DD): no birth date or approval after it. */
    readonly today: string,
    private readonly prefix = '',
    /** Shared with the checks `under` makes: a tree's refusals are its record's. */
    readonly issues: FieldIssue[] = [],
  ) {}

  refuse(field: string, reason: FieldReason): void {
    this.issues.push({ field: this.prefix + field, reason });
  }

  /** The same issue list, with field paths under `path.` (the scheme tree). */
  under(path: string): FieldChecks {
    return new FieldChecks(this.today, `${this.prefix}${path}.`, this.issues);
  }

  text(field: string, value: string | null, max: number, required: boolean): string | null {
    const clean = value === null ? null : CLEAN_TEXT.test(value) ? value : value.trim().replace(/\s+/g, ' ');
    if (clean === null || clean === '') {
      if (required) this.refuse(field, 'required');
      return null;
    }
    if (longerThan(clean, max)) this.refuse(field, 'too_long');
    return clean;
  }

  required(field: string, value: string, max: number): string {
    return this.text(field, value, max, true) ?? '';
  }

  /** Multi-line text (an address, a note): line breaks kept, outer space trimmed. */
  longText(field: string, value: string | null, max: number): string | null {
    const clean = value?.trim() ?? '';
    if (clean === '') return null;
    if (longerThan(clean, max)) this.refuse(field, 'too_long');
    return clean;
  }

  pattern(field: string, value: string | null, re: RegExp, reason: FieldReason, required = false): string | null {
    const clean = this.text(field, value, 200, required);
    if (clean !== null && !re.test(clean)) this.refuse(field, reason);
    return clean;
  }

  /** YYYY-MM-DD, a real calendar day; `notAfterToday` for dates that cannot be in the future. */
  date(field: string, value: string | null, opts: { required?: boolean; notAfterToday?: boolean; notBefore?: string } = {}): string | null {
    const clean = this.text(field, value, 10, opts.required ?? false);
    if (clean === null) return null;
    if (!isCalendarDate(clean)) {
      this.refuse(field, 'date_format');
      return clean;
    }
    // A day still to come gets its own reason: 'outside the possible range' did not say which way.
    if (opts.notAfterToday && clean > this.today) this.refuse(field, 'date_future');
    else if (opts.notBefore && clean < opts.notBefore) this.refuse(field, 'date_range');
    return clean;
  }

  email(field: string, value: string | null): string | null {
    const clean = this.text(field, value, 254, false);
    if (clean !== null && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(clean)) this.refuse(field, 'email_format');
    return clean === null ? null : clean.toLowerCase();
  }

  /** A phone number by the rule the registry import's cells follow too (shared/phone.ts), stored as its digits. */
  phone(field: string, value: string | null): string | null {
    const clean = this.text(field, value, Number.POSITIVE_INFINITY, false);
    if (clean === null) return null;
    const stored = storedPhone(clean);
    if (stored === null) this.refuse(field, 'phone_format');
    return stored ?? clean;
  }

  nik(field: string, value: string | null, required: boolean): string | null {
    const clean = value === null ? null : value.replace(/\s+/g, '');
    if (clean === null || clean === '') {
      if (required) this.refuse(field, 'required');
      return null;
    }
    const problem = nikProblem(clean);
    if (problem) this.refuse(field, problem);
    return clean;
  }

  province(field: string, value: string | null): string | null {
    const clean = this.text(field, value, 2, false);
    if (clean !== null && !PROVINCE_CODES.has(clean)) this.refuse(field, 'region_code');
    return clean;
  }

  /** A regency code is 4 digits whose first two are a province (and the given province, if any). */
  regency(field: string, value: string | null, province: string | null): string | null {
    const clean = this.text(field, value, 4, false);
    if (clean === null) return null;
    if (!/^\d{4}$/.test(clean) || !PROVINCE_CODES.has(clean.slice(0, 2)) || clean.slice(2) === '00' || (province !== null && !clean.startsWith(province))) {
      this.refuse(field, 'region_code');
    }
    return clean;
  }

  integer(field: string, value: number | null, min: number, max: number): number | null {
    if (value !== null && (value < min || value > max)) this.refuse(field, 'number_range');
    return value;
  }

  /** Throws REGISTRY_INVALID with every refused field when any check failed. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw invalid(this.issues);
  }
}

export function invalid(issues: readonly FieldIssue[]): AppError {
  return new AppError('REGISTRY_INVALID', { count: issues.length, field: issues[0]?.field ?? '' }, issues);
}

/**
 * YYYY-MM-DD naming a day of the Gregorian calendar from 1900. Read digit by digit: a match and a Date
 * for each was a sixth of the time checking an import's rows took.
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const y = digitsAt(text, 0, 4);
  const m = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[m - 1]);
}

const DASH = 45;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number the `length` ASCII digits at `start` write, or -1 if any of them is not one. */
function digitsAt(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}
