import type { BankSourceNote, BankSourceReason } from '../../../../electron/shared/bank-source';
import type { TranslationKey } from '../../i18n/keys';

/**
 * The message of each code a question-bank source reader gives one question (core/bank-import/sources):
 * why it was refused, and what its conversion changed. Written out in full for the import preview.
 */
export const SOURCE_REASON_LABEL = {
  BANK_MULTIPLE_RESPONSE: 'bankSource.reasons.BANK_MULTIPLE_RESPONSE',
  BANK_MATCHING: 'bankSource.reasons.BANK_MATCHING',
  BANK_CLOZE: 'bankSource.reasons.BANK_CLOZE',
  BANK_DRAG_DROP: 'bankSource.reasons.BANK_DRAG_DROP',
  BANK_GAPSELECT: 'bankSource.reasons.BANK_GAPSELECT',
  BANK_ORDERING: 'bankSource.reasons.BANK_ORDERING',
  BANK_DESCRIPTION: 'bankSource.reasons.BANK_DESCRIPTION',
  BANK_UNKNOWN_TYPE: 'bankSource.reasons.BANK_UNKNOWN_TYPE',
  BANK_TOO_MANY_OPTIONS: 'bankSource.reasons.BANK_TOO_MANY_OPTIONS',
  BANK_TOO_FEW_OPTIONS: 'bankSource.reasons.BANK_TOO_FEW_OPTIONS',
  BANK_NO_KEY: 'bankSource.reasons.BANK_NO_KEY',
  BANK_KEY_NOT_AN_OPTION: 'bankSource.reasons.BANK_KEY_NOT_AN_OPTION',
  BANK_NO_STEM: 'bankSource.reasons.BANK_NO_STEM',
  BANK_NO_OPTIONS: 'bankSource.reasons.BANK_NO_OPTIONS',
  BANK_OPTION_MISSING: 'bankSource.reasons.BANK_OPTION_MISSING',
  BANK_OPTION_EMPTY: 'bankSource.reasons.BANK_OPTION_EMPTY',
  BANK_OPTION_IMAGE_ONLY: 'bankSource.reasons.BANK_OPTION_IMAGE_ONLY',
  BANK_STEM_IMAGE_ONLY: 'bankSource.reasons.BANK_STEM_IMAGE_ONLY',
  BANK_DUPLICATE: 'bankSource.reasons.BANK_DUPLICATE',
  BANK_OPTION_TOO_LONG: 'bankSource.reasons.BANK_OPTION_TOO_LONG',
  BANK_TEXT_TOO_LONG: 'bankSource.reasons.BANK_TEXT_TOO_LONG',
  BANK_BRACE_NOT_CLOSED: 'bankSource.reasons.BANK_BRACE_NOT_CLOSED',
  BANK_GIFT_SYNTAX: 'bankSource.reasons.BANK_GIFT_SYNTAX',
  BANK_UNEXPECTED_LINE: 'bankSource.reasons.BANK_UNEXPECTED_LINE',
  BANK_IMAGE_WAS_CONTENT: 'bankSource.reasons.BANK_IMAGE_WAS_CONTENT',
  BANK_BAD_KIND: 'bankSource.reasons.BANK_BAD_KIND',
  BANK_BAD_IN_ORDER: 'bankSource.reasons.BANK_BAD_IN_ORDER',
  BANK_KIND_MISMATCH: 'bankSource.reasons.BANK_KIND_MISMATCH',
  BANK_CELL_ERROR: 'bankSource.reasons.BANK_CELL_ERROR',
  BANK_FORMULA_NO_VALUE: 'bankSource.reasons.BANK_FORMULA_NO_VALUE',
  BANK_ITEM_MISSING: 'bankSource.reasons.BANK_ITEM_MISSING',
  BANK_ITEM_DAMAGED: 'bankSource.reasons.BANK_ITEM_DAMAGED',
} as const satisfies Record<BankSourceReason, TranslationKey>;

export const SOURCE_NOTE_LABEL = {
  BANK_TRUE_FALSE: 'bankSource.notes.BANK_TRUE_FALSE',
  BANK_WEIGHTS_IGNORED: 'bankSource.notes.BANK_WEIGHTS_IGNORED',
  BANK_SINGLE_FROM_MULTI: 'bankSource.notes.BANK_SINGLE_FROM_MULTI',
  BANK_SHORT_ANSWER_AS_ESSAY: 'bankSource.notes.BANK_SHORT_ANSWER_AS_ESSAY',
  BANK_NUMERICAL_AS_ESSAY: 'bankSource.notes.BANK_NUMERICAL_AS_ESSAY',
  BANK_FEEDBACK_DROPPED: 'bankSource.notes.BANK_FEEDBACK_DROPPED',
  BANK_RESPONSE_TEMPLATE_DROPPED: 'bankSource.notes.BANK_RESPONSE_TEMPLATE_DROPPED',
  BANK_CONTENT_DROPPED: 'bankSource.notes.BANK_CONTENT_DROPPED',
  BANK_KEY_FROM_BOLD: 'bankSource.notes.BANK_KEY_FROM_BOLD',
  BANK_TABLE_AS_TEXT: 'bankSource.notes.BANK_TABLE_AS_TEXT',
  BANK_EQUATION_DROPPED: 'bankSource.notes.BANK_EQUATION_DROPPED',
  BANK_IMAGE_SKIPPED_SVG: 'bankSource.notes.BANK_IMAGE_SKIPPED_SVG',
  BANK_IMAGE_SKIPPED_TYPE: 'bankSource.notes.BANK_IMAGE_SKIPPED_TYPE',
  BANK_IMAGE_SKIPPED_SIZE: 'bankSource.notes.BANK_IMAGE_SKIPPED_SIZE',
  BANK_IMAGE_SKIPPED_REMOTE: 'bankSource.notes.BANK_IMAGE_SKIPPED_REMOTE',
  BANK_IMAGE_SKIPPED_MISSING: 'bankSource.notes.BANK_IMAGE_SKIPPED_MISSING',
  BANK_IMAGE_SKIPPED_PLACE: 'bankSource.notes.BANK_IMAGE_SKIPPED_PLACE',
  BANK_IMAGE_SKIPPED_TOO_MANY: 'bankSource.notes.BANK_IMAGE_SKIPPED_TOO_MANY',
  BANK_OPTION_NAMES_OTHERS: 'bankSource.notes.BANK_OPTION_NAMES_OTHERS',
  BANK_OPTIONS_IN_ORDER: 'bankSource.notes.BANK_OPTIONS_IN_ORDER',
} as const satisfies Record<BankSourceNote, TranslationKey>;
