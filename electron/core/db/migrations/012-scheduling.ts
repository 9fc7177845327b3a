import type { Migration } from './types';

/**
 * Scheduling (issue 16): a candidate's FR.APL.01 and FR.APL.02 per scheme version, and what a planned
 * session needs beyond the exam day's columns.
 *
 * `session.starts_min` / `ends_min` are the session's start and end as absolute minutes on the TUK's own
 * clock (days since 1970-01-01 of its local date × 1440 + its start time), generated from date,
 * start_time and duration_minutes, so a session running past midnight overlaps the next day's sessions
 * by plain integer comparison and the list sorts and pages on an index. Generated columns are VIRTUAL
 * (ALTER TABLE cannot add a STORED one) and not in `PRAGMA table_info`, so bundle rules and backups,
 * which name or read columns, neither carry nor write them.
 *
 * `session_assessor`: the assessors planned for a session, with or without candidates yet. An assessor
 * with candidates is also in `session_candidate`; the scheduling checks read both, so a session that
 * arrived without this table's rows (the demo, a bundle) is still seen.
 *
 * APL rows hang off `apl_application` (one per candidate and scheme version): FR.APL.02 answers one
 * element of that version each. An evidence row's scan is an `attachment` row (owner_table
 * 'apl_evidence'), stored by hash like a candidate's photo.
 */
export const scheduling: Migration = {
  version: 12,
  name: 'scheduling: APL.01 and APL.02, session mode and planned assessors, session times as minutes',
  up(db) {
    db.exec(`
      ALTER TABLE session ADD COLUMN mode TEXT NOT NULL DEFAULT 'room_server' CHECK (mode IN ('room_server', 'single_station', 'standalone'));
      ALTER TABLE session ADD COLUMN changed_at TEXT;
      ALTER TABLE session ADD COLUMN starts_min INTEGER GENERATED ALWAYS AS (
        CAST(round((julianday(date) - 2440587.5) * 1440) AS INTEGER)
          + CAST(substr(start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(start_time, 4, 2) AS INTEGER)) VIRTUAL;
      ALTER TABLE session ADD COLUMN ends_min INTEGER GENERATED ALWAYS AS (starts_min + duration_minutes) VIRTUAL;
      CREATE INDEX session_lsp_start ON session(lsp_id, starts_min, id);
      CREATE INDEX session_candidate_candidate ON session_candidate(candidate_id);

      CREATE TABLE session_assessor (
        session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        assessor_id TEXT NOT NULL REFERENCES assessor(id),
        PRIMARY KEY (session_id, assessor_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX session_assessor_assessor ON session_assessor(assessor_id, session_id);

      -- FR.APL.01: purpose, evidence checklist, the LSP's verification (diterima / tidak diterima).
      CREATE TABLE apl_application (
        id TEXT PRIMARY KEY,
        lsp_id TEXT NOT NULL REFERENCES lsp(id),
        candidate_id TEXT NOT NULL REFERENCES candidate(id),
        scheme_id TEXT NOT NULL REFERENCES scheme(id),
        purpose TEXT NOT NULL CHECK (purpose IN ('sertifikasi', 'sertifikasi_ulang', 'pkt', 'rpl', 'lainnya')),
        purpose_note TEXT,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES account(id),
        verified_result TEXT CHECK (verified_result IN ('accepted', 'rejected')),
        verified_note TEXT,
        verified_at TEXT,
        verified_by TEXT REFERENCES account(id),
        CHECK ((verified_result IS NULL) = (verified_at IS NULL) AND (verified_at IS NULL) = (verified_by IS NULL)),
        UNIQUE (candidate_id, scheme_id)
      ) STRICT;
      CREATE INDEX apl_application_scheme ON apl_application(scheme_id, candidate_id);

      CREATE TABLE apl_evidence (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES apl_application(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('basic', 'administrative')),
        description TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('memenuhi', 'tidak_memenuhi', 'tidak_ada')),
        attachment_sha256 TEXT CHECK (length(attachment_sha256) = 64),
        UNIQUE (application_id, ordinal)
      ) STRICT;

      -- FR.APL.02: who entered it, and the assessor's recommendation (asesmen dapat dilanjutkan / tidak).
      CREATE TABLE apl_self_assessment (
        application_id TEXT PRIMARY KEY REFERENCES apl_application(id) ON DELETE CASCADE,
        entered_by TEXT NOT NULL CHECK (entered_by IN ('candidate', 'staff')),
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES account(id),
        recommendation TEXT CHECK (recommendation IN ('proceed', 'not_proceed')),
        review_note TEXT,
        reviewed_at TEXT,
        reviewed_by TEXT REFERENCES account(id),
        reviewer_assessor_id TEXT REFERENCES assessor(id),
        CHECK ((recommendation IS NULL) = (reviewed_at IS NULL) AND (reviewed_at IS NULL) = (reviewer_assessor_id IS NULL))
      ) STRICT;

      CREATE TABLE apl_self_answer (
        application_id TEXT NOT NULL REFERENCES apl_self_assessment(application_id) ON DELETE CASCADE,
        -- An element removed from a scheme not yet frozen takes its answer along: APL.02 is then incomplete again.
        element_id TEXT NOT NULL REFERENCES element(id) ON DELETE CASCADE,
        answer TEXT CHECK (answer IN ('K', 'BK')),
        evidence TEXT,
        PRIMARY KEY (application_id, element_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX apl_self_answer_element ON apl_self_answer(element_id);
    `);
  },
};
