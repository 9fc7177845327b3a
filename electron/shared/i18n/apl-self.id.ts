/** Teks Indonesia untuk FR.APL.02 yang diisi asesi sendiri (issue 16; disebar ke `id.ts`). */
export const aplSelfErrorsId = {
  APL_SELF_NO_ACCESS: 'Akun ini bukan akun pengisian FR.APL.02. Gunakan akun APL.02 yang diberikan LSP.',
  APL_SELF_SUBMITTED: 'FR.APL.02 sudah dikirim untuk ditinjau asesor dan tidak dapat diubah lagi.',
  APL_SELF_REVIEWED: 'FR.APL.02 Anda sudah ditinjau asesor, jadi akun pengisian ini berakhir. Tanyakan hasil tinjauan dan jadwal asesmen Anda kepada LSP.',
  APL_SELF_EXPIRED: 'Akses pengisian FR.APL.02 berakhir pada {{date}}. Mintalah akun baru kepada LSP.',
  APL_SELF_NEEDS_APL01: 'Simpan FR.APL.01 terlebih dahulu: akun APL.02 diberikan untuk satu permohonan.',
  APL_SELF_SUPERSEDED: 'Akun ini untuk permohonan Anda yang lama; LSP sudah membuat permohonan baru. Mintalah akun pengisian FR.APL.02 yang baru kepada LSP.',
};

export const aplSelfId = {
  aplSelf: {
    signIn: {
      mode: 'Isi FR.APL.02',
      hint: 'Untuk mengisi asesmen mandiri (FR.APL.02) sebelum jadwal asesmen: masuk dengan nama pengguna dan kata sandi pada slip dari LSP. Tidak perlu token.',
      username: 'Nama pengguna APL.02',
      badCredentials: 'Nama pengguna atau kata sandi salah. Ketik lagi persis seperti pada slip dari LSP (huruf besar atau kecil sama saja). Bila tetap ditolak, jangan terus mencoba: hubungi LSP, karena akun terkunci setelah beberapa kali salah.',
      forgot: 'Minta LSP membuat ulang akun APL.02 Anda: Anda mendapat slip baru dengan kata sandi baru. Jawaban yang sudah tersimpan tetap ada.',
      locked: 'Akun APL.02 ini dikunci setelah terlalu banyak percobaan yang salah. Kunci terbuka sendiri dalam {{minutes}} menit; atau hubungi LSP: admin dapat membukanya atau membuatkan akun baru.',
    },
    access: {
      title: 'Akun asesi untuk mengisi FR.APL.02',
      hint: 'Asesi dapat mengisi FR.APL.02 sendiri di komputer sebelum dijadwalkan. Akun ini hanya membuka formulir ini, berakhir saat asesor meninjaunya atau setelah 14 hari, dan membuat ulang akun mengganti kata sandi lama.',
      none: 'Belum ada akun APL.02 untuk permohonan ini.',
      current: 'Akun {{username}} berlaku sampai {{date}}',
      submitted: 'dikirim asesi {{date}}',
      issue: 'Buat akun APL.02',
      reissue: 'Buat ulang akun APL.02 (kata sandi lama tidak berlaku)',
      once: 'Kata sandi hanya ditampilkan sekali. Salin atau cetak slip ini untuk asesi sekarang.',
      candidate: 'Asesi',
      scheme: 'Skema',
      username: 'Nama pengguna',
      password: 'Kata sandi',
      until: 'Berlaku sampai',
      howTo: 'Di halaman masuk Ruang Uji, pilih tab "Isi FR.APL.02", lalu ketik nama pengguna dan kata sandi persis seperti tertulis (huruf besar, dengan tanda hubung).',
      print: 'Cetak slip',
    },
    screen: {
      eyebrow: 'FR.APL.02 Asesmen mandiri',
      draftRestored: 'Jawaban yang belum sempat tersimpan sebelumnya ditampilkan kembali dari komputer ini. Periksa, lalu tekan Simpan.',
      openUntil: 'Isi dan simpan jawaban Anda, lalu kirim untuk ditinjau asesor. Akses berlaku sampai {{date}}.',
      intro: 'Untuk setiap elemen, pilih K bila Anda yakin sudah kompeten atau BK bila belum, dan tuliskan bukti yang Anda miliki (sertifikat, portofolio, pengalaman kerja).',
      submitted: 'FR.APL.02 sudah dikirim dan menunggu tinjauan asesor. Jawaban tidak dapat diubah lagi.',
      reviewed: 'FR.APL.02 sudah ditinjau asesor.',
      submitTitle: 'Kirim untuk ditinjau',
      submitHint: 'Semua elemen sudah dijawab. Jawaban yang tersimpan dikirim ke asesor dan tidak dapat diubah lagi.',
      incomplete: 'Jawab dan simpan semua elemen sebelum mengirim.',
      submit: 'Kirim FR.APL.02',
      confirm: 'Kirim jawaban yang tersimpan sekarang? Setelah dikirim, jawaban tidak dapat diubah.',
      confirmYes: 'Ya, kirim',
      confirmNo: 'Batal',
    },
  },
};
