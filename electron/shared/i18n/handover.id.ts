/** Indonesian texts of handing a planned session over (issue 16; spread into `id.ts`). */
export const handoverErrorsId = {
  SESSION_CANDIDATE_NOT_IN_SESSION: 'Asesi {{candidate}} tidak terdaftar pada sesi ini.',
  SESSION_CANDIDATE_USERNAME_TAKEN: 'Nomor peserta {{participantNo}} sudah dipakai sebagai nama pengguna akun lain. Ubah nomor peserta atau nama pengguna akun itu.',
  SESSION_EXPORT_REFUSED: 'Sesi belum dapat dikirim ke TUK: {{count}} aturan dilanggar ({{conflicts}}). Perbaiki jadwalnya terlebih dahulu.',
  BUNDLE_SESSION_ANSWERED:
    'Paket sesi {{session}} yang lebih baru tidak dapat dipasang: peserta sudah mulai menjawab di TUK ini. Perubahan jadwal setelah ujian berjalan tidak diterima.',
} as const;

export const handoverId = {
  handover: {
    tables: { sessionExport: 'Pengiriman paket sesi' },
  },
} as const;
