import type { Migration } from './types';

/**
 * The question bank (issue 15): every instrument of a scheme version as a bank entry with a status
 * (draft, approved, retired), who wrote and approved it, one or more KUK, tags, images, and where an
 * imported question came from.
 *
 * `item` is rebuilt (SQLite cannot relax NOT NULL nor drop a constraint), with foreign keys off as in 008:
 * - `kuk_id` becomes nullable: an imported question arrives unmapped, as a draft. It stays the first KUK
 *   of `item_kuk` (ordinal 0), so the readers that show one KUK per question keep working; a CHECK keeps
 *   an approved or retired item mapped.
 * - UNIQUE (scheme_id, ref) and UNIQUE (scheme_id, kind, ordinal) go. An edit of a question a session
 *   used is a new draft that takes the old one's ref and place when approved, while the old one is
 *   retired; a TUK holding the old one receives both in its next session bundle, in id order, and a
 *   unique index would refuse the new one before the old one's retirement arrives (a conflict refuses
 *   the whole bundle). The core keeps a ref unique among a scheme's live items; the paper is ordered by
 *   (ordinal, id).
 * - `source_sha256` + `source_position` identify an imported question (the file's hash, its place in
 *   it), unique per scheme, so importing the same file again adds nothing.
 *
 * `observation_item` is rebuilt for the same reason: UNIQUE (kuk_id) would forbid an approved benchmark
 * and its draft replacement side by side (the core keeps one approved benchmark per KUK).
 *
 * Every existing question and benchmark was in use as it is, so it becomes approved (by nobody: it
 * predates the bank).
 */
export const questionBank: Migration = {
  version: 11,
  name: 'question bank: status, authors, several KUK, images, import source',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE item_v11 (
        id TEXT PRIMARY KEY,
        scheme_id TEXT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('multiple_choice', 'essay', 'oral', 'supporting')),
        ref TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        -- The first of item_kuk (ordinal 0); null only while a draft has no KUK.
        kuk_id TEXT REFERENCES kuk(id),
        dimensions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dimensions)),
        prompt_id TEXT NOT NULL,
        prompt_en TEXT,
        expected_id TEXT,
        expected_en TEXT,
        -- FR.IA.06: how the assessor scores the answer, beside the expected answer.
        guide_id TEXT,
        guide_en TEXT,
        scoring TEXT NOT NULL DEFAULT 'yes_no' CHECK (scoring IN ('yes_no', 'score_0_3')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'retired')),
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        created_by TEXT REFERENCES account(id),
        created_at TEXT,
        updated_by TEXT REFERENCES account(id),
        updated_at TEXT,
        approved_by TEXT REFERENCES account(id),
        approved_at TEXT,
        retired_by TEXT REFERENCES account(id),
        retired_at TEXT,
        -- A draft made from an item a session used: approving it retires that one.
        replaces_id TEXT REFERENCES item_v11(id),
        source_sha256 TEXT CHECK (source_sha256 IS NULL OR length(source_sha256) = 64),
        source_position TEXT,
        CHECK ((source_sha256 IS NULL) = (source_position IS NULL)),
        CHECK (status = 'draft' OR kuk_id IS NOT NULL)
      ) STRICT;
      INSERT INTO item_v11 (id, scheme_id, kind, ref, ordinal, kuk_id, dimensions, prompt_id, prompt_en, expected_id, expected_en, scoring, status)
        SELECT id, scheme_id, kind, ref, ordinal, kuk_id, dimensions, prompt_id, prompt_en, expected_id, expected_en, scoring, 'approved' FROM item;
      DROP TABLE item;
      ALTER TABLE item_v11 RENAME TO item;
      CREATE INDEX item_scheme ON item(scheme_id, kind, ordinal, id);
      CREATE INDEX item_first_kuk ON item(kuk_id);
      CREATE INDEX item_replaces ON item(replaces_id) WHERE replaces_id IS NOT NULL;
      CREATE UNIQUE INDEX item_source ON item(scheme_id, source_sha256, source_position) WHERE source_sha256 IS NOT NULL;

      -- Every KUK a question gives evidence for, in the order the author gave them.
      CREATE TABLE item_kuk (
        item_id TEXT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
        kuk_id TEXT NOT NULL REFERENCES kuk(id),
        ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
        PRIMARY KEY (item_id, kuk_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX item_kuk_kuk ON item_kuk(kuk_id);
      INSERT INTO item_kuk (item_id, kuk_id, ordinal) SELECT id, kuk_id, 0 FROM item;

      -- Images of a stem or of an option (by its original ordinal), in order; the bytes are in the
      -- attachment store once per hash, with an attachment row (owner 'item') so bundles carry them.
      CREATE TABLE item_image (
        item_id TEXT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
        place TEXT NOT NULL CHECK (place IN ('stem', 'option:0', 'option:1', 'option:2', 'option:3', 'option:4')),
        ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        PRIMARY KEY (item_id, place, ordinal)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX item_image_sha256 ON item_image(sha256);

      CREATE TABLE observation_item_v11 (
        id TEXT PRIMARY KEY,
        scheme_id TEXT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
        kuk_id TEXT NOT NULL REFERENCES kuk(id),
        benchmark_id TEXT NOT NULL,
        benchmark_en TEXT,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'retired')),
        created_by TEXT REFERENCES account(id),
        created_at TEXT,
        updated_by TEXT REFERENCES account(id),
        updated_at TEXT,
        approved_by TEXT REFERENCES account(id),
        approved_at TEXT,
        retired_by TEXT REFERENCES account(id),
        retired_at TEXT,
        replaces_id TEXT REFERENCES observation_item_v11(id)
      ) STRICT;
      INSERT INTO observation_item_v11 (id, scheme_id, kuk_id, benchmark_id, benchmark_en, status)
        SELECT id, scheme_id, kuk_id, benchmark_id, benchmark_en, 'approved' FROM observation_item;
      DROP TABLE observation_item;
      ALTER TABLE observation_item_v11 RENAME TO observation_item;
      CREATE INDEX observation_item_kuk ON observation_item(kuk_id, status);
      CREATE INDEX observation_item_scheme ON observation_item(scheme_id);
    `);
  },
};
