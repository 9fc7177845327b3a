import type { TFunction } from 'i18next';
import type { BankFieldIssue } from '../../../../electron/shared/bank';
import { BANK_FIELD_REASONS } from '../../../../electron/shared/bank';
import { positionOfParams, positionWords, type BankImportPosition, type BankImportRefusal, type BankSourceType } from '../../../../electron/shared/bank-import';
import { apiError, type ErrorCode, type ErrorParams } from '../../../../electron/shared/errors';
import { BANK_FIELD_REASON_LABEL } from '../bank/field-reasons';
import { SOURCE_REASON_LABEL } from './source-labels';

const isReaderReason = (code: string): code is keyof typeof SOURCE_REASON_LABEL => code in SOURCE_REASON_LABEL;

/** Each refused field of a question, in words: `options.2.text.en: Terlalu panjang.` */
function fieldsText(t: TFunction, fields: readonly BankFieldIssue[] | undefined): string {
  if (!fields || fields.length === 0) return '';
  return fields
    .map((issue) => {
      const reason = BANK_FIELD_REASONS.find((known) => known === issue.reason) ?? 'format';
      return t('bankScreens.import.field', { field: issue.field, reason: t(BANK_FIELD_REASON_LABEL[reason]) });
    })
    .join(' ');
}

/** A core error of one question (the bank's refusal, or why it cannot be approved), in the screen's language. */
export function bankProblemText(t: TFunction, problem: { code: ErrorCode; params: ErrorParams; fields?: BankFieldIssue[] }): string {
  const error = apiError(problem.code, problem.params);
  // The core names the parameters at run time, so the default-value overload is the honest typing (as ErrorMessage does).
  const message = t(error.messageKey, { ...error.params, defaultValue: error.code });
  const fields = fieldsText(t, problem.fields);
  return fields ? `${message} ${fields}` : message;
}

/** Why a question was refused: by the reader (a type the bank does not take, broken input) or by the bank. */
export function refusalText(t: TFunction, refusal: BankImportRefusal, source: BankSourceType | null): string {
  const code = refusal.code;
  if (isReaderReason(code)) {
    // A duplicate names the first of it by its position, said as the Letak column says it.
    const params = code === 'BANK_DUPLICATE' ? { first: positionLabel(t, positionOfParams(refusal.params), source) } : refusal.params;
    return t(SOURCE_REASON_LABEL[code], params);
  }
  return bankProblemText(t, { code, params: refusal.params, fields: refusal.fields });
}

/**
 * Where a question stood in the file, in the screen's language and the words of its source type (an Excel
 * row, a Word table's row: positionWords); the core's positionText is the stored, English form.
 */
export function positionLabel(t: TFunction, p: BankImportPosition, source: BankSourceType | null): string {
  const at = atText(t, positionWords(p, source));
  return p.file ? t('bankScreens.import.at.inPart', { file: p.file, at }) : at;
}

function atText(t: TFunction, { words, params }: ReturnType<typeof positionWords>): string {
  switch (words) {
    case 'line':
      return t('bankScreens.import.at.line', { line: params.line });
    case 'row':
      return t('bankScreens.import.at.row', { row: params.row });
    case 'tableRow':
      return t('bankScreens.import.at.tableRow', { row: params.row });
    case 'number':
      return t('bankScreens.import.at.number', { number: params.number });
    case 'file':
      return t('bankScreens.import.at.file');
  }
}

/** A stored source position ("row 3", "line 12", "items/q3.xml question 1", "file": core/bank-import/drafts.ts) read back, null when it is none of these. */
export function parsePosition(text: string): BankImportPosition | null {
  const match = /^(?:(.+) )?(line|row|question|file)(?: (\d+))?$/.exec(text);
  if (!match) return null;
  const [, file, kind, n] = match;
  const at: BankImportPosition = kind === 'line' ? { line: Number(n) } : kind === 'row' ? { row: Number(n) } : kind === 'question' ? { number: Number(n) } : {};
  if (kind !== 'file' && n === undefined) return null;
  return file ? { ...at, file } : at;
}
