import type { BankSourceReason } from '../../../shared/bank-source';
import { AppError, type ErrorCode } from '../../../shared/errors';
import { readRows } from '../../spreadsheets/read';
import type { SheetProblem, SheetRow } from '../../spreadsheets/spec';
import type { SourceText } from '../source-question';
import type { Sink } from './build';
import type { BankLimits } from './limits';
import { BANK_SHEET_SPEC, OPTION_EN_KEYS, OPTION_KEYS, type SheetKey } from './template-columns';
import { addTemplateRow } from './template-rows';
import { plainText } from './text';

/** The spreadsheet engine's refusals of a whole file, as the bank import names them. */
const FILE_CODES: Partial<Record<ErrorCode, ErrorCode>> = {
  SHEET_NO_HEADER: 'BANK_FILE_NO_HEADER',
  SHEET_EMPTY: 'BANK_FILE_NO_QUESTIONS',
  SHEET_TOO_MANY_ROWS: 'BANK_FILE_TOO_MANY_QUESTIONS',
  SHEET_DAMAGED: 'BANK_FILE_DAMAGED',
  SHEET_NOT_SPREADSHEET: 'BANK_FILE_NOT_A_BANK',
  SHEET_ENCRYPTED: 'BANK_FILE_ENCRYPTED',
  SHEET_LEGACY_XLS: 'BANK_FILE_LEGACY_OFFICE',
  SHEET_TOO_LARGE: 'BANK_FILE_TOO_LARGE',
  SHEET_ZIP_BOMB: 'BANK_FILE_ZIP_BOMB',
  SHEET_TOO_MANY_PARTS: 'BANK_FILE_TOO_MANY_PARTS',
  SHEET_ENTITIES: 'BANK_FILE_ENTITIES',
};

/**
 * Our Excel template, read exactly as the registry import reads its sheets (spreadsheets/read.ts: the
 * guard, the header found among the top rows with its tolerance, rows streamed). Texts are taken as the
 * cell holds them, line breaks kept. A cell the engine cannot read (an error value, a formula without
 * its result) refuses its row, which keeps its row number.
 */
export async function readXlsx(file: string, limits: BankLimits, sink: Sink): Promise<void> {
  try {
    for await (const row of readRows(file, BANK_SHEET_SPEC, { maxBytes: limits.maxBytes, maxRatio: limits.maxRatio, ratioFloorBytes: limits.ratioFloorBytes, maxParts: limits.maxParts, maxRows: limits.maxQuestions }, (header) => {
      sink.ignoredColumns = header.ignored;
    })) {
      addTemplateRow(templateRow(row), sink);
    }
  } catch (error) {
    const code = error instanceof AppError ? FILE_CODES[error.code] : undefined;
    throw code ? new AppError(code, error instanceof AppError ? error.params : {}) : error;
  }
}

function templateRow(row: SheetRow<SheetKey>): Parameters<typeof addTemplateRow>[0] {
  const text = (key: SheetKey) => plainText(row.raw[key] ?? '');
  const both = (id: SheetKey, en: SheetKey): SourceText => ({ id: text(id), en: text(en) || null });
  return {
    position: { row: row.row },
    name: text('no') || null,
    stem: both('stemId', 'stemEn'),
    options: OPTION_KEYS.map((key, i) => {
      const en = OPTION_EN_KEYS.at(i);
      return { text: en ? both(key, en) : { id: text(key), en: null }, hasImage: false };
    }),
    key: text('key'),
    kind: text('kind'),
    expected: both('expectedId', 'expectedEn'),
    unit: text('unit'),
    kuk: text('kuk'),
    inOrder: text('inOrder'),
    images: [],
    notes: [],
    problem: problemOf(row.problems),
  };
}

function problemOf(problems: readonly SheetProblem<SheetKey>[]): { code: BankSourceReason; params: Record<string, string | number> } | undefined {
  const problem = problems[0];
  if (!problem) return undefined;
  switch (problem.code) {
    case 'SHEET_REQUIRED':
      return { code: 'BANK_NO_STEM', params: {} };
    case 'SHEET_FORMULA_NO_VALUE':
      return { code: 'BANK_FORMULA_NO_VALUE', params: { column: problem.column } };
    default:
      return { code: 'BANK_CELL_ERROR', params: { column: problem.column, value: String(problem.params.value ?? problem.code) } };
  }
}
