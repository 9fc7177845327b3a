/** Teks Indonesia register sertifikat dan lembar BNSP (issue 17; disebar ke `id.ts`). */
export const certificatesErrorsId = {
  CERTIFICATE_SETTINGS_INVALID: 'Pola nomor tidak dapat disimpan. Periksa isian: {{fields}}. {{tokens}}',
  PLENO_NOT_SIGNED: 'Sertifikat hanya diterbitkan dari rapat pleno yang sudah ditandatangani (status sekarang: {{status}}).',
  PLENO_SUPERSEDED: 'Rapat pleno ini sudah dikoreksi oleh rapat pleno SK {{sk}}, yang keputusannya berlaku: terbitkan sertifikat dan lembar BNSP dari rapat pleno koreksi itu.',
  PLENO_NOT_DECIDED: 'Rapat pleno ini belum memutuskan (status: {{status}}), sehingga belum ada data untuk BNSP.',
  CERTIFICATE_NUMBER_TAKEN:
    'Pola nomor menghasilkan nomor {{number}} yang sudah dipakai sertifikat lain. Tidak ada nomor yang diterbitkan dalam kelompok ini; ubah pola nomor (misalnya tambahkan {year}) lalu terbitkan lagi.',
  BLANKO_TAKEN: 'Nomor blanko {{blanko}} sudah dipakai sertifikat {{number}}.',
  CERTIFICATE_REVOKED: 'Sertifikat {{number}} sudah dicabut pada {{revokedAt}} dan tidak dapat dicetak.',
  CERTIFICATE_NOT_COMPETENT:
    'Rapat pleno yang berlaku (SK {{skNumber}}) memutuskan asesi ini Belum Kompeten: sertifikat {{number}} tidak dicetak. Cabut sertifikat ini bila keputusan itu benar.',
  CERTIFICATE_HELD_BY_APPEAL:
    'Banding asesi menahan keputusan ini (masih diproses, atau diterima sehingga uji ulang yang memutuskan): sertifikat {{number}} tidak dicetak selama banding itu menahannya.',
  CERTIFICATE_ALREADY_REVOKED: 'Sertifikat {{number}} sudah dicabut.',
  CERTIFICATE_REVOKE_REASON_REQUIRED: 'Pencabutan sertifikat memerlukan alasannya (paling sedikit 3 karakter).',
  CERTIFICATE_ISSUED_IN_FUTURE: 'Tanggal terbit tidak boleh setelah hari ini ({{date}}).',
  CERTIFICATE_ISSUED_BEFORE_SK: 'Tanggal terbit tidak boleh sebelum tanggal SK rapat pleno ({{date}}).',
  CERTIFICATE_REPLACE_IN_FORCE:
    'Sertifikat {{number}} masih berlaku. Cabut dahulu dengan alasannya, lalu terbitkan penggantinya.',
  CERTIFICATE_ALREADY_REPLACED:
    'Sertifikat {{number}} sudah diganti dengan sertifikat {{replacement}}.',
  CERTIFICATE_REPLACE_NO_DECISION:
    'Tidak ada keputusan rapat pleno bertanda tangan yang berlaku untuk sertifikat {{number}}, sehingga penggantinya tidak dapat diterbitkan.',
  CERTIFICATE_REPLACE_NOT_COMPETENT:
    'Rapat pleno yang berlaku (SK {{skNumber}}) memutuskan asesi ini Belum Kompeten: sertifikat {{number}} tidak diganti.',
  CERTIFICATE_REPLACE_HELD_BY_APPEAL:
    'Banding asesi menahan kursi ini (masih berjalan atau sudah diterima): pengganti sertifikat {{number}} tidak diterbitkan.',
  CERTIFICATE_REPLACE_KBLI_MISSING:
    'Pola nomor memerlukan kode KBLI skema {{scheme}} yang belum diisi di pengaturan skema: pengganti sertifikat {{number}} belum dapat diterbitkan.',
  CERTIFICATE_REPLACE_LEVEL_MISSING:
    'Pola nomor memerlukan jenjang KKNI skema {{scheme}} yang belum diisi: pengganti sertifikat {{number}} belum dapat diterbitkan.',
  CERTIFICATE_SURVEILLANCE_NOT_IN_FORCE: 'Sertifikat {{number}} sudah tidak berlaku (dicabut atau habis masa berlakunya): surveilan tidak dicatat.',
  CERTIFICATE_SURVEILLANCE_IN_FUTURE: 'Tanggal surveilan tidak boleh setelah hari ini ({{date}}).',
  CERTIFICATE_SURVEILLANCE_BEFORE_ISSUE: 'Tanggal surveilan tidak boleh sebelum sertifikat terbit ({{date}}).',
} as const;

export const certificatesId = {
  certificates: {
    // Mengapa isian pola nomor ditolak (CertificateFieldReason).
    reasons: {
      required: 'Wajib diisi.',
      too_long: 'Terlalu panjang (maksimum 120 karakter).',
      no_counter: 'Pola harus memuat nomor urut {counter:N}.',
      counter_twice: 'Nomor urut {counter:N} hanya boleh muncul sekali.',
      counter_width: 'Lebar nomor urut harus 1 sampai 10 digit, misalnya {counter:7}.',
      unknown_token: 'Ada bagian yang tidak dikenal. Yang dikenal: {kbli}, {scheme}, {level}, {counter:N}, {year}, {lsp}.',
      unclosed_brace: 'Kurung kurawal tidak berpasangan.',
      year_required: 'Nomor urut yang mulai dari 1 setiap tahun memerlukan {year} dalam pola, agar nomor tidak berulang.',
    },
    // Mengapa keputusan K belum mendapat sertifikat (SkipReason).
    skip: {
      already_issued: 'Sudah diterbitkan sebelumnya.',
      revoked: 'Sudah diterbitkan, lalu dicabut; tidak diterbitkan lagi di sini. Bila pencabutannya keliru, terbitkan penggantinya di halaman sertifikat itu.',
      held_by_appeal: 'Ditahan: banding asesi belum selesai.',
      appeal_accepted: 'Banding diterima: keputusan sesi ini batal untuk asesi ini. Sertifikat diputuskan rapat pleno asesmen ulang {{session}} ({{date}}).',
      appeal_accepted_unplanned: 'Banding diterima: keputusan sesi ini batal untuk asesi ini. Sertifikat diputuskan rapat pleno asesmen ulang.',
      issued_before_appeal:
        'Sudah diterbitkan sebelum bandingnya diterima; asesmen ulang {{session}} ({{date}}) yang memutuskan. Sertifikat ini tidak diubah otomatis: cabut di halaman sertifikat bila perlu.',
      issued_before_appeal_unplanned:
        'Sudah diterbitkan sebelum bandingnya diterima; asesmen ulang yang memutuskan. Sertifikat ini tidak diubah otomatis: cabut di halaman sertifikat bila perlu.',
      record_changed: 'Asesor mengubah FR.AK.02 asesi ini setelah pleno memutuskannya (paket hasil yang datang kemudian): koreksi pleno untuk memutuskan ulang.',
      kbli_missing: 'Kode KBLI skema belum diisi di pengaturan skema.',
      level_missing: 'Jenjang KKNI skema belum diisi.',
    },
    // Mengapa baris impor nomor blanko ditolak (BlankoReason).
    blanko: {
      nik_unknown: 'Tidak ada sertifikat untuk NIK ini.',
      nik_ambiguous: 'NIK ini memiliki lebih dari satu sertifikat; isi kolom Nomor Sertifikat.',
      number_mismatch: 'Nomor sertifikat tidak cocok dengan sertifikat milik NIK ini.',
      blanko_taken: 'Nomor blanko sudah dipakai sertifikat lain.',
      blanko_twice_in_file: 'Nomor blanko muncul lebih dari sekali dalam berkas.',
      blanko_already_set: 'Sertifikat ini sudah memiliki nomor blanko lain; ubah satu per satu di register.',
    },
    counterScope: { lsp: 'Satu nomor urut berjalan untuk LSP', year: 'Nomor urut mulai dari 1 setiap tahun' },
  },
} as const;
