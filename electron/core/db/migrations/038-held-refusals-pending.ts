import type { Migration } from './types';

/**
 * Late answers refused as held back while the PC was online (`cbt.heldAnswerRefused`,
 * exam-day/held-answer-refusals.ts) wait here for their audit entry, one row per attempt counting them: the
 * refused save writes its row in the commit it would have used, before the PC is answered, and the exam day's
 * sweep turns the row into the entry and deletes it in one transaction. They were held in memory until that
 * sweep, up to a minute and more, and a kill -9 lost them. A row holds what the entry says (the first and last
 * refusal, the last call heard) and who it is entered under; the table holds only attempts with refusals not
 * yet in the log.
 */
export const heldRefusalsPending: Migration = {
  version: 38,
  name: 'refused late answers waiting for their audit entry, one row per attempt',
  up(db) {
    db.exec(`
      CREATE TABLE held_refusal_pending (
        attempt_id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        actor_account_id TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        refused INTEGER NOT NULL CHECK (refused > 0),
        first_item_id TEXT NOT NULL,
        first_answered_at TEXT NOT NULL,
        first_refused_at TEXT NOT NULL,
        last_item_id TEXT NOT NULL,
        last_answered_at TEXT NOT NULL,
        last_refused_at TEXT NOT NULL,
        heard_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
