import type { bankImportServiceErrorsId, bankImportServiceId } from './bank-import-service.id';
import type { Widen } from './types';

/** English: the question-bank import's own refusals (spread into `errors` of `en.ts`). */
export const bankImportServiceErrorsEn = {
  BANK_IMPORT_KUK_UNKNOWN: 'The KUK chosen is not part of this scheme version. Reload the preview and choose again.',
  BANK_IMPORT_UNIT_UNKNOWN: 'The unit chosen is not part of this scheme version. Reload the preview and choose again.',
  BANK_IMPORT_QUESTION_UNKNOWN: 'Question number {{index}} is not in this preview.',
  BANK_IMPORT_UNIT_TOO_MANY_KUK:
    'This unit has {{count}} KUK, and one question may be mapped to {{max}} KUK at most. Map its questions one by one to the KUK each gives evidence for.',
} as const satisfies Widen<typeof bankImportServiceErrorsId>;

/** English: why the file's own Unit / KUK columns did not map a question. */
export const bankImportServiceEn = {
  bankImport: {
    mapNotes: {
      BANK_MAP_UNIT_UNKNOWN: 'This scheme version has no unit {{unit}}; the question is not mapped yet.',
      BANK_MAP_KUK_UNKNOWN: 'Unit {{unit}} has no KUK {{kuk}}; the question is not mapped yet.',
      BANK_MAP_NO_UNIT: 'KUK {{kuk}} is given without a unit code; choose a unit for the whole file or map the question.',
    },
  },
} as const satisfies Widen<typeof bankImportServiceId>;
