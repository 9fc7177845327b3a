/**
 * The codes a question-bank source reader (core/bank-import/sources) gives one question: why it was
 * refused, or what the conversion changed. Their messages are `bankSource.reasons.<CODE>` and
 * `bankSource.notes.<CODE>` (i18n/bank-import.*.ts); a file refused as a whole is an AppError of
 * BANK_FILE_FAILURES (errors.ts) instead. Each code's params are listed beside it.
 */

export const BANK_SOURCE_REASONS = [
  /** More than one option is correct (Moodle multichoice with several positive weights, QTI cardinality multiple, Aiken `ANSWER: A, C`). */
  'BANK_MULTIPLE_RESPONSE',
  'BANK_MATCHING',
  /** Cloze / embedded answers: Moodle multianswer, GIFT answers inside the text, QTI items with several interactions. */
  'BANK_CLOZE',
  'BANK_DRAG_DROP',
  'BANK_GAPSELECT',
  'BANK_ORDERING',
  /** Text only, no question (Moodle description, GIFT description, a QTI item without interaction). */
  'BANK_DESCRIPTION',
  /** { type }: the source's own type name. */
  'BANK_UNKNOWN_TYPE',
  /** { count, max } */
  'BANK_TOO_MANY_OPTIONS',
  /** { count } */
  'BANK_TOO_FEW_OPTIONS',
  /** No option is marked correct: an empty Aiken `ANSWER:`, no ANSWER line, no 100% weight, an empty key cell. */
  'BANK_NO_KEY',
  /** { key }: the answer names a letter that has no option, or is not a letter. */
  'BANK_KEY_NOT_AN_OPTION',
  'BANK_NO_STEM',
  /** A multiple-choice stem with no options (Aiken: a question followed by no A. line). */
  'BANK_NO_OPTIONS',
  /** { letter }: an option is missing before a later one (A, B and D filled, C empty). */
  'BANK_OPTION_MISSING',
  /** { letter } */
  'BANK_OPTION_EMPTY',
  /** { letter }: an option that is only a picture; the bank needs each option's text. */
  'BANK_OPTION_IMAGE_ONLY',
  /** The stem is only a picture; the bank needs the question's text. */
  'BANK_STEM_IMAGE_ONLY',
  /**
   * { line | row | number, file? }: the same question (kind, texts, key, images) as an earlier one of
   * the file, at that position, which is imported; the screens and the CLI show it as `first`.
   */
  'BANK_DUPLICATE',
  /** { letter, max } */
  'BANK_OPTION_TOO_LONG',
  /** { max }: the stem, expected answer or scoring guide. */
  'BANK_TEXT_TOO_LONG',
  /** { line }: a GIFT `{` with no `}` before the blank line that ends the question. */
  'BANK_BRACE_NOT_CLOSED',
  /** { line, column, found }: GIFT the parser could not read (an unescaped ~ = # { }, for example). */
  'BANK_GIFT_SYNTAX',
  /** { line }: an Aiken line that is neither the next option nor ANSWER: inside a question. */
  'BANK_UNEXPECTED_LINE',
  /** { name }: the only content of the stem or an option was an image that could not be kept. */
  'BANK_IMAGE_WAS_CONTENT',
  /** { value }: the Jenis / Type cell is not PG/Esai (multiple choice/essay). */
  'BANK_BAD_KIND',
  /** { value }: the Urutan Pilihan Tetap column holds neither Ya nor Tidak. */
  'BANK_BAD_IN_ORDER',
  /** { value }: a Word numbered question's line reads like "Urutan pilihan tetap" but is neither it alone nor with Ya or Tidak. */
  'BANK_BAD_IN_ORDER_LINE',
  /** Jenis says essay but options are filled in. */
  'BANK_KIND_MISMATCH',
  /** { column, value }: a spreadsheet cell shows an error value such as #N/A. */
  'BANK_CELL_ERROR',
  /** { column }: a formula saved without its result. */
  'BANK_FORMULA_NO_VALUE',
  /** { file }: a QTI package's manifest names an item file the package does not hold. */
  'BANK_ITEM_MISSING',
  /** { file, line }: a QTI item file that is not well-formed XML (one declaring a DOCTYPE refuses the whole package). */
  'BANK_ITEM_DAMAGED',
] as const;
export type BankSourceReason = (typeof BANK_SOURCE_REASONS)[number];

export const BANK_SOURCE_NOTES = [
  /** True/false became two options, Benar/Salah (True/False). */
  'BANK_TRUE_FALSE',
  /** { options }: partial or negative weights on wrong options, e.g. "B 50%, C -25%", were ignored. */
  'BANK_WEIGHTS_IGNORED',
  /** Written as multiple response, with exactly one correct option: read as single answer. */
  'BANK_SINGLE_FROM_MULTI',
  /** Short answer became an essay whose expected answer lists the accepted answers. */
  'BANK_SHORT_ANSWER_AS_ESSAY',
  /** Numerical became an essay whose expected answer lists the accepted values and tolerance. */
  'BANK_NUMERICAL_AS_ESSAY',
  /** Feedback texts (general, per answer, hints) are not kept. */
  'BANK_FEEDBACK_DROPPED',
  /** Moodle essay's response template (the answer box's starting text) is not kept. */
  'BANK_RESPONSE_TEMPLATE_DROPPED',
  /** { what }: HTML content with no text of its own was dropped (script, style, iframe, embedded media, MathML). */
  'BANK_CONTENT_DROPPED',
  /** { letter }: a Word question's key was read from its one option in bold (no "Kunci:" line). */
  'BANK_KEY_FROM_BOLD',
  /** A table inside a Word question was kept as text lines, its cells separated by " | ". */
  'BANK_TABLE_AS_TEXT',
  /** A Word equation could not be read: the text shows […] where it stood. */
  'BANK_EQUATION_DROPPED',
  /** { name }: an SVG image was not kept (it can carry script). */
  'BANK_IMAGE_SKIPPED_SVG',
  /** { name }: an image that is neither PNG nor JPEG (by its bytes) was not kept. */
  'BANK_IMAGE_SKIPPED_TYPE',
  /** { name, megabytes } */
  'BANK_IMAGE_SKIPPED_SIZE',
  /** { url }: an image on the internet is never fetched. */
  'BANK_IMAGE_SKIPPED_REMOTE',
  /** { name }: an image the file refers to but does not hold. */
  'BANK_IMAGE_SKIPPED_MISSING',
  /** { name }: an image outside the stem and options (feedback, key or scoring guide cell). */
  'BANK_IMAGE_SKIPPED_PLACE',
  /** { name, max }: more images in one place (the stem, one option) than a question may have. */
  'BANK_IMAGE_SKIPPED_TOO_MANY',
  /**
   * { letter }: an option names others by letter or place ("A dan B benar", "semua di atas"): the question's options keep their order.
   * Not given where the file keeps the order already (BANK_OPTIONS_IN_ORDER or _UNSTATED says so).
   */
  'BANK_OPTION_NAMES_OTHERS',
  /** The file says not to shuffle the options (Moodle shuffleanswers 0, QTI shuffle="false" or a fixed choice): they keep their order. */
  'BANK_OPTIONS_IN_ORDER',
  /** A QTI choiceInteraction without its shuffle attribute: QTI shuffles only when it is true, so the file's order is kept. */
  'BANK_OPTIONS_IN_ORDER_UNSTATED',
] as const;
export type BankSourceNote = (typeof BANK_SOURCE_NOTES)[number];
