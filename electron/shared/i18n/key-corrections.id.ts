/** Teks Indonesia untuk ralat kunci jawaban dan soal dianulir (disebar ke `id.ts`). */
export const keyCorrectionErrorsId = {
  KEY_CORRECTION_NOT_HERE:
    'Kunci jawaban sesi ini diralat di komputer tempat hari ujiannya berlangsung (TUK), oleh asesornya, bukan di sini: hasil sesi ini berasal dari sana. Hubungi asesor sesi; ralat itu ikut terkirim bersama paket hasil.',
  KEY_CORRECTION_NOT_ASSESSOR: 'Hanya asesor sesi ini yang dapat meralat kunci jawabannya.',
  KEY_CORRECTION_SIGNED:
    'Kunci soal {{question}} belum dapat diralat: rekomendasi {{count}} asesi yang menghitung soal ini sudah ditandatangani ({{candidates}}). Buka kunci FR.AK.02 mereka dulu (Buka kunci, dengan alasan), lalu ralat kuncinya, lalu tandatangani lagi.',
  KEY_CORRECTION_ANNULLED: 'Soal {{question}} sudah dianulir di sesi ini: tidak dihitung untuk siapa pun, tidak ada kunci lagi yang diralat.',
  KEY_CORRECTION_ALREADY_CORRECT: 'Pilihan {{option}} sudah diterima benar untuk soal {{question}}.',
  KEY_CORRECTION_NO_OPTION: 'Pilih opsi soal {{question}} yang juga diterima benar.',
  KEY_WITHDRAWAL_NOT_HERE:
    'Ralat kunci sesi ini ditarik di komputer tempat hari ujiannya berlangsung (TUK), oleh asesornya, bukan di sini: hasil sesi ini berasal dari sana. Hubungi asesor sesi; penarikan itu ikut terkirim bersama paket hasil.',
  KEY_WITHDRAWAL_NOT_ASSESSOR: 'Hanya asesor sesi ini yang dapat menarik ralat kunci jawabannya.',
  KEY_WITHDRAWAL_SIGNED:
    'Ralat kunci soal {{question}} belum dapat ditarik: rekomendasi {{count}} asesi yang menghitung soal ini sudah ditandatangani ({{candidates}}). Buka kunci FR.AK.02 mereka dulu (Buka kunci, dengan alasan), lalu tarik ralatnya, lalu tandatangani lagi.',
  KEY_WITHDRAWAL_NONE: 'Soal {{question}} tidak memiliki ralat itu yang masih berlaku: mungkin sudah ditarik. Muat ulang daftarnya.',
} as const;

export const keyCorrectionsId = {
  keyCorrection: {
    open: 'Ralat kunci jawaban',
    title: 'Ralat kunci jawaban pilihan ganda',
    intro:
      'Bila kunci sebuah soal ternyata salah setelah ujian: terima juga opsi lain sebagai benar, atau anulir soalnya (tidak dihitung untuk semua asesi sesi ini, baik capaian maupun jumlah soal). Alasan wajib diisi. Ralat dicatat di log audit serta di FR.IA.05; ralat yang keliru dapat ditarik, dengan alasan.',
    notHere: 'Ralat hanya dapat dibuat oleh asesor sesi ini di komputer tempat hari ujiannya berlangsung. Di sini hanya dapat dibaca.',
    notAssessor: 'Hanya asesor sesi ini yang dapat meralat kunci jawabannya. Di sini hanya dapat dibaca.',
    questions: 'Soal pilihan ganda sesi ini',
    none: 'Sesi ini tidak memuat soal pilihan ganda.',
    question: 'Soal',
    key: 'Kunci',
    state: 'Keadaan',
    annulled: 'Dianulir',
    acceptedToo: 'Juga diterima: {{options}}',
    asKeyed: 'Sesuai kunci',
    signedBy: 'Rekomendasi sudah ditandatangani untuk: {{candidates}}. Buka kunci FR.AK.02 mereka dulu.',
    correct: 'Ralat…',
    dialogTitle: 'Ralat kunci soal {{question}}',
    action: 'Tindakan',
    accept: 'Terima juga opsi lain sebagai benar',
    annul: 'Anulir soal ini',
    option: 'Opsi yang juga benar',
    choose: '— pilih opsi —',
    reason: 'Alasan (wajib, 3–500 karakter)',
    confirm: 'Simpan ralat',
    saved: 'Ralat soal {{question}} tersimpan.',
    history: 'Ralat yang tercatat',
    historyNone: 'Belum ada ralat kunci di sesi ini.',
    historyAccept: 'Soal {{question}}: opsi {{option}} juga diterima benar',
    historyAnnul: 'Soal {{question}} dianulir',
    reviewNote: 'Kunci yang diralat asesor di TUK: jumlah soal dan capaian pilihan ganda di bawah sudah memperhitungkannya.',
    historyBy: 'oleh {{by}}, {{at}}. Alasan: {{reason}}',
    withdrawn: 'Ditarik',
    withdrawnBy: 'oleh {{by}}, {{at}}. Alasan penarikan: {{reason}}',
    withdraw: 'Tarik…',
    withdrawLabel: 'Tarik ralat soal {{question}}',
    withdrawTitle: 'Tarik ralat soal {{question}}',
    withdrawWhat: 'Ralat ini akan ditarik: {{correction}}.',
    withdrawEffect:
      'Sesudahnya kunci soal ini dibaca seperti sebelum ralat itu untuk semua asesi sesi ini: FR.IA.05, jumlah per unit dan saran K/BK. Ralat dan penarikannya tetap tercatat di log audit; FR.IA.05 cetak tidak lagi memuatnya.',
    withdrawReason: 'Alasan penarikan (wajib, 3–500 karakter)',
    withdrawConfirm: 'Tarik ralat',
    withdrawnSaved: 'Ralat soal {{question}} ditarik.',
  },
  // Catatan di bawah tabel FR.IA.05 cetak: hanya menyatakan yang terjadi.
  ia05Corrections: {
    title: 'Ralat kunci jawaban',
    annul: 'Soal no. {{number}} ({{ref}}) dianulir oleh {{by}} pada {{at}}, alasan: {{reason}}. Soal ini tidak dihitung.',
    accept: 'Kunci soal no. {{number}} ({{ref}}) diralat oleh {{by}} pada {{at}}: opsi {{option}} juga diterima benar. Alasan: {{reason}}.',
  },
} as const;
