/** Indonesian texts of handing a planned session over (issue 16; spread into `id.ts`). */
export const handoverErrorsId = {
  SESSION_CANDIDATE_NOT_IN_SESSION: 'Asesi {{candidate}} tidak terdaftar pada sesi ini.',
  SESSION_CANDIDATE_USERNAME_TAKEN: 'Nomor peserta {{participantNo}} sudah dipakai sebagai nama pengguna akun lain. Ubah nomor peserta atau nama pengguna akun itu.',
  SESSION_EXPORT_REFUSED_one: 'Sesi belum dapat dikirim ke TUK: {{count}} aturan dilanggar. Perbaiki jadwalnya terlebih dahulu.',
  SESSION_EXPORT_REFUSED_other: 'Sesi belum dapat dikirim ke TUK: {{count}} aturan dilanggar. Perbaiki jadwalnya terlebih dahulu.',
  SESSION_EXPORT_NO_CANDIDATES: 'Sesi ini belum memiliki asesi: tidak ada yang dapat mengikutinya. Tambahkan asesi ke jadwal.',
  SESSION_EXPORT_NO_QUESTIONS:
    'Skema {{scheme}} versi {{version}} belum memiliki soal tes tertulis yang disetujui di bank soal: asesi akan mendapat tes tertulis kosong. Setujui soal di bank soal terlebih dahulu.',
  SESSION_EXPORT_EMPTY_TEST_one: 'Tes tertulis sesi ini tidak memberi soal kepada {{count}} asesi: {{names}}. Susun ulang tes tertulisnya.',
  SESSION_EXPORT_EMPTY_TEST_other: 'Tes tertulis sesi ini tidak memberi soal kepada {{count}} asesi: {{names}}. Susun ulang tes tertulisnya.',
  BUNDLE_SESSION_ANSWERED:
    'Paket sesi {{session}} yang lebih baru tidak dapat dipasang: peserta sudah mulai menjawab di TUK ini. Perubahan jadwal setelah ujian berjalan tidak diterima.',
} as const;

export const handoverId = {
  handover: {
    title: 'Serah terima ke TUK',
    exportedAt: 'Paket sesi terakhir dikirim: {{at}}',
    notExported: 'Paket sesi belum pernah diekspor.',
    exportLink: 'Ekspor paket sesi ini',
    over: 'Hasil sesi ini sudah masuk: sesi ini sudah diselenggarakan, jadi kata sandi peserta tidak diterbitkan lagi untuknya. Asesi yang diuji ulang mendapat kata sandi dari jadwal barunya.',
    changedSinceExport: 'Sesi diubah setelah paket terakhir diekspor: ekspor ulang paket sesi agar TUK memakai jadwal terbaru (sebelum ujian dimulai).',
    passwordsHint: 'Kata sandi peserta hanya ditampilkan sekali, pada kartu peserta yang dicetak dari jendela ini. Menerbitkan ulang mengganti kata sandi lama; ekspor ulang paket sesi sesudahnya.',
    // SCHEDULE_PASSWORDS_NOT_ISSUED as the session page says it: the reader is on that page, the button below.
    passwordsMissing_other: '{{count}} peserta belum diberi kata sandi: {{names}}. Terbitkan kata sandi mereka dengan tombol di bawah ini, lalu ekspor paket sesi (lagi): tanpa itu mereka tidak dapat masuk di TUK.',
    issued_other: '{{count}} kata sandi diterbitkan dan siap dicetak pada kartu peserta.',
    issue: 'Terbitkan kata sandi peserta',
    reissue: 'Terbitkan ulang kata sandi',
    issuedBefore_other: 'Kata sandi sudah diterbitkan untuk {{count}} asesi, terakhir pada {{at}}.',
    issuedBeforeUnknown_other: 'Kata sandi sudah diterbitkan untuk {{count}} asesi; kapan dan untuk sesi mana tidak tercatat di komputer ini.',
    // A re-sit: its candidates hold the passwords issued for an earlier session, none for this one.
    issuedForOther_other: 'Kata sandi sudah diterbitkan untuk {{count}} asesi pada sesi {{session}}, terakhir pada {{at}}; belum ada yang diterbitkan untuk sesi ini.',
    reissueConfirm:
      'Menerbitkan ulang mengganti kata sandi semua asesi sesi ini: kartu peserta yang sudah dicetak tidak berlaku lagi. Cetak dan bagikan kartu yang baru, lalu ekspor ulang paket sesi.',
    reissueConfirmOther:
      'Menerbitkan kata sandi untuk sesi ini mengganti kata sandi yang diterbitkan pada sesi {{session}}: kartu peserta yang dicetak untuk sesi itu tidak berlaku lagi. Cetak dan bagikan kartu yang baru, lalu ekspor ulang paket sesi.',
    reissueConfirmUnknown:
      'Menerbitkan ulang mengganti kata sandi semua asesi sesi ini: kartu peserta yang pernah dicetak dengan kata sandi lama (untuk sesi ini atau sesi lain) tidak berlaku lagi. Cetak dan bagikan kartu yang baru, lalu ekspor ulang paket sesi.',
    reissueYes: 'Ya, ganti semua kata sandi',
    reissueCancel: 'Batal',
    backToSession: 'Kembali ke halaman sesi',
    ak01For: 'FR.AK.01 untuk',
    tables: { sessionExport: 'Pengiriman paket sesi' },
  },
} as const;
