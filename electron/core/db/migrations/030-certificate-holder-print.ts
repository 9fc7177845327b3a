import type { Migration } from './types';

/**
 * A printed certificate and its pleno's SK list read the holder's name, NIK and birth place and date from the
 * registry when they are printed; a correction made after that leaves the paper with the old details. Each
 * certificate keeps the details as last printed (or as issued, before its first print) so its page can name what
 * changed since and ask for a reprint. Certificates issued before this migration start from the registry's details
 * now, the nearest known: what they were printed with earlier is not stored anywhere but the paper.
 */
export const certificateHolderPrint: Migration = {
  version: 30,
  name: 'certificates: the holder details each certificate was last printed (or issued) with',
  up(db) {
    db.exec(`
      CREATE TABLE certificate_holder_print (
        certificate_id TEXT PRIMARY KEY REFERENCES certificate(id),
        name TEXT NOT NULL,
        nik TEXT NOT NULL,
        birth_place TEXT,
        birth_date TEXT,
        taken_at TEXT NOT NULL,
        taken_on TEXT NOT NULL CHECK (taken_on IN ('issue', 'print'))
      ) STRICT;
      INSERT INTO certificate_holder_print (certificate_id, name, nik, birth_place, birth_date, taken_at, taken_on)
        SELECT ce.id, c.name, c.nik, c.birth_place, c.birth_date, ce.issued_at, 'issue' FROM certificate ce JOIN candidate c ON c.id = ce.candidate_id;
    `);
  },
};
