import type { Language } from '../../../shared/i18n';
import { writeFileDurably } from '../../durable-files';
import { writeSheet } from '../../spreadsheets/write';
import { docHeaders, sheetHeaders, type SheetKey } from '../sources/template-columns';
import { docxTable } from './docx-writer';

type Both = Readonly<Record<Language, string>>;
type Lines = Readonly<Record<Language, readonly string[]>>;

/**
 * File content, like the registry templates' notes (registry-import/texts.ts): the screens never show
 * it, so it is kept here in both languages rather than as translation keys.
 */
export const SHEET_NAME: Both = { id: 'Soal', en: 'Questions' };
export const NOTES_SHEET: Both = { id: 'Petunjuk', en: 'Instructions' };
const DOC_TITLE: Both = { id: 'Bank Soal — Templat Ruang Uji', en: 'Question Bank — Ruang Uji Template' };

export const COMMON: Lines = {
  id: [
    'Isi satu baris untuk setiap soal, di bawah baris judul kolom. Urutan kolom boleh diubah; kolom lain diabaikan.',
    'Pilihan ganda (PG): isi pilihan A sampai paling banyak E (paling sedikit dua) dan Jawaban Benar dengan hurufnya (A–E). Satu soal satu kunci.',
    'Unit: kode unit kompetensi. KUK: nomor KUK yang dibuktikan soal ini, misalnya 1.1; pisahkan dengan koma bila lebih dari satu. Soal tanpa KUK dapat dipetakan saat impor.',
    'Mengimpor berkas yang sama dua kali tidak mengubah apa pun.',
  ],
  en: [
    'Fill in one row per question, below the row of column headers. Columns may be in any order; other columns are ignored.',
    'Multiple choice (MC): fill in options A up to E at most (two at least) and the Correct Answer with its letter (A–E). One key per question.',
    'Unit: the unit of competency code. KUK: the numbers of the KUK the question gives evidence for, such as 1.1, separated by commas. Questions without KUK can be mapped while importing.',
    'Importing the same file twice changes nothing.',
  ],
};

export const SHEET_NOTES: Lines = {
  id: [
    'Esai: tulis Esai di kolom Jenis, kosongkan pilihan, dan tulis Jawaban yang Diharapkan. Kolom Jenis boleh kosong: baris dengan pilihan dibaca sebagai PG, tanpa pilihan sebagai esai.',
    'Kolom bahasa Inggris (Question, Option A–E, Expected Answer) boleh dikosongkan.',
    'Urutan Pilihan Tetap: isi Ya bila pilihan soal PG harus tampil dalam urutan A–E ini untuk setiap peserta (misalnya ada pilihan "A dan B benar" atau "Semua jawaban di atas benar"); kosong atau Tidak: pilihan diacak untuk setiap peserta.',
  ],
  en: [
    'Essay: write Essay in the Type column, leave the options empty and fill in the Expected Answer. The Type column may be empty: a row with options is read as MC, one without as an essay.',
    'The English columns (Question (English), Option A–E (English), Expected Answer (English)) may be left empty.',
    'Keep Option Order: write Yes when an MC question\'s options must show in this A–E order for every candidate (an option such as "A and B are correct" or "All of the above"); empty or No: the options are shuffled for each candidate.',
  ],
};

const DOC_NOTES: Lines = {
  id: [
    'Gambar (PNG atau JPEG) boleh ditempel di sel SOAL atau JAWABAN A–E; gambar ikut tersimpan bersama soal atau pilihannya.',
    'Esai: kosongkan JAWABAN A–E dan tulis jawaban yang diharapkan di JAWABAN BENAR.',
    'URUTAN PILIHAN TETAP: isi Ya bila pilihan soal PG harus tampil dalam urutan A–E ini untuk setiap peserta (misalnya ada pilihan "A dan B benar" atau "Semua jawaban di atas benar"); kosong atau Tidak: pilihan diacak untuk setiap peserta.',
  ],
  en: [
    'Images (PNG or JPEG) may be pasted into the QUESTION or OPTION A–E cells; each is kept with its question or option.',
    'Essay: leave OPTION A–E empty and write the expected answer under CORRECT ANSWER.',
    'KEEP OPTION ORDER: write Yes when an MC question\'s options must show in this A–E order for every candidate (an option such as "A and B are correct" or "All of the above"); empty or No: the options are shuffled for each candidate.',
  ],
};

export const SHEET_WIDTHS: Partial<Record<SheetKey, number>> = { no: 6, stemId: 50, stemEn: 50, key: 10, kind: 12, unit: 18, kuk: 12, expectedId: 40, expectedEn: 40, inOrder: 14 };
const DOC_WIDTHS = [4, 30, 12, 12, 12, 12, 12, 8, 10, 7, 8];
const EMPTY_DOC_ROWS = 5;

/**
 * Writes our empty question-bank template to `file`: the Excel layout (header row frozen, every column
 * formatted as Text so a KUK such as 1.10 stays as typed, instructions on a second sheet) or the Word
 * table (header row repeated on each page, a few empty rows), headers in `language`. Both read back
 * through readBankSource as their layout.
 */
export async function writeBankTemplate(file: string, kind: 'xlsx' | 'docx', language: Language): Promise<void> {
  if (kind === 'xlsx') {
    await writeSheet(file, {
      sheetName: SHEET_NAME[language],
      columns: sheetHeaders(language).map(({ key, header }) => ({ key, header, text: true, width: SHEET_WIDTHS[key] ?? 24 })),
      rows: [],
      notes: { sheetName: NOTES_SHEET[language], lines: [...COMMON[language], ...SHEET_NOTES[language]] },
    });
    return;
  }
  const header = docHeaders(language);
  const bytes = docxTable({
    title: DOC_TITLE[language],
    notes: [...COMMON[language], ...DOC_NOTES[language]],
    header,
    widths: DOC_WIDTHS,
    rows: Array.from({ length: EMPTY_DOC_ROWS }, () => header.map(() => '')),
  });
  writeFileDurably(file, bytes);
}
