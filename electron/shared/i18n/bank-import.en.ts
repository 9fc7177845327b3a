import type { bankImportErrorsId, bankImportId } from './bank-import.id';
import type { Widen } from './types';

/** English: a question-bank file refused whole (spread into `errors` of `en.ts`). */
export const bankImportErrorsEn = {
  BANK_FILE_NOT_A_BANK:
    'This file is not a question bank Ruang Uji can read. It imports the Ruang Uji Excel (.xlsx) or Word (.docx) template, a Word document (.docx) of numbered questions, Aiken and GIFT (.txt), Moodle XML, and IMS QTI 2.1 (an item .xml file or a .zip package with imsmanifest.xml).',
  BANK_FILE_EMPTY: 'The file is empty.',
  BANK_FILE_TOO_LARGE: 'The file is too large: an imported question bank may hold at most {{megabytes}} MB of data. Split it into several files and import them one by one.',
  BANK_FILE_ZIP_BOMB: 'File refused: its part {{part}} expands to more than {{ratio}} times its size, which no ordinary document does. Save it again from the program that made it and import the new file.',
  BANK_FILE_TOO_MANY_PARTS: 'File refused: it holds more than {{cap}} internal parts. Split it into several files and import them one by one.',
  BANK_FILE_ENTITIES:
    'File refused: {{part}} declares XML entities (a DOCTYPE), which question banks do not use and which can attack the computer (read other files, or expand without end). Export it again from its program and import the new file.',
  BANK_FILE_DAMAGED: 'The file is damaged or cut short and cannot be read. Open it in the program it came from; if it opens, save or export it again and import the new file.',
  BANK_FILE_ENCRYPTED: 'The file is protected by a password and cannot be read. Remove the password in Word or Excel, save, and import it again.',
  BANK_FILE_LEGACY_OFFICE: 'This is an old Word or Excel 97–2003 file (.doc/.xls). Open it in Word, Excel or LibreOffice, save it as .docx or .xlsx, and import that file.',
  BANK_FILE_PDF:
    'The file {{file}} holds a PDF. Questions cannot be read from a PDF. Import the Word (.docx) or Excel (.xlsx) file the questions were typed in; if there is only the PDF, copy the questions into the Word template.',
  BANK_FILE_QTI_VERSION: 'This file uses {{version}}, which Ruang Uji does not read. Export it again as IMS QTI 2.1 (or Moodle XML) and import that file.',
  BANK_FILE_NO_HEADER:
    'The question table’s header row was not found. Missing: {{missing}}. Use the column headers of the template (for example NO, QUESTION, OPTION A–E, CORRECT ANSWER) and import again.',
  BANK_FILE_NO_TABLE:
    'No questions were found in this Word document. Ruang Uji reads numbered questions (1. the question, then options a. to e., then a line "Kunci: B" or "Key: B", or the key in bold; a line "Keep option order" under the options keeps them from being shuffled; a question without options is read as an essay) or a question table as in the Word template (NO, QUESTION, OPTION A–E, CORRECT ANSWER). Write the questions one of these ways and import again.',
  BANK_FILE_NO_QUESTIONS: 'The file holds no questions to import.',
  BANK_FILE_TOO_MANY_QUESTIONS: 'The file holds more than {{cap}} questions, the limit of one import. Split it into several files and import them one by one.',
} as const satisfies Widen<typeof bankImportErrorsId>;

/** English: why a question of a bank file was refused, and what its conversion changed (spread into `en.ts`). */
export const bankImportEn = {
  bankSource: {
    reasons: {
      BANK_MULTIPLE_RESPONSE: 'More than one correct answer (multiple response). The bank holds multiple choice with one key only.',
      BANK_MATCHING: 'Matching questions are not supported.',
      BANK_CLOZE: 'Cloze questions (answers embedded in the text) are not supported.',
      BANK_DRAG_DROP: 'Drag-and-drop questions are not supported.',
      BANK_GAPSELECT: 'Select-missing-words (gap select) questions are not supported.',
      BANK_ORDERING: 'Ordering questions are not supported.',
      BANK_DESCRIPTION: 'Only descriptive text, not a question.',
      BANK_UNKNOWN_TYPE: 'The question type "{{type}}" is not supported.',
      BANK_TOO_MANY_OPTIONS: 'It has {{count}} options; at most {{max}} (A–E).',
      BANK_TOO_FEW_OPTIONS: 'It has only {{count}} option; at least 2.',
      BANK_NO_KEY: 'The answer key is missing or empty.',
      BANK_KEY_NOT_AN_OPTION: 'The answer key "{{key}}" names no option that exists.',
      BANK_NO_STEM: 'The question text is empty.',
      BANK_NO_OPTIONS: 'A multiple-choice question without options.',
      BANK_OPTION_MISSING: 'Option {{letter}} is empty while a later option is filled in.',
      BANK_OPTION_EMPTY: 'Option {{letter}} is empty.',
      BANK_OPTION_IMAGE_ONLY: 'Option {{letter}} is only a picture. Every option needs a text too (for example "Picture {{letter}}"): add it beside that option\'s picture in the file and import again.',
      BANK_DUPLICATE: 'The same question as the one at {{first}} of this file, which is imported; the same question is not added twice.',
      BANK_STEM_IMAGE_ONLY: 'The question is only a picture. A question text is required (for example "Look at the picture below."): add it beside the question\'s picture in the file and import again.',
      BANK_OPTION_TOO_LONG: 'Option {{letter}} is too long: at most {{max}} characters.',
      BANK_TEXT_TOO_LONG: 'The question text, expected answer or scoring guide is too long: at most {{max}} characters.',
      BANK_BRACE_NOT_CLOSED: 'The brace on line {{line}} is never closed with "}" before the blank line that ends the question.',
      BANK_GIFT_SYNTAX: 'GIFT that cannot be read at line {{line}}, column {{column}} (found {{found}}). The characters ~ = # { } : inside text must be preceded by a backslash (\\).',
      BANK_UNEXPECTED_LINE: 'Line {{line}} is neither the next option nor an ANSWER: line.',
      BANK_IMAGE_WAS_CONTENT: 'The image {{name}} cannot be kept, and it was the only content of the question or its option.',
      BANK_BAD_KIND: 'Unknown question type "{{value}}": write PG (multiple choice) or Esai (essay).',
      BANK_BAD_IN_ORDER: 'The Keep Option Order column holds "{{value}}": write Yes (the options are not shuffled) or No, or leave it empty.',
      BANK_BAD_IN_ORDER_LINE:
        'The line "{{value}}" in this question cannot be read as Keep option order. For the options not to be shuffled, write one line "Keep option order" (or "Keep option order: Yes") under the options; without that line, or with "Keep option order: No", the options are shuffled for each candidate.',
      BANK_KIND_MISMATCH: 'The type is essay, but options are filled in.',
      BANK_CELL_ERROR: 'The cell {{column}} shows the error {{value}}.',
      BANK_FORMULA_NO_VALUE: 'The cell {{column}} holds a formula without a saved result.',
      BANK_ITEM_MISSING: 'The item file {{file}} named in imsmanifest.xml is not in the package.',
      BANK_ITEM_DAMAGED: 'The item file {{file}} is damaged: not whole XML (line {{line}}).',
    },
    notes: {
      BANK_TRUE_FALSE: 'True/false became multiple choice with two options, always in this order: True, then False (Benar, Salah).',
      BANK_WEIGHTS_IGNORED: 'Grade weights on wrong options were ignored ({{options}}): only the key scores.',
      BANK_SINGLE_FROM_MULTI: 'Written as a question with several answers, but only one is correct: read as ordinary multiple choice.',
      BANK_SHORT_ANSWER_AS_ESSAY: 'Short answer became an essay; the accepted answers are its expected answer, for the assessor to judge.',
      BANK_NUMERICAL_AS_ESSAY: 'Numerical became an essay; the accepted values and tolerance are its expected answer, for the assessor to judge.',
      BANK_FEEDBACK_DROPPED: 'Feedback is not imported.',
      BANK_RESPONSE_TEMPLATE_DROPPED: 'The essay answer box’s starting text is not imported.',
      BANK_CONTENT_DROPPED: 'Content that is not text was dropped: {{what}}.',
      BANK_KEY_FROM_BOLD: 'Key {{letter}} was read from the option in bold (there is no "Key:" line). Check that it is the key.',
      BANK_TABLE_AS_TEXT: 'The table inside the question was kept as rows of text, its cells separated by " | ", which the test screen shows as a plain table (merged cells, colours and borders are not kept). Check it in the question preview; if need be, paste the table as a picture.',
      BANK_EQUATION_DROPPED: 'A Word equation could not be read; […] marks where it stood. Write the equation again as text or an image.',
      BANK_IMAGE_SKIPPED_SVG: 'The SVG image {{name}} was not kept (SVG can carry script). Save it as PNG and add it again.',
      BANK_IMAGE_SKIPPED_TYPE: 'The image {{name}} is neither PNG nor JPEG, so it was not kept.',
      BANK_IMAGE_SKIPPED_SIZE: 'The image {{name}} is larger than {{megabytes}} MB, so it was not kept.',
      BANK_IMAGE_SKIPPED_REMOTE: 'An image on the internet ({{url}}) is not downloaded.',
      BANK_IMAGE_SKIPPED_MISSING: 'The image {{name}} is referred to but not in the file.',
      BANK_IMAGE_SKIPPED_PLACE: 'The image {{name}} outside the question and its options (feedback, key, guide) was not kept.',
      BANK_IMAGE_SKIPPED_TOO_MANY: 'The image {{name}} was not kept: at most {{max}} images in one place.',
      BANK_OPTION_NAMES_OTHERS: 'Option {{letter}} names other options by their letter or place ("A and B are correct", "all of the above"), so this question\'s options are not shuffled: every candidate sees them in the file\'s order.',
      BANK_OPTIONS_IN_ORDER: 'The file asks for the options not to be shuffled: every candidate sees them in the file\'s order.',
      BANK_OPTIONS_IN_ORDER_UNSTATED:
        'The file does not say whether to shuffle the options (no shuffle attribute). QTI shuffles them only when shuffle="true", so every candidate sees them in the file\'s order.',
    },
  },
} as const satisfies Widen<typeof bankImportId>;
