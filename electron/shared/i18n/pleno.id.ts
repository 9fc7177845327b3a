/** Teks Indonesia untuk menutup siklus di LSP (issue 17: tinjauan hasil, rapat pleno, banding, sertifikat; disebar ke `id.ts`). */
export const plenoErrorsId = {
  PLENO_MEMBERS_TOO_FEW: 'Aturan jumlah anggota: rapat pleno paling sedikit beranggotakan {{min}} orang (baru {{count}}).',
  PLENO_CHAIR_COUNT: 'Aturan ketua: rapat pleno dipimpin tepat satu ketua (tercatat {{count}}).',
  PLENO_MEMBER_CONFLICT: 'Aturan benturan kepentingan: {{member}} tidak boleh menjadi anggota pleno ini karena menjadi asesor pada sesi {{session}}.',
  PLENO_MEMBER_UNKNOWN: 'Anggota {{member}} ditautkan ke akun atau asesor yang tidak terdaftar di LSP ini.',
  PLENO_MEMBER_TWICE: '{{member}} dan {{other}} adalah orang yang sama (akunnya tertaut ke data asesor itu): cantumkan sekali saja.',
  PLENO_CHAIR_NO_ACCOUNT: 'Ketua {{chair}} belum ditautkan ke akun Ruang Uji: penandatanganan memerlukan kata sandi ketua sendiri.',
  PLENO_LOCKED: 'Rapat pleno ini tidak dapat diubah lagi (status: {{status}}). Perbaikan dibuat sebagai rapat pleno koreksi.',
  PLENO_NOT_DECIDED: 'Keputusan rapat pleno belum dicatat. Putuskan terlebih dahulu, lalu tandatangani.',
  PLENO_RECORDS_CHANGED: 'Rekaman asesmen {{count}} asesi berubah sejak keputusan dicatat ({{candidates}}). Putuskan ulang sebelum menandatangani.',
  PLENO_BLOCKED: 'Keputusan belum dapat diambil: rekaman {{count}} asesi belum lengkap atau belum ditandatangani asesor ({{candidates}}).',
  PLENO_DEPARTURE_NEEDS_REASON: 'Keputusan untuk {{candidate}} berbeda dari rekomendasi asesor: tuliskan alasannya.',
  PLENO_ALREADY_DECIDED: '{{candidate}} sudah diputuskan dalam rapat pleno lain yang berlaku ({{pleno}}).',
  PLENO_NOT_A_CANDIDATE: 'Asesi {{candidate}} tidak termasuk sesi rapat pleno ini atau tidak hadir, sehingga tidak diputuskan.',
  PLENO_SESSION_NO_RESULTS: 'Sesi {{session}} belum memiliki hasil asesmen di LSP ini.',
  PLENO_SK_TAKEN: 'Nomor SK {{skNumber}} sudah dipakai rapat pleno lain.',
  PLENO_CORRECTION_OPEN: 'Rapat pleno ini sudah memiliki koreksi yang belum ditandatangani. Lanjutkan koreksi itu.',
  RECORD_DECIDED_BY_PLENO: 'FR.AK.02 ini tidak dapat dibuka: rapat pleno yang sudah ditandatangani (SK {{skNumber}}) telah memutuskan peserta ini dalam sesi ini.',
  APPEAL_NOT_OPEN: 'Banding ini sudah ditutup.',
  APPEAL_REASSESSMENT_INVALID: 'Banding yang diterima memerlukan sesi asesmen ulang yang memuat asesi ini (bukan sesi yang dibanding).',
  APPEAL_REASON_REQUIRED: 'Banding yang ditolak memerlukan alasannya (paling sedikit 3 karakter).',
  APPEAL_CANDIDATE_NOT_IN_SESSION: 'Asesi {{candidate}} tidak terdaftar pada sesi ini.',
  APPEAL_UNIT_INVALID: 'Unit {{unit}} bukan unit skema sesi ini.',
  APPEAL_GROUNDS_REQUIRED: 'Banding memerlukan alasannya (paling sedikit 3 karakter).',
  APPEAL_LODGED_BEFORE_TEST: 'Tanggal pengajuan banding tidak boleh sebelum tanggal uji sesi ini ({{date}}).',
  APPEAL_LODGED_IN_FUTURE: 'Tanggal pengajuan banding tidak boleh setelah hari ini ({{date}}).',
} as const;

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
