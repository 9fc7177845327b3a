import type { TFunction } from 'i18next';

/**
 * Compile-time guard, never imported by the app: if the CustomTypeOptions augmentation were lost, any
 * string would become a valid key, this directive would have nothing to expect, and `tsc -b` would fail.
 */
export function typedKeysCheck(t: TFunction): string {
  // @ts-expect-error: not a key of the Indonesian resources
  return t('nonexistent');
}
