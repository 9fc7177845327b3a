import { SEXES, type Sex } from '../../shared/registry';
import type { SheetValue } from '../spreadsheets/spec';

/** L/P as LSP sheets, forms and English files write them. */
export const SEX_CHOICES = {
  L: ['L', 'Laki-laki', 'Laki laki', 'Lelaki', 'Pria', 'M', 'Male'],
  P: ['P', 'Perempuan', 'Wanita', 'F', 'Female'],
} as const satisfies Record<Sex, readonly string[]>;

/**
 * "Tempat, Tanggal Lahir" in one column, as Indonesian lists (and the FR.APL.01) write it: read as the
 * place and date of birth when the file has no column of its own for either.
 */
export const PLACE_DATE = {
  headers: ['Tempat, Tanggal Lahir', 'Tempat dan Tanggal Lahir', 'Tempat, Tgl Lahir', 'Tempat/Tgl. Lahir', 'TTL', 'Place and Date of Birth', 'Place, Date of Birth', 'Place/Date of Birth'],
  place: 'birthPlace',
  date: 'birthDate',
} as const;

/** A parsed cell as the registry's text input (numbers as written, empty as null). */
export function textOf(value: SheetValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? String(value) : value;
}

export function sexOf(value: SheetValue | undefined): Sex | null {
  return SEXES.find((s) => s === value) ?? null;
}

/** A type guard over a kind's column keys, for field names coming back from the registry. */
export function keyGuard<K extends string>(keys: readonly K[]): (field: string) => K | null {
  return (field) => keys.find((k) => k === field) ?? null;
}
