/**
 * Indonesian texts of the question bank (issue 15): `bankId` is spread into `id.ts`, `bankErrorsId` into
 * its `errors`. The screens' own texts are added here by the screens.
 */
export const bankErrorsId = {
  BANK_INVALID_other: 'Soal belum disimpan: {{count}} isian perlu diperbaiki (yang pertama: {{field}}).',
  BANK_APPROVE_NO_KUK: 'Soal belum dapat disetujui: petakan dulu ke sekurang-kurangnya satu KUK.',
  BANK_APPROVE_NO_KEY: 'Soal pilihan ganda belum dapat disetujui: tandai satu pilihan sebagai kunci jawaban.',
  BANK_APPROVE_FEW_OPTIONS: 'Soal pilihan ganda belum dapat disetujui: diperlukan sekurang-kurangnya {{min}} pilihan jawaban.',
  BANK_ITEM_RETIRED: 'Soal ini sudah dipensiunkan dan tidak dapat diubah lagi.',
  BANK_REPLACEMENT_PENDING: 'Soal ini sudah dipakai dan perubahannya sebelumnya masih berupa draf ({{ref}}). Ubah draf itu saja.',
  BANK_BENCHMARK_EXISTS: 'KUK ini sudah memiliki tolok ukur observasi. Ubah tolok ukur itu saja.',
  BANK_IMAGE_SVG: 'Gambar ditolak: berkas SVG dapat memuat skrip, jadi tidak diterima. Simpan gambarnya sebagai PNG atau JPEG.',
  BANK_IMAGE_NOT_PNG_OR_JPEG: 'Gambar ditolak: hanya berkas PNG atau JPEG yang diterima.',
  BANK_IMAGE_TOO_LARGE: 'Gambar ditolak: ukurannya paling besar {{megabytes}} MB. Perkecil gambarnya lalu pilih lagi.',
  BANK_IMAGE_TOO_MANY: 'Paling banyak {{max}} gambar untuk satu soal atau satu pilihan jawaban.',
  BANK_IMAGE_UNKNOWN: 'Gambar atau tempat gambar tidak dikenal pada soal ini. Muat ulang soalnya lalu coba lagi.',
} as const;

export const bankId = {
  bank: {
    // Why a field of a question was refused (BankFieldReason of shared/bank.ts).
    reasons: {
      required: 'Wajib diisi.',
      too_long: 'Terlalu panjang.',
      format: 'Bentuknya tidak sesuai.',
      taken: 'Sudah dipakai oleh soal lain pada skema ini.',
      duplicate: 'Muncul lebih dari sekali.',
      unknown_kuk: 'KUK ini tidak ada pada versi skema ini.',
      not_for_kind: 'Tidak berlaku untuk jenis soal ini.',
      over_limit: 'Terlalu banyak.',
      key_count: 'Soal pilihan ganda hanya boleh memiliki satu kunci jawaban.',
    },
    // Table names in a bundle's preview (renderer/src/screens/bundles/table-labels.ts).
    tables: {
      itemKuk: 'KUK soal',
      itemImage: 'Gambar soal',
    },
    // The candidate's question images (CBT) and the printed forms.
    image: {
      stem: 'Gambar soal {{number}}',
      option: 'Gambar pilihan {{letter}}',
      zoom: 'Perbesar gambar',
      zoomed: 'Gambar diperbesar',
      close: 'Tutup (Esc)',
      notShown: 'Gambar tidak dapat dimuat.',
    },
  },
} as const;
