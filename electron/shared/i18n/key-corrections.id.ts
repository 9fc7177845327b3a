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
} as const;
