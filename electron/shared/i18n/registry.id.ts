/** Indonesian texts of the LSP's registry (spread into `id.ts`). */
export const registryId = {
  registry: {
    // Why a field was refused (FieldReason of shared/registry.ts), shown beside the field or an import row.
    reasons: {
      required: 'Wajib diisi.',
      too_long: 'Terlalu panjang.',
      format: 'Bentuknya tidak sesuai.',
      nik_length: 'NIK harus 16 angka.',
      nik_digits: 'NIK hanya boleh berisi angka.',
      nik_region: 'Kode wilayah pada NIK (6 angka pertama) tidak dikenal.',
      nik_birth_date: 'Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak mungkin.',
      nik_serial: 'Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.',
      nik_birth_date_mismatch:
        'Tidak cocok dengan tanggal lahir pada NIK (angka ke-7 sampai ke-12, HHBBTT; untuk perempuan tanggalnya ditambah 40). Periksa NIK dan tanggal lahir pada KTP.',
      nik_sex_mismatch: 'Tidak cocok dengan NIK: pada NIK perempuan, tanggal lahirnya (angka ke-7 dan ke-8) ditambah 40. Periksa NIK dan jenis kelamin pada KTP.',
      nik_number_lost:
        'NIK tersimpan sebagai angka di Excel, sehingga angka terakhirnya sudah hilang. Format kolom NIK sebagai Teks, ketik ulang NIK-nya, lalu impor lagi.',
      nik_taken: 'NIK ini sudah terdaftar untuk asesi lain.',
      date_format: 'Tanggal tidak valid (contoh: 17/08/1995).',
      date_range: 'Tanggal di luar rentang yang mungkin.',
      date_future: 'Tanggal ini belum tiba: isi tanggal hari ini atau sebelumnya.',
      email_format: 'Alamat e-mail tidak valid.',
      phone_format: 'Nomor telepon tidak valid.',
      code_format: 'Kode tidak valid.',
      region_code: 'Kode wilayah tidak dikenal atau tidak cocok dengan provinsinya.',
      choice: 'Pilihan tidak dikenal.',
      number_range: 'Angka di luar rentang yang diizinkan.',
      taken: 'Sudah dipakai oleh data lain.',
      duplicate: 'Muncul lebih dari sekali.',
      unknown_scheme: 'Skema dengan kode ini tidak ada.',
      loan_letter_incomplete: 'Asesor pinjaman memerlukan LSP asal serta nomor dan tanggal surat peminjaman.',
      in_use: 'Masih dipakai (oleh soal atau jadwal), sehingga tidak dapat dihapus.',
      unknown_session: 'Jadwal uji ini tidak ada di TUK ini.',
      empty: 'Tidak boleh kosong.',
    },
  },
} as const;
