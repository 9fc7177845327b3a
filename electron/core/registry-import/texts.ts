import type { Language } from '../../shared/i18n';
import type { ImportKind } from '../../shared/registry-import';

type Both = Readonly<Record<Language, string>>;

/**
 * Text written into workbooks (templates, the refused-rows file). It is file content, like the printed
 * forms' wording, not screen text: the screens never show it, so it is kept here in both languages
 * rather than as translation keys the renderer would never use. The column headers themselves are the
 * specs' (Indonesian, with English and the usual variants accepted on import).
 */
export const SHEET_NAMES: Readonly<Record<ImportKind, Both>> = {
  candidates: { id: 'Peserta', en: 'Candidates' },
  assessors: { id: 'Asesor', en: 'Assessors' },
  schemes: { id: 'Skema', en: 'Schemes' },
};

export const NOTES_SHEET: Both = { id: 'Petunjuk', en: 'Instructions' };
export const REASON_HEADER: Both = { id: 'Alasan Ditolak', en: 'Reason Refused' };

/**
 * The reason cell's first words in a refused-rows file of one record a row: where the row sat in the file
 * imported, so it can be fixed there too (the refused file's own rows are numbered anew). A scheme's
 * problems name their rows themselves.
 */
export function sourceRowText(row: number, language: Language): string {
  return language === 'id' ? `Baris ${row} di berkas yang diimpor.` : `Row ${row} of the imported file.`;
}

const COMMON: Readonly<Record<Language, readonly string[]>> = {
  id: [
    'Isi satu baris untuk setiap data, di bawah baris judul kolom. Judul kolom boleh berbahasa Indonesia atau Inggris, dan urutannya boleh diubah; kolom lain diabaikan.',
    'Kolom NIK dan nomor telepon harus berformat Teks (Format Cells > Text) sebelum diketik: Excel menyimpan angka hanya 15 digit, sehingga digit ke-16 NIK hilang.',
    'Tanggal boleh berupa tanggal Excel atau teks seperti 17/08/1995, 17-08-1995 atau 17 Agustus 1995.',
    'Data yang sudah terdaftar (dikenali dari kuncinya) diperbarui; kolom yang tidak ada di berkas tidak mengubah data; sel kosong mengosongkannya.',
    'Mengimpor berkas yang sama dua kali tidak mengubah apa pun.',
  ],
  en: [
    'Fill in one row per record, below the row of column headers. Headers may be in Indonesian or English, in any order; other columns are ignored.',
    'Format the NIK and phone columns as Text (Format Cells > Text) before typing: Excel keeps only 15 digits of a number, so the 16th digit of a NIK is lost.',
    'Dates may be Excel dates or text such as 17/08/1995, 17-08-1995 or 17 Agustus 1995.',
    'A record already registered (known by its key) is updated; a column missing from the file leaves its field alone; an empty cell clears it.',
    'Importing the same file twice changes nothing.',
  ],
};

const BY_KIND: Readonly<Record<ImportKind, Readonly<Record<Language, readonly string[]>>>> = {
  candidates: {
    id: ['Kunci: NIK (16 digit). Wajib: Nama Lengkap dan NIK. L/P: L atau P. Kode wilayah: kode Kemendagri (provinsi 2 digit, kabupaten/kota 4 digit).'],
    en: ['Key: NIK (16 digits). Required: full name and NIK. Sex: L or P. Region codes: Kemendagri codes (province 2 digits, regency 4 digits).'],
  },
  assessors: {
    id: ['Kunci: No. Reg MET. Wajib: Nama, No. Reg MET dan masa berlakunya. Skema: kode skema yang boleh diases, dipisah koma. Asesor pinjaman: isi LSP asal serta nomor dan tanggal surat peminjaman.'],
    en: ["Key: MET registration number. Required: name, MET number and its expiry. Schemes: codes of the schemes they may assess, separated by commas. A borrowed assessor: fill in the home LSP and the loan letter's number and date."],
  },
  schemes: {
    id: [
      'Satu baris untuk setiap KUK. Kolom skema dan unit cukup diisi pada baris pertamanya; baris berikutnya yang kosong mengikuti baris di atasnya.',
      'Berkas FR.APL.02 LSP juga dapat diimpor langsung: baris "Unit Kompetensi NN" dengan judul diakhiri "(KODE UNIT)", baris "1 / Elemen: …" dan baris KUK "1.1. …".',
    ],
    en: [
      'One row per KUK. The scheme and unit columns need only be filled on their first row; empty cells below follow the row above.',
      'An LSP\'s FR.APL.02 sheet can be imported as it is too: rows "Unit Kompetensi NN" with the title ending in "(UNIT CODE)", rows "1 / Elemen: …" and KUK rows "1.1. …".',
    ],
  },
};

export function notesOf(kind: ImportKind, language: Language): readonly string[] {
  return [...BY_KIND[kind][language], ...COMMON[language]];
}
