import type { UiError } from '../../api/client-errors';
import { FIELD_REASONS, type FieldReason } from '../../../../electron/shared/registry';
import type { TranslationKey } from '../../i18n/keys';
import { FIELD_REASON_LABEL } from './field-reasons';

/** Field path (`name`, `units.0.elements.1.kuk.2.number`) → the message key of why it was refused. */
export type FieldErrors = ReadonlyMap<string, TranslationKey>;

export const NO_FIELD_ERRORS: FieldErrors = new Map();

/**
 * The core refuses a record field by field (REGISTRY_INVALID with `fields`), so a form can mark every
 * input at once; any other failure has no field and is shown as one message.
 */
export function fieldErrorsOf(error: UiError | null): FieldErrors {
  if (!error || error.code !== 'REGISTRY_INVALID' || !('fields' in error) || !error.fields) return NO_FIELD_ERRORS;
  const out = new Map<string, TranslationKey>();
  for (const issue of error.fields) {
    // A reason this build does not know (a newer core) still marks the field, with the general message.
    const reason = FIELD_REASONS.find((known): known is FieldReason => known === issue.reason) ?? 'format';
    if (!out.has(issue.field)) out.set(issue.field, FIELD_REASON_LABEL[reason]);
  }
  return out;
}

/** Errors of the fields under one path prefix (a unit's, an element's), for a nested editor. */
export function errorsUnder(errors: FieldErrors, prefix: string): boolean {
  for (const key of errors.keys()) if (key.startsWith(prefix)) return true;
  return false;
}
