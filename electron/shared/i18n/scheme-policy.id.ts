/** Indonesian texts of the per-scheme settings (issue 16): the form on the scheme page, the assessor's pass hint. */
export const schemePolicyId = {
  schemePolicy: {
    title: 'Pengaturan skema',
    intro: 'Berlaku untuk semua versi skema {{code}}. Kosongkan isian untuk memakai bawaan LSP.',
    testDuration: 'Durasi uji tertulis (menit)',
    testDurationHint: 'Jadwal uji baru untuk skema ini dimulai dengan durasi ini.',
    passHint: 'Petunjuk kelulusan pilihan ganda (%)',
    passHintHint: 'Hanya petunjuk bagi asesor; asesor yang memutuskan K/BK.',
    validity: 'Masa berlaku sertifikat (tahun)',
    validityHint: 'Kosong: masa berlaku bawaan pada pengaturan sertifikat.',
    kbli: 'Kode KBLI',
    kbliHint: 'Lima angka (KBLI 2020), dipakai pada nomor sertifikat.',
    save: 'Simpan pengaturan skema',
    saved: 'Pengaturan skema tersimpan.',
    hint: 'Benar {{achieved}} dari {{total}} soal ({{percent}}%). Petunjuk LSP: lulus pada {{hint}}% atau lebih. Ini hanya petunjuk; Anda yang memutuskan K/BK.',
    hintMet: 'Di atas petunjuk',
    hintNotMet: 'Di bawah petunjuk',
  },
} as const;
