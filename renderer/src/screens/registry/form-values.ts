/** Forms hold text; the contract holds null for an empty optional field. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value);
export const text = (value: string | null | undefined): string => value ?? '';
/** A number field: empty is null; anything else goes to the core as typed, which says what is wrong with it. */
export const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));
