import type { Migration } from './types';

/**
 * A multiple-choice key found wrong after the candidates sat the test: the session's assessor accepts another
 * option as correct too (ralat kunci) or annuls the question (soal dianulir) for that session. Append-only, one
 * row per correction, so every installation the results reach holds the same history: the scores read the key
 * and these rows together (cbt/key-corrections.ts). The assessor, not an account: the LSP knows the assessor
 * record but not an account a TUK made.
 */
export const keyCorrections: Migration = {
  version: 31,
  name: 'assessment: per-session corrections of a multiple-choice key (accept another option, annul the question)',
  up(db) {
    db.exec(`
      CREATE TABLE key_correction (
        session_id TEXT NOT NULL REFERENCES session(id),
        item_id TEXT NOT NULL REFERENCES item(id),
        action TEXT NOT NULL CHECK (action IN ('accept', 'annul')),
        accepted_option INTEGER CHECK (accepted_option IS NULL OR accepted_option >= 0),
        reason TEXT NOT NULL,
        assessor_id TEXT NOT NULL REFERENCES assessor(id),
        corrected_at TEXT NOT NULL,
        CHECK ((action = 'accept') = (accepted_option IS NOT NULL))
      ) STRICT;
      -- A question is annulled once, an option accepted once: what the correction did is its key (bundles too).
      CREATE UNIQUE INDEX key_correction_once ON key_correction (session_id, item_id, action, coalesce(accepted_option, -1));
    `);
  },
};
