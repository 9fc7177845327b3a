/** Indonesian texts of scheduling (issue 16): APL.01/APL.02 and session plans (spread into `id.ts`). */
export const schedulingId = {
  scheduling: {
    // Each table's name in words, for bundle previews (renderer/src/screens/bundles/table-labels.ts).
    tables: {
      aplApplication: 'Permohonan sertifikasi (FR.APL.01)',
      aplEvidence: 'Bukti persyaratan (FR.APL.01)',
      aplSelfAssessment: 'Asesmen mandiri (FR.APL.02)',
      aplSelfAnswer: 'Jawaban asesmen mandiri (FR.APL.02)',
      sessionAssessor: 'Asesor sesi',
    },
  },
} as const;

/** Messages of the scheduling error codes (spread into `errors` of `id.ts`); params name the conflicting record. */
export const schedulingErrorsId = {
  SCHEDULE_ASSESSOR_DAY_LIMIT:
    'Asesor {{assessor}} ({{metNumber}}) akan menguji {{load}} asesi pada {{date}}, melebihi batas {{limit}} asesi per asesor per hari. Pindahkan sebagian asesinya ke asesor lain di sesi itu, atau ubah batasnya di Aturan penjadwalan LSP.',
  SCHEDULE_ASSESSOR_OVERLAP:
    'Asesor {{assessor}} ({{metNumber}}) sudah bertugas pada sesi {{session}} ({{span}} {{zone}}) yang waktunya bertumpang tindih. Pilih asesor lain, atau ubah tanggal atau jam salah satu sesi.',
  SCHEDULE_ASSESSOR_NO_CANDIDATES:
    'Asesor {{assessor}} ({{metNumber}}) direncanakan pada sesi ini tetapi belum menguji satu asesi pun. Pindahkan asesi kepadanya, atau keluarkan asesor dari sesi bila tidak dibutuhkan.',
  SCHEDULE_ASSESSOR_NO_ACCOUNT:
    'Asesor {{assessor}} ({{metNumber}}) belum punya akun masuk, sehingga tidak dapat masuk di TUK untuk menilai asesinya. Buat akunnya di Akun staf (peran Asesor) sebelum mengekspor paket sesi.',
  SCHEDULE_ASSESSOR_MET_EXPIRING:
    'Registrasi MET asesor {{assessor}} ({{metNumber}}) berakhir pada {{expiresOn}}, dalam {{days}} hari setelah tanggal sesi {{date}}: masih berlaku untuk uji, tetapi perpanjang tepat waktu untuk pekerjaan sesudahnya.',
  SCHEDULE_ASSESSOR_MET_EXPIRED: 'Registrasi MET asesor {{assessor}} ({{metNumber}}) berlaku sampai {{expiresOn}}, sudah habis pada tanggal sesi {{date}}. Pilih asesor lain, atau perbarui masa berlaku MET di data asesornya bila sudah diperpanjang.',
  SCHEDULE_ASSESSOR_MET_LAPSED: 'Registrasi MET asesor {{assessor}} ({{metNumber}}) berlaku sampai {{expiresOn}} dan sudah habis, sehingga asesor tersebut tidak dapat ditugaskan pada sesi mendatang.',
  SCHEDULE_ASSESSOR_CERT_LAPSED: 'Sertifikat teknis asesor {{assessor}} ({{metNumber}}) berlaku sampai {{expiresOn}} dan sudah habis, sehingga asesor tersebut tidak dapat ditugaskan pada sesi mendatang.',
  SCHEDULE_ASSESSOR_CERT_EXPIRED: 'Sertifikat teknis asesor {{assessor}} ({{metNumber}}) berlaku sampai {{expiresOn}}, sudah habis pada tanggal sesi {{date}}. Pilih asesor lain, atau perbarui masa berlaku sertifikat teknis di data asesornya bila sudah diperpanjang.',
  SCHEDULE_ASSESSOR_NOT_COMPETENT: 'Asesor {{assessor}} ({{metNumber}}) tidak terdaftar untuk menguji skema {{scheme}}. Pilih asesor lain, atau tambahkan skema ini di data asesornya bila ia memang berwenang mengujinya.',
  SCHEDULE_ASSESSOR_NO_LOAN_LETTER:
    'Asesor {{assessor}} ({{metNumber}}) dipinjam dari {{homeLsp}}, tetapi nomor dan tanggal surat peminjaman asesor belum dicatat. Catat nomor dan tanggal suratnya di data asesor, atau pilih asesor lain.',
  SCHEDULE_ASSESSOR_INACTIVE: 'Asesor {{assessor}} ({{metNumber}}) sudah dinonaktifkan. Pilih asesor lain, atau aktifkan kembali data asesornya.',
  // The TUK's name leads, as a label: many names begin with "TUK" themselves ("TUK TUK Sewaktu …").
  SCHEDULE_TUK_NOT_VERIFIED: '{{tuk}}: TUK ini belum diverifikasi layak untuk sesi ini. Catat verifikasinya sebelum hari uji.',
  SCHEDULE_TUK_VERIFICATION_DUE:
    '{{tuk}}: verifikasi terakhir TUK Mandiri ini pada {{lastVerifiedOn}} berlaku {{months}} bulan (sampai {{validUntil}}), tidak mencakup tanggal sesi. Catat verifikasi baru.',
  SCHEDULE_TUK_NEVER_VERIFIED: '{{tuk}}: TUK Mandiri ini belum pernah diverifikasi. Catat verifikasinya (berlaku {{months}} bulan) sebelum menjadwalkan sesi di sini.',
  SCHEDULE_TUK_UNFIT: '{{tuk}}: verifikasi tanggal {{verifiedOn}} menyatakan TUK ini tidak memenuhi persyaratan ({{note}}). Catat verifikasi baru yang menyatakannya layak, atau pilih TUK lain.',
  SCHEDULE_TUK_UNFIT_NO_NOTE: '{{tuk}}: verifikasi tanggal {{verifiedOn}} menyatakan TUK ini tidak memenuhi persyaratan. Catat verifikasi baru yang menyatakannya layak, atau pilih TUK lain.',
  SCHEDULE_TUK_CAPACITY: '{{tuk}}: kapasitas TUK ini {{capacity}} peserta, sedangkan sesi ini memuat {{candidates}} asesi. Kurangi asesi atau pilih TUK lain; bila kapasitasnya keliru, perbaiki di data TUK.',
  SCHEDULE_TUK_AFTER_EXPORT:
    'Paket sesi ini sudah diekspor untuk {{tuk}} ({{exportedAt}}), yang setelah mengimpornya memegangnya sebagai sesi yang akan datang, jadi sesi ini tidak dapat dipindah ke TUK lain. Pilih kembali {{tuk}}, batalkan jadwal ini (Batalkan jadwal, di bawah), ekspor ulang sesi ini di Paket sesi & kunci dan minta agar diimpor di {{tuk}} supaya sesinya tercatat batal di sana; lalu jadwalkan sesi baru di TUK yang dituju.',
  SCHEDULE_TUK_INACTIVE: '{{tuk}}: TUK ini sudah dinonaktifkan. Pilih TUK lain, atau aktifkan kembali data TUK-nya.',
  SCHEDULE_SCHEME_INACTIVE: 'Skema {{scheme}} versi {{version}} sudah dinonaktifkan. Pilih skema lain, atau aktifkan kembali skemanya.',
  SCHEDULE_CANDIDATE_OVERLAP: 'Asesi {{candidate}} ({{participantNo}}) sudah terjadwal pada sesi {{session}} ({{date}} {{startTime}} {{zone}}) yang waktunya bertumpang tindih. Keluarkan asesi dari salah satu sesi, atau ubah jamnya.',
  SCHEDULE_CANDIDATE_SAME_SCHEME:
    'Asesi {{candidate}} ({{participantNo}}) sudah terjadwal untuk skema {{scheme}} pada sesi {{session}} ({{date}} {{startTime}} {{zone}}). Keluarkan asesi dari salah satu sesi; jadwalkan uji ulang setelah sesi itu selesai.',
  SCHEDULE_CANDIDATE_APL01_UNVERIFIED: 'FR.APL.01 asesi {{candidate}} ({{participantNo}}) untuk skema {{scheme}} belum ada atau belum diverifikasi LSP.',
  SCHEDULE_CANDIDATE_APL01_REJECTED: 'FR.APL.01 asesi {{candidate}} ({{participantNo}}) untuk skema {{scheme}} dinyatakan tidak diterima.',
  SCHEDULE_CANDIDATE_APL02_UNREVIEWED:
    'FR.APL.02 asesi {{candidate}} ({{participantNo}}) untuk skema {{scheme}} belum lengkap atau belum ditinjau asesor.',
  SCHEDULE_CANDIDATE_APL02_NOT_PROCEED: 'Asesor merekomendasikan asesmen asesi {{candidate}} ({{participantNo}}) untuk skema {{scheme}} tidak dapat dilanjutkan.',
  SCHEDULE_CANDIDATE_INACTIVE: 'Asesi {{candidate}} ({{participantNo}}) sudah dinonaktifkan. Keluarkan asesi dari sesi, atau aktifkan kembali datanya.',
  SCHEDULE_CANDIDATE_ASSESSOR: 'Asesor {{assessor}} untuk asesi {{candidate}} ({{participantNo}}) bukan asesor sesi ini. Tambahkan asesornya ke sesi atau pilih asesor lain.',
  SCHEDULE_CODE_TAKEN: 'Kode jadwal {{code}} sudah dipakai sesi lain. Ketik kode lain, atau kosongkan untuk kode otomatis.',
  SCHEDULE_IN_PAST: 'Waktu mulai {{date}} {{startTime}} sudah lewat. Pilih tanggal dan jam yang belum lewat.',
  SCHEDULE_PASSWORDS_NOT_ISSUED_other: '{{count}} peserta belum diberi kata sandi: {{names}}. Terbitkan kata sandi mereka di halaman sesi, lalu ekspor paket sesi (lagi): tanpa itu mereka tidak dapat masuk di TUK.',
  SESSION_NOT_EDITABLE: 'Sesi {{session}} sudah dimulai atau selesai, sehingga tidak dapat diubah lagi.',
  SESSION_CANCELLED: 'Jadwal {{session}} sudah dibatalkan ({{cancelledAt}}), sehingga tidak dapat diubah lagi. Bila asesmen tetap akan dilaksanakan, buat jadwal baru.',
  SESSION_ALREADY_CANCELLED: 'Jadwal {{session}} sudah dibatalkan oleh {{cancelledBy}} ({{cancelledAt}}). Tidak ada yang perlu dilakukan lagi.',
  SESSION_CANCEL_STARTED:
    'Jadwal {{session}} tidak dapat dibatalkan karena sesinya sudah dimulai atau waktunya sudah lewat. Bila asesmen tidak terlaksana, catat ketidakhadiran peserta di TUK dan jelaskan dalam berita acara.',
  SESSION_EXPORT_CANCELLED: 'Jadwal {{session}} sudah dibatalkan sebelum paketnya pernah diekspor, jadi tidak ada TUK yang perlu diberi tahu. Paket sesi tidak dibuat.',
  APL01_REQUIRED: 'Isi FR.APL.01 asesi untuk skema ini terlebih dahulu.',
  APL02_INCOMPLETE_other: 'FR.APL.02 belum lengkap: {{count}} elemen belum dijawab K atau BK.',
  APL_ASSESSOR_NOT_ALLOWED: 'Asesor {{assessor}} tidak terdaftar untuk menguji skema {{scheme}}, sehingga tidak dapat meninjau permohonan ini.',
  APL_FILE_TYPE: 'Berkas ditolak: hanya PNG, JPEG atau PDF yang diterima.',
  APL_FILE_TOO_LARGE: 'Berkas ditolak: ukurannya paling besar {{megabytes}} MB.',
  APL_ROUND_USED:
    'Permohonan ke-{{round}} sudah dipakai pada sesi {{session}} ({{date}}), sehingga menjadi catatan sesi itu dan tidak dapat diubah lagi. Untuk sertifikasi ulang, buat permohonan baru.',
  APL_ROUND_NOT_CURRENT: 'Formulir ini milik permohonan ke-{{round}}, sedangkan permohonan yang berlaku sekarang adalah ke-{{current}}. Muat ulang halaman dan isi permohonan ke-{{current}}.',
  APL_ROUND_NOT_USED: 'Permohonan ke-{{round}} belum dipakai pada sesi mana pun. Lengkapi dan perbaiki permohonan itu; permohonan baru baru dapat dibuat setelah asesi menjalani sesinya.',
  APL_ROUND_SEATED:
    'Asesi masih terjadwal pada sesi {{session}} ({{date}}) dengan permohonan ke-{{round}}. Permohonan baru dapat dibuat setelah sesi itu selesai, atau setelah asesi dikeluarkan dari sesi itu.',
  APL_ROUND_NOT_FOUND: 'Asesi tidak memiliki permohonan ke-{{round}} untuk skema ini.',
} as const;
