/**
 * The one rule for a phone number, typed on a registry form or read from an import's cell (issue: the
 * form and the import each had their own, so a '/' saved from one was refused by the other): as written
 * at most 30 characters of digits and the usual separators (space, ( ) . - /), an optional leading +,
 * and 6 to 15 digits (E.164's longest). Stored as the + and the digits alone, so an exported list
 * imports back unchanged and BNSP's sheet gets one spelling.
 */
export const PHONE_MAX_WRITTEN = 30;

const SEPARATORS = /[\s().\-/]/g;
const STORED = /^\+?\d{6,15}$/;

/** The phone as stored, or null when `written` (trimmed, not empty) is not a phone number by the rule above. */
export function storedPhone(written: string): string | null {
  if (written.length > PHONE_MAX_WRITTEN) return null;
  const stored = written.replace(SEPARATORS, '');
  return STORED.test(stored) ? stored : null;
}
