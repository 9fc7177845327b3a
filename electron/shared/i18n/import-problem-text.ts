import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/errors';
import { errorText } from '../../shared/i18n/error-text';
import { resources, type Language } from '../../shared/i18n';
import { FIELD_REASONS } from '../../shared/registry';
import type { ImportProblem } from '../../shared/registry-import';
import { ROW_LABEL } from './texts';

/** One problem in words: a SHEET_* or IMPORT_* code through its error message, a registry reason through its own. */
export function problemText(problem: ImportProblem, language: Language): string {
  const reason = FIELD_REASONS.find((r) => r === problem.code);
  const code = ERROR_CODES.find((c): c is ErrorCode => c === problem.code);
  const text = reason
    ? resources[language].translation.registry.reasons[reason]
    : code
      ? errorText(new AppError(code, problem.params).toApiError(), language)
      : problem.code;
  const where = [problem.row === undefined ? null : `${ROW_LABEL[language]} ${problem.row}`, problem.column].filter(Boolean).join(', ');
  return where ? `${where}: ${text}` : text;
}

/** Every problem of a row, for its reason cell. */
export function reasonText(problems: readonly ImportProblem[], language: Language): string {
  return problems.map((p) => problemText(p, language)).join('; ');
}
