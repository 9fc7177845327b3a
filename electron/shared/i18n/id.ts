/** Indonesian: the default language. `en.ts` must have exactly the same keys and placeholders. */
export const id = {
  app: {
    name: 'Ruang Uji',
    tagline: 'Uji kompetensi BNSP tanpa bergantung pada internet',
  },
  errors: {
    UNKNOWN_METHOD: 'Perintah "{{method}}" tidak dikenal oleh aplikasi ini.',
    BAD_ARGS: 'Isian tidak valid: {{details}}',
    UNAUTHENTICATED: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    FORBIDDEN: 'Peran Anda ({{role}}) tidak berhak melakukan tindakan ini.',
    BAD_CREDENTIALS: 'Nama pengguna atau kata sandi salah.',
    ACCOUNT_LOCKED: 'Akun dikunci setelah {{attempts}} kali gagal masuk. Minta proktor atau admin LSP membukanya.',
    ACCOUNT_DISABLED: 'Akun ini dinonaktifkan.',
    NOT_FOUND: 'Data tidak ditemukan ({{what}}).',
    DB_TOO_NEW:
      'Basis data dibuat oleh versi aplikasi yang lebih baru (skema {{found}}, versi ini mendukung sampai {{supported}}). Perbarui aplikasi.',
    BAD_REQUEST: 'Permintaan tidak valid: {{details}}',
    PAYLOAD_TOO_LARGE: 'Data yang dikirim terlalu besar (maksimum {{limit}} bita).',
    INTERNAL: 'Terjadi kesalahan di aplikasi. Catatan kejadian: {{ref}}.',
  },
} as const;
