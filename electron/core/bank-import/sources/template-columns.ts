import type { Language } from '../../../shared/i18n';
import type { ColumnSpec, SheetSpec } from '../../spreadsheets/spec';

/**
 * The columns of our question-bank templates, read with the registry import's header tolerance
 * (spreadsheets/header.ts: no case, spaces, accents or punctuation; any order; extra columns ignored;
 * Indonesian, English and the names Indonesian CBT users already write). The first name of each
 * language is what our template writes.
 */
const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
/**
 * Option columns past E, which our templates never write but an office's own sheet or Word table may
 * have: read so that a question with a sixth option is refused for it (BANK_TOO_MANY_OPTIONS) instead of
 * losing that option as an unknown column.
 */
const EXTRA_OPTION_LETTERS = ['F', 'G', 'H', 'I', 'J'] as const;

const SHEET_KEYS = [
  'no',
  'stemId',
  'optionA',
  'optionB',
  'optionC',
  'optionD',
  'optionE',
  'key',
  'kind',
  'unit',
  'kuk',
  'stemEn',
  'optionAEn',
  'optionBEn',
  'optionCEn',
  'optionDEn',
  'optionEEn',
  'expectedId',
  'expectedEn',
  'inOrder',
] as const;
const EXTRA_OPTION_KEYS = EXTRA_OPTION_LETTERS.map((l) => `option${l}` as const);
export type SheetKey = (typeof SHEET_KEYS)[number] | (typeof EXTRA_OPTION_KEYS)[number];
/** Options A–E, then the columns past E (empty in a well-formed row). */
export const OPTION_KEYS = [...OPTION_LETTERS.map((l) => `option${l}` as const), ...EXTRA_OPTION_KEYS];
export const OPTION_EN_KEYS = OPTION_LETTERS.map((l) => `option${l}En` as const);

/** Header names by key: the Indonesian template's, the English template's, then other names accepted. */
type Names = { id: string; en: string; also: readonly string[] };

const optionNames = (l: string): Names => ({
  id: `Pilihan ${l}`,
  en: `Option ${l} (Indonesian)`,
  also: [`Jawaban ${l}`, `Opsi ${l}`, `Pilihan Jawaban ${l}`, `Pilihan ${l} (ID)`, `Option ${l} (ID)`, l],
});
const optionEnNames = (l: string): Names => ({
  id: `Option ${l}`,
  en: `Option ${l} (English)`,
  also: [`Option ${l} (EN)`, `Pilihan ${l} (Inggris)`, `Pilihan ${l} (EN)`, `Choice ${l}`],
});
const KEY_NAMES = ['Kunci', 'Kunci Jawaban', 'Jawaban yang Benar', 'Kunci Jawaban Benar', 'Answer Key', 'Key'];
const KIND_NAMES = ['Jenis', 'Jenis Soal', 'Tipe', 'Tipe Soal', 'Bentuk Soal', 'Type', 'Question Type'];
const UNIT_NAMES = ['Kode Unit', 'Unit Kompetensi', 'Unit Code'];
const IN_ORDER_NAMES = ['Urutan Tetap', 'Pilihan Tidak Diacak', 'Jangan Diacak', 'Options In Order', 'Do Not Shuffle'];
/** What a Word numbered question's line under its options may say to keep them in order: the column's names, as a line. */
export const IN_ORDER_LINE_NAMES: readonly string[] = ['Urutan Pilihan Tetap', 'Keep Option Order', ...IN_ORDER_NAMES];
const KUK_NAMES = ['No KUK', 'Nomor KUK', 'Kriteria Unjuk Kerja', 'Performance Criteria', 'Performance Criterion'];
const NO_NAMES = ['No.', 'Nomor', 'No Soal', 'Nomor Soal', 'Number'];

const SHEET_NAMES: Readonly<Record<SheetKey, Names>> = {
  no: { id: 'No', en: 'No', also: NO_NAMES },
  stemId: { id: 'Pertanyaan', en: 'Question (Indonesian)', also: ['Soal', 'Butir Soal', 'Pertanyaan (ID)', 'Question (ID)'] },
  optionA: optionNames('A'),
  optionB: optionNames('B'),
  optionC: optionNames('C'),
  optionD: optionNames('D'),
  optionE: optionNames('E'),
  key: { id: 'Jawaban Benar', en: 'Correct Answer', also: KEY_NAMES },
  kind: { id: 'Jenis (PG / Esai)', en: 'Type (MC / Essay)', also: KIND_NAMES },
  unit: { id: 'Unit', en: 'Unit', also: UNIT_NAMES },
  kuk: { id: 'KUK', en: 'KUK', also: KUK_NAMES },
  stemEn: { id: 'Question', en: 'Question (English)', also: ['Question (EN)', 'Pertanyaan (Inggris)', 'Pertanyaan (EN)', 'Soal (Inggris)', 'Soal (EN)'] },
  optionAEn: optionEnNames('A'),
  optionBEn: optionEnNames('B'),
  optionCEn: optionEnNames('C'),
  optionDEn: optionEnNames('D'),
  optionEEn: optionEnNames('E'),
  expectedId: { id: 'Jawaban yang Diharapkan', en: 'Expected Answer (Indonesian)', also: ['Jawaban Diharapkan', 'Expected Answer (ID)'] },
  expectedEn: { id: 'Expected Answer', en: 'Expected Answer (English)', also: ['Expected Answer (EN)', 'Jawaban yang Diharapkan (Inggris)', 'Jawaban yang Diharapkan (EN)'] },
  inOrder: { id: 'Urutan Pilihan Tetap', en: 'Keep Option Order', also: IN_ORDER_NAMES },
  optionF: optionNames('F'),
  optionG: optionNames('G'),
  optionH: optionNames('H'),
  optionI: optionNames('I'),
  optionJ: optionNames('J'),
};

/** A stem, expected answer or option is read whole here; the bank's length rules come after (build.ts). */
const LONG_TEXT = 100_000;

export const BANK_SHEET_SPEC: SheetSpec<SheetKey> = {
  columns: [...SHEET_KEYS, ...EXTRA_OPTION_KEYS].map((key): ColumnSpec<SheetKey> => {
    const names = SHEET_NAMES[key];
    return { key, kind: 'text', maxLength: LONG_TEXT, required: key === 'stemId', headers: [names.id, names.en, ...names.also] };
  }),
};

/** The Excel template's columns, in order, in one language. */
export function sheetHeaders(language: Language): { key: SheetKey; header: string }[] {
  return SHEET_KEYS.map((key) => ({ key, header: SHEET_NAMES[key][language] }));
}

/** The Word template: one language of text, the answer column doubling as an essay's expected answer. */
const DOC_KEYS = ['no', 'stem', 'optionA', 'optionB', 'optionC', 'optionD', 'optionE', 'key', 'unit', 'kuk', 'kind', 'expected', 'inOrder', ...EXTRA_OPTION_KEYS] as const;
export type DocKey = (typeof DOC_KEYS)[number];

const docOption = (l: string): Names => ({ id: `JAWABAN ${l}`, en: `OPTION ${l}`, also: [`Pilihan ${l}`, `Pilihan Jawaban ${l}`, `Jawaban Pilihan ${l}`, `Opsi ${l}`, `Choice ${l}`, `Answer ${l}`, l] });

const DOC_NAMES: Readonly<Record<DocKey, Names>> = {
  no: { id: 'NO', en: 'NO', also: NO_NAMES },
  stem: { id: 'SOAL', en: 'QUESTION', also: ['Pertanyaan', 'Butir Soal', 'Teks Soal', 'Uraian Soal'] },
  optionA: docOption('A'),
  optionB: docOption('B'),
  optionC: docOption('C'),
  optionD: docOption('D'),
  optionE: docOption('E'),
  key: { id: 'JAWABAN BENAR', en: 'CORRECT ANSWER', also: KEY_NAMES },
  unit: { id: 'UNIT', en: 'UNIT', also: UNIT_NAMES },
  kuk: { id: 'KUK', en: 'KUK', also: KUK_NAMES },
  kind: { id: 'JENIS', en: 'TYPE', also: KIND_NAMES },
  expected: { id: 'JAWABAN YANG DIHARAPKAN', en: 'EXPECTED ANSWER', also: ['Jawaban Diharapkan', 'Kunci Jawaban Esai'] },
  // A per-question setting, a column as UNIT and KUK are: the Excel template's Urutan Pilihan Tetap, by the same names.
  inOrder: { id: 'URUTAN PILIHAN TETAP', en: 'KEEP OPTION ORDER', also: IN_ORDER_LINE_NAMES },
  optionF: docOption('F'),
  optionG: docOption('G'),
  optionH: docOption('H'),
  optionI: docOption('I'),
  optionJ: docOption('J'),
};

export const DOC_COLUMNS: readonly ColumnSpec<DocKey>[] = DOC_KEYS.map((key) => {
  const names = DOC_NAMES[key];
  return { key, kind: 'text', headers: [names.id, names.en, ...names.also] };
});
export const DOC_OPTION_KEYS = OPTION_KEYS;

/** The Word template's columns, in order: the layout Indonesian CBT users already know. */
export function docHeaders(language: Language): string[] {
  const written: readonly DocKey[] = ['no', 'stem', 'optionA', 'optionB', 'optionC', 'optionD', 'optionE', 'key', 'unit', 'kuk', 'inOrder'];
  return written.map((key) => DOC_NAMES[key][language]);
}
