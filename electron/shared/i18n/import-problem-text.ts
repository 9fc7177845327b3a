import { AppError, ERROR_CODES, type ErrorCode } from '../errors';
import { FIELD_REASONS } from '../registry';
import type { ImportProblem, RowNote } from '../registry-import';
import { errorText } from './error-text';
import { resources, type Language } from './index';
import { readableParams } from './readable-params';

const ROW: Readonly<Record<Language, string>> = { id: 'baris', en: 'row' };

/**
 * One import problem in words, outside the screens (the refused-rows file, the CLI): a SHEET_* or
 * IMPORT_* code through its error message, a registry reason through `registry.reasons`, each looked
 * up in the resources rather than by a key built at run time.
 */
export function problemText(problem: ImportProblem, language: Language): string {
  const reason = FIELD_REASONS.find((r) => r === problem.code);
  const code = ERROR_CODES.find((c): c is ErrorCode => c === problem.code);
  const text = reason
    ? resources[language].translation.registry.reasons[reason]
    : code
      ? errorText(new AppError(code, problem.params).toApiError(), language)
      : problem.code;
  const where = [problem.row === undefined ? null : `${ROW[language]} ${problem.row}`, problem.column].filter(Boolean).join(', ');
  return where ? `${where}: ${text}` : text;
}

/** Every problem of a row, for its reason cell: sentences one after another ("….; L/P: …" read as a typo). */
export function reasonText(problems: readonly ImportProblem[], language: Language): string {
  return problems
    .map((p) => problemText(p, language))
    .map((text) => (/[.!?]$/.test(text) ? text : `${text}.`))
    .join(' ');
}

/**
 * A row's note (PreviewRow.notes: written all the same, worth a look) in words outside the screens (the
 * CLI), as the import screen words it, its days as the screens write them.
 */
export function noteText(note: Pick<RowNote, 'code' | 'params'>, language: Language): string {
  const params = readableParams(note.params, language);
  return resources[language].translation.registryScreens.import.notes[note.code].replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? ''));
}
