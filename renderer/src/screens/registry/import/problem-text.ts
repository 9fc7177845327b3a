import type { TFunction } from 'i18next';
import { apiError, ERROR_CODES } from '../../../../../electron/shared/errors';
import { FIELD_REASONS } from '../../../../../electron/shared/registry';
import type { ImportProblem } from '../../../../../electron/shared/registry-import';
import { FIELD_REASON_LABEL } from '../field-reasons';

/**
 * A problem of one import row in the UI's language: a SHEET_* or IMPORT_* code reads as the error of
 * that code (its message says what to do), a registry reason as the message a form shows beside a field.
 */
export function problemText(t: TFunction, problem: ImportProblem): string {
  const reason = FIELD_REASONS.find((known) => known === problem.code);
  if (reason) return t(FIELD_REASON_LABEL[reason]);
  const code = ERROR_CODES.find((known) => known === problem.code);
  if (code) {
    const error = apiError(code, problem.params);
    return t(error.messageKey, { ...error.params, defaultValue: code });
  }
  return problem.code;
}
