import { BANK_FIELD_REASONS, type BankFieldReason } from '../../../../electron/shared/bank';
import type { UiError } from '../../api/client-errors';
import { NO_FIELD_ERRORS, type FieldErrors } from '../registry/field-errors';
import { BANK_FIELD_REASON_LABEL } from './field-reasons';

/** The core refuses an entry field by field (BANK_INVALID with `fields`: `prompt.id`, `options.2.text.en`, `kukIds.1`). */
export function bankFieldErrorsOf(error: UiError | null): FieldErrors {
  if (!error || error.code !== 'BANK_INVALID' || !('fields' in error) || !error.fields) return NO_FIELD_ERRORS;
  const out = new Map<string, (typeof BANK_FIELD_REASON_LABEL)[BankFieldReason]>();
  for (const issue of error.fields) {
    // A reason this build does not know (a newer core) still marks the field, with the general message.
    const reason = BANK_FIELD_REASONS.find((known): known is BankFieldReason => known === issue.reason) ?? 'format';
    if (!out.has(issue.field)) out.set(issue.field, BANK_FIELD_REASON_LABEL[reason]);
  }
  return out;
}

/** The first problem of any field under `prefix` (`kukIds` covers `kukIds.0`, `kukIds.1`…). */
export function problemUnder(errors: FieldErrors, prefix: string) {
  for (const [key, label] of errors) if (key === prefix || key.startsWith(`${prefix}.`)) return label;
  return undefined;
}
