import type { Migration } from './types';

/**
 * A key correction made by mistake (the wrong question annulled, the wrong option accepted) is withdrawn by
 * the session's assessor, with a reason: the key reads as it did before it. The correction's row stays (031 is
 * append-only, and so is this): a withdrawal is one more row naming it, by who withdrew it, when and why, so the
 * results bundle carries both to the LSP and every installation reads the same history. A deleted row would
 * never leave an LSP that already took it. A correction is named by what it did and when (`corrected_at`):
 * once withdrawn, the same correction may be made again, so 031's one-per-question index gives way to one that
 * tells the two apart by their time.
 */
export const keyCorrectionWithdrawals: Migration = {
  version: 32,
  name: 'assessment: withdrawing a key correction made by mistake',
  up(db) {
    db.exec(`
      CREATE TABLE key_correction_withdrawal (
        session_id TEXT NOT NULL REFERENCES session(id),
        item_id TEXT NOT NULL REFERENCES item(id),
        action TEXT NOT NULL CHECK (action IN ('accept', 'annul')),
        accepted_option INTEGER CHECK (accepted_option IS NULL OR accepted_option >= 0),
        corrected_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        assessor_id TEXT NOT NULL REFERENCES assessor(id),
        withdrawn_at TEXT NOT NULL,
        CHECK ((action = 'accept') = (accepted_option IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX key_correction_withdrawal_once
        ON key_correction_withdrawal (session_id, item_id, action, coalesce(accepted_option, -1), corrected_at);
      DROP INDEX key_correction_once;
      CREATE UNIQUE INDEX key_correction_once_at ON key_correction (session_id, item_id, action, coalesce(accepted_option, -1), corrected_at);
    `);
  },
};
