/** Teks Indonesia untuk menutup siklus di LSP (issue 17: tinjauan hasil, rapat pleno, banding, sertifikat; disebar ke `id.ts`). */
export const plenoErrorsId = {} as const;

export const plenoId = {
  pleno: {
    tables: {
      schemePolicy: 'Pengaturan per skema',
      pleno: 'Rapat pleno',
      plenoSession: 'Sesi dalam rapat pleno',
      plenoMember: 'Anggota rapat pleno',
      plenoDecision: 'Keputusan rapat pleno',
      appealCase: 'Perkara banding',
      certificateCounter: 'Penghitung nomor sertifikat',
      certificate: 'Register sertifikat',
      sessionBnsp: 'Kode BNSP sesi',
    },
  },
} as const;
