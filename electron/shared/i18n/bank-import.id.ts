import type { BankSourceNote, BankSourceReason } from '../bank-source';
import type { BANK_FILE_FAILURES } from '../errors';

type FileFailure = (typeof BANK_FILE_FAILURES)[number];

/** Indonesian: a question-bank file refused whole (spread into `errors` of `id.ts`). */
export const bankImportErrorsId = {
  BANK_FILE_NOT_A_BANK:
    'Berkas ini bukan bank soal yang dapat dibaca Ruang Uji. Yang dapat diimpor: templat Excel (.xlsx) atau Word (.docx) Ruang Uji, dokumen Word (.docx) berisi soal bernomor, Aiken dan GIFT (.txt), Moodle XML, serta IMS QTI 2.1 (berkas item .xml atau paket .zip dengan imsmanifest.xml).',
  BANK_FILE_EMPTY: 'Berkas kosong.',
  BANK_FILE_TOO_LARGE: 'Berkas terlalu besar: bank soal yang diimpor paling banyak memuat {{megabytes}} MB data. Pecah menjadi beberapa berkas dan impor satu per satu.',
  BANK_FILE_ZIP_BOMB: 'Berkas ditolak: bagian {{part}} mengembang lebih dari {{ratio}} kali ukurannya, hal yang tidak pernah terjadi pada dokumen biasa. Simpan ulang dari program aslinya dan impor berkas baru itu.',
  BANK_FILE_TOO_MANY_PARTS: 'Berkas ditolak: isinya lebih dari {{cap}} bagian internal. Pecah menjadi beberapa berkas dan impor satu per satu.',
  BANK_FILE_ENTITIES:
    'Berkas ditolak: {{part}} mendeklarasikan entitas XML (DOCTYPE), yang tidak dipakai bank soal dan dapat dipakai untuk menyerang komputer (membaca berkas lain atau mengembang tanpa batas). Ekspor ulang dari programnya dan impor berkas baru itu.',
  BANK_FILE_DAMAGED: 'Berkas rusak atau terpotong sehingga tidak dapat dibaca. Buka di program asalnya; jika bisa terbuka, simpan atau ekspor ulang dan impor berkas baru itu.',
  BANK_FILE_ENCRYPTED: 'Berkas ini dilindungi kata sandi sehingga tidak dapat dibaca. Hapus kata sandinya di Word atau Excel, simpan, lalu impor lagi.',
  BANK_FILE_LEGACY_OFFICE: 'Ini berkas Word atau Excel 97–2003 lama (.doc/.xls). Buka di Word, Excel atau LibreOffice, simpan sebagai .docx atau .xlsx, lalu impor berkas itu.',
  BANK_FILE_PDF:
    'Berkas {{file}} berisi PDF. Soal tidak dapat dibaca dari PDF. Impor dokumen Word (.docx) atau Excel (.xlsx) tempat soal itu diketik; bila hanya ada PDF-nya, salin soal ke templat Word.',
  BANK_FILE_QTI_VERSION: 'Berkas ini memakai {{version}}, yang tidak dibaca Ruang Uji. Ekspor ulang sebagai IMS QTI 2.1 (atau Moodle XML) dan impor berkas itu.',
  BANK_FILE_NO_HEADER:
    'Baris judul kolom tabel soal tidak ditemukan. Yang tidak ada: {{missing}}. Pakai judul kolom seperti pada templat (misalnya NO, SOAL, JAWABAN A–E, JAWABAN BENAR) lalu impor lagi.',
  BANK_FILE_NO_TABLE:
    'Tidak ada soal yang ditemukan di dokumen Word ini. Ruang Uji membaca soal bernomor (1. soal, lalu pilihan a. sampai e., lalu baris "Kunci: B" atau kunci dicetak tebal; baris "Urutan pilihan tetap" di bawah pilihan membuat pilihan tidak diacak; soal tanpa pilihan dibaca sebagai esai) atau tabel soal seperti templat Word (NO, SOAL, JAWABAN A–E, JAWABAN BENAR). Tulis soal dengan salah satu cara itu, lalu impor lagi.',
  BANK_FILE_NO_QUESTIONS: 'Berkas tidak memuat soal untuk diimpor.',
  BANK_FILE_TOO_MANY_QUESTIONS: 'Berkas memuat lebih dari {{cap}} soal, batas satu kali impor. Pecah menjadi beberapa berkas dan impor satu per satu.',
} as const satisfies Record<FileFailure, string>;

/** Indonesian: why a question of a bank file was refused, and what its conversion changed (spread into `id.ts`). */
export const bankImportId = {
  bankSource: {
    reasons: {
      BANK_MULTIPLE_RESPONSE: 'Lebih dari satu jawaban benar (pilihan ganda kompleks). Bank soal hanya memuat pilihan ganda dengan satu kunci.',
      BANK_MATCHING: 'Soal menjodohkan tidak didukung.',
      BANK_CLOZE: 'Soal isian rumpang / jawaban tersisip di dalam teks (cloze) tidak didukung.',
      BANK_DRAG_DROP: 'Soal seret-dan-lepas (drag and drop) tidak didukung.',
      BANK_GAPSELECT: 'Soal memilih kata untuk celah (gap select) tidak didukung.',
      BANK_ORDERING: 'Soal mengurutkan tidak didukung.',
      BANK_DESCRIPTION: 'Hanya teks keterangan, bukan soal.',
      BANK_UNKNOWN_TYPE: 'Jenis soal "{{type}}" tidak didukung.',
      BANK_TOO_MANY_OPTIONS: 'Memiliki {{count}} pilihan jawaban; paling banyak {{max}} (A–E).',
      BANK_TOO_FEW_OPTIONS: 'Hanya memiliki {{count}} pilihan jawaban; paling sedikit 2.',
      BANK_NO_KEY: 'Kunci jawaban tidak ada atau kosong.',
      BANK_KEY_NOT_AN_OPTION: 'Kunci jawaban "{{key}}" tidak menunjuk pilihan yang ada.',
      BANK_NO_STEM: 'Teks soal kosong.',
      BANK_NO_OPTIONS: 'Soal pilihan ganda tanpa pilihan jawaban.',
      BANK_OPTION_MISSING: 'Pilihan {{letter}} kosong padahal pilihan sesudahnya terisi.',
      BANK_OPTION_EMPTY: 'Pilihan {{letter}} kosong.',
      BANK_OPTION_IMAGE_ONLY: 'Pilihan {{letter}} hanya berisi gambar. Setiap pilihan perlu teks juga (misalnya "Gambar {{letter}}"): tambahkan teks di samping gambar pilihan itu dalam berkas lalu impor lagi.',
      BANK_DUPLICATE: 'Sama persis dengan soal di {{first}} berkas ini, yang sudah ikut diimpor; soal yang sama tidak dimasukkan dua kali.',
      BANK_STEM_IMAGE_ONLY: 'Soal hanya berisi gambar. Teks soal wajib ada (misalnya "Perhatikan gambar berikut."): tambahkan teks di samping gambar soal dalam berkas lalu impor lagi.',
      BANK_OPTION_TOO_LONG: 'Pilihan {{letter}} terlalu panjang: paling banyak {{max}} karakter.',
      BANK_TEXT_TOO_LONG: 'Teks soal, jawaban yang diharapkan atau pedoman penskoran terlalu panjang: paling banyak {{max}} karakter.',
      BANK_BRACE_NOT_CLOSED: 'Kurung kurawal {{line}} tidak pernah ditutup dengan "}" sebelum baris kosong yang mengakhiri soal.',
      BANK_GIFT_SYNTAX: 'Penulisan GIFT tidak dapat dibaca di baris {{line}}, kolom {{column}} (ditemukan {{found}}). Karakter ~ = # { } : di dalam teks harus diawali garis miring terbalik (\\).',
      BANK_UNEXPECTED_LINE: 'Baris {{line}} bukan pilihan berikutnya dan bukan baris ANSWER:.',
      BANK_IMAGE_WAS_CONTENT: 'Gambar {{name}} tidak dapat disimpan, padahal hanya gambar itulah isi soal atau pilihannya.',
      BANK_BAD_KIND: 'Jenis soal "{{value}}" tidak dikenal: isi PG atau Esai.',
      BANK_BAD_IN_ORDER: 'Kolom Urutan Pilihan Tetap berisi "{{value}}": isi Ya (pilihan tidak diacak) atau Tidak, atau kosongkan.',
      BANK_BAD_IN_ORDER_LINE:
        'Baris "{{value}}" pada soal ini tidak dapat dibaca sebagai Urutan pilihan tetap. Agar pilihan tidak diacak, tulis satu baris "Urutan pilihan tetap" (atau "Urutan pilihan tetap: Ya") di bawah pilihan; tanpa baris itu, atau dengan "Urutan pilihan tetap: Tidak", pilihan diacak untuk setiap peserta.',
      BANK_KIND_MISMATCH: 'Jenis soal Esai, tetapi pilihan jawabannya terisi.',
      BANK_CELL_ERROR: 'Sel {{column}} menampilkan galat {{value}}.',
      BANK_FORMULA_NO_VALUE: 'Sel {{column}} berisi rumus tanpa hasil tersimpan.',
      BANK_ITEM_MISSING: 'Berkas soal {{file}} yang disebut di imsmanifest.xml tidak ada di dalam paket.',
      BANK_ITEM_DAMAGED: 'Berkas soal {{file}} rusak: bukan XML yang utuh (baris {{line}}).',
    } satisfies Record<BankSourceReason, string>,
    notes: {
      BANK_TRUE_FALSE: 'Soal benar/salah menjadi pilihan ganda dengan dua pilihan, selalu dalam urutan ini: Benar, lalu Salah.',
      BANK_WEIGHTS_IGNORED: 'Bobot nilai pada pilihan yang salah diabaikan ({{options}}): hanya kunci yang bernilai.',
      BANK_SINGLE_FROM_MULTI: 'Ditulis sebagai soal dengan beberapa jawaban, tetapi hanya satu yang benar: dibaca sebagai pilihan ganda biasa.',
      BANK_SHORT_ANSWER_AS_ESSAY: 'Soal jawaban singkat menjadi esai; jawaban yang diterima dicantumkan sebagai jawaban yang diharapkan, untuk dinilai asesor.',
      BANK_NUMERICAL_AS_ESSAY: 'Soal numerik menjadi esai; nilai yang diterima dan toleransinya dicantumkan sebagai jawaban yang diharapkan, untuk dinilai asesor.',
      BANK_FEEDBACK_DROPPED: 'Umpan balik (feedback) tidak ikut diimpor.',
      BANK_RESPONSE_TEMPLATE_DROPPED: 'Teks awal kotak jawaban esai tidak ikut diimpor.',
      BANK_CONTENT_DROPPED: 'Isi yang bukan teks dibuang: {{what}}.',
      BANK_KEY_FROM_BOLD: 'Kunci {{letter}} dibaca dari pilihan yang dicetak tebal (tidak ada baris "Kunci:"). Periksa bahwa itu memang kuncinya.',
      BANK_TABLE_AS_TEXT: 'Tabel di dalam soal disimpan sebagai baris teks, selnya dipisahkan " | ", yang tampil di layar ujian sebagai tabel sederhana (sel gabungan, warna, dan garis tidak ikut). Periksa di pratinjau soal; bila perlu, tempel tabelnya sebagai gambar.',
      BANK_EQUATION_DROPPED: 'Rumus (equation) Word tidak dapat dibaca; tempatnya ditandai […]. Tulis ulang rumusnya sebagai teks atau gambar.',
      BANK_IMAGE_SKIPPED_SVG: 'Gambar {{name}} berformat SVG tidak disimpan (SVG dapat memuat skrip). Simpan sebagai PNG lalu tambahkan lagi.',
      BANK_IMAGE_SKIPPED_TYPE: 'Gambar {{name}} bukan PNG atau JPEG sehingga tidak disimpan.',
      BANK_IMAGE_SKIPPED_SIZE: 'Gambar {{name}} lebih besar dari {{megabytes}} MB sehingga tidak disimpan.',
      BANK_IMAGE_SKIPPED_REMOTE: 'Gambar dari internet ({{url}}) tidak diunduh.',
      BANK_IMAGE_SKIPPED_MISSING: 'Gambar {{name}} disebut tetapi tidak ada di dalam berkas.',
      BANK_IMAGE_SKIPPED_PLACE: 'Gambar {{name}} di luar soal dan pilihan jawaban (umpan balik, kunci, pedoman) tidak disimpan.',
      BANK_IMAGE_SKIPPED_TOO_MANY: 'Gambar {{name}} tidak disimpan: paling banyak {{max}} gambar di satu tempat.',
      BANK_OPTION_NAMES_OTHERS: 'Pilihan {{letter}} menyebut pilihan lain menurut huruf atau letaknya ("A dan B benar", "semua jawaban di atas benar"), jadi pilihan soal ini tidak diacak: setiap peserta melihatnya dalam urutan di berkas.',
      BANK_OPTIONS_IN_ORDER: 'Berkas meminta pilihan tidak diacak: setiap peserta melihatnya dalam urutan di berkas.',
      BANK_OPTIONS_IN_ORDER_UNSTATED:
        'Berkas tidak menyatakan apakah pilihan diacak (atribut shuffle tidak ada). Menurut QTI pilihan diacak hanya bila shuffle="true", jadi setiap peserta melihatnya dalam urutan di berkas.',
    } satisfies Record<BankSourceNote, string>,
  },
} as const;
