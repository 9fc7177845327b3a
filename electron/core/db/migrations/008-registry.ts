import type { Migration } from './types';

/**
 * The LSP's registry (issue 14): schemes with versions, assessors, TUKs with verification records and
 * candidates with the fields an LSP reports to BNSP.
 *
 * A scheme used by a session is frozen and an edit makes a new version under a new id, so the table's
 * UNIQUE (lsp_id, code) becomes UNIQUE (lsp_id, code, version). SQLite cannot drop a constraint, so the
 * table is rebuilt (create, copy, drop, rename) with foreign keys off: unit, item, observation_item and
 * session point at scheme(id) and would otherwise be cascade-deleted or refused; the runner checks every
 * foreign key before committing. Ids are kept, so every pointer stays valid.
 *
 * Names are searched by prefix and listed in name order with keyset paging, hence the NOCASE indexes
 * ending in id (the page's tie-breaker). A candidate is one person per LSP: UNIQUE (lsp_id, nik).
 */
export const registry: Migration = {
  version: 8,
  name: 'registry: scheme versions, assessor, TUK and candidate details, TUK verifications',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE scheme_v8 (
        id TEXT PRIMARY KEY,
        lsp_id TEXT NOT NULL REFERENCES lsp(id),
        code TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('kkni', 'okupasi', 'klaster')),
        skkni TEXT NOT NULL,
        title_id TEXT NOT NULL,
        title_en TEXT,
        settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        -- KKNI level (1-9) of a KKNI scheme; an occupation or cluster scheme may have none.
        level INTEGER CHECK (level BETWEEN 1 AND 9),
        approved_on TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        UNIQUE (lsp_id, code, version)
      ) STRICT;
      INSERT INTO scheme_v8 (id, lsp_id, code, kind, skkni, title_id, title_en, settings)
        SELECT id, lsp_id, code, kind, skkni, title_id, title_en, settings FROM scheme;
      DROP TABLE scheme;
      ALTER TABLE scheme_v8 RENAME TO scheme;
      CREATE INDEX scheme_title ON scheme(lsp_id, title_id COLLATE NOCASE, id);
      CREATE INDEX session_scheme ON session(scheme_id);

      ALTER TABLE assessor ADD COLUMN nik TEXT;
      ALTER TABLE assessor ADD COLUMN birth_place TEXT;
      ALTER TABLE assessor ADD COLUMN birth_date TEXT;
      ALTER TABLE assessor ADD COLUMN sex TEXT CHECK (sex IN ('L', 'P'));
      ALTER TABLE assessor ADD COLUMN address TEXT;
      ALTER TABLE assessor ADD COLUMN city TEXT;
      ALTER TABLE assessor ADD COLUMN province TEXT;
      ALTER TABLE assessor ADD COLUMN phone TEXT;
      ALTER TABLE assessor ADD COLUMN email TEXT;
      ALTER TABLE assessor ADD COLUMN tech_cert_number TEXT;
      -- Null: this LSP's own assessor. Set: the LSP that lends them, with the loan letter below.
      ALTER TABLE assessor ADD COLUMN home_lsp TEXT;
      ALTER TABLE assessor ADD COLUMN loan_letter_no TEXT;
      ALTER TABLE assessor ADD COLUMN loan_letter_date TEXT;
      ALTER TABLE assessor ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
      CREATE INDEX assessor_name ON assessor(lsp_id, name COLLATE NOCASE, id);
      CREATE INDEX assessor_nik ON assessor(lsp_id, nik);

      -- The schemes an assessor may assess, by code: a competence outlives a scheme's versions.
      CREATE TABLE assessor_scheme (
        assessor_id TEXT NOT NULL REFERENCES assessor(id) ON DELETE CASCADE,
        scheme_code TEXT NOT NULL,
        PRIMARY KEY (assessor_id, scheme_code)
      ) STRICT;

      ALTER TABLE tuk ADD COLUMN capacity INTEGER CHECK (capacity >= 0);
      ALTER TABLE tuk ADD COLUMN contact_name TEXT;
      ALTER TABLE tuk ADD COLUMN contact_phone TEXT;
      ALTER TABLE tuk ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
      CREATE INDEX tuk_name ON tuk(lsp_id, name COLLATE NOCASE, id);

      -- A TUK Sewaktu or Tempat Kerja is verified for each session (session_id set), a TUK Mandiri
      -- periodically. tuk.verified_on keeps the latest date, as the exam-day screens read it.
      CREATE TABLE tuk_verification (
        id TEXT PRIMARY KEY,
        tuk_id TEXT NOT NULL REFERENCES tuk(id),
        session_id TEXT REFERENCES session(id),
        verified_on TEXT NOT NULL,
        verifier TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('fit', 'unfit')),
        note TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX tuk_verification_tuk ON tuk_verification(tuk_id, verified_on);

      ALTER TABLE candidate ADD COLUMN birth_place TEXT;
      ALTER TABLE candidate ADD COLUMN birth_date TEXT;
      ALTER TABLE candidate ADD COLUMN sex TEXT CHECK (sex IN ('L', 'P'));
      ALTER TABLE candidate ADD COLUMN address TEXT;
      ALTER TABLE candidate ADD COLUMN regency_code TEXT;
      ALTER TABLE candidate ADD COLUMN province_code TEXT;
      ALTER TABLE candidate ADD COLUMN phone TEXT;
      ALTER TABLE candidate ADD COLUMN email TEXT;
      ALTER TABLE candidate ADD COLUMN education_code TEXT;
      ALTER TABLE candidate ADD COLUMN occupation_code TEXT;
      -- The sha256 of the photo's attachment file, if any.
      ALTER TABLE candidate ADD COLUMN photo_sha256 TEXT CHECK (length(photo_sha256) = 64);
      ALTER TABLE candidate ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
      CREATE UNIQUE INDEX candidate_nik ON candidate(lsp_id, nik);
      CREATE INDEX candidate_name ON candidate(lsp_id, name COLLATE NOCASE, id);
      CREATE INDEX candidate_institution ON candidate(lsp_id, institution COLLATE NOCASE, name COLLATE NOCASE, id);
      CREATE INDEX candidate_province ON candidate(lsp_id, province_code, name COLLATE NOCASE, id);
    `);
  },
};
