import type { BankImportErrorCode, BankMapNote } from '../bank-import';

/** Indonesian: the question-bank import's own refusals (spread into `errors` of `id.ts`). */
export const bankImportServiceErrorsId = {
  BANK_IMPORT_KUK_UNKNOWN: 'KUK yang dipilih bukan bagian dari versi skema ini. Muat ulang pratinjau lalu pilih lagi.',
  BANK_IMPORT_UNIT_UNKNOWN: 'Unit yang dipilih bukan bagian dari versi skema ini. Muat ulang pratinjau lalu pilih lagi.',
  BANK_IMPORT_QUESTION_UNKNOWN: 'Soal nomor {{index}} tidak ada dalam pratinjau ini.',
  BANK_IMPORT_UNIT_TOO_MANY_KUK:
    'Unit ini memiliki {{count}} KUK, sedangkan satu soal paling banyak dipetakan ke {{max}} KUK. Petakan soalnya satu per satu ke KUK yang dibuktikannya.',
} as const satisfies Record<BankImportErrorCode, string>;

/** Indonesian: why the file's own Unit / KUK columns did not map a question, and the import's words. */
export const bankImportServiceId = {
  bankImport: {
    mapNotes: {
      BANK_MAP_UNIT_UNKNOWN: 'Unit {{unit}} tidak ada di versi skema ini; soal belum dipetakan.',
      BANK_MAP_KUK_UNKNOWN: 'Unit {{unit}} tidak memiliki KUK {{kuk}}; soal belum dipetakan.',
      BANK_MAP_NO_UNIT: 'KUK {{kuk}} tertulis tanpa kode unit; pilih unit untuk seluruh berkas atau petakan soalnya.',
    } satisfies Record<BankMapNote, string>,
  },
} as const;
