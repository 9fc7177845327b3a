import type { Migration } from './types';

/**
 * The results review says beside a candidate's test that they sat with a new card given at the TUK
 * (queries/review-test-actions.ts, the 'exam.passwordIssued' entries of this log and of the logs results
 * bundles brought). As migration 021 does for the proctors' test actions, these partial indexes hold only
 * those entries, so the review never reads a station's year of answer saves. Their WHERE must stay the
 * query's own term (CARDS_SQL there), or SQLite will not use them.
 */
export const cardIssueIndexes: Migration = {
  version: 25,
  name: 'audit logs: indexes of the new candidate cards given at a TUK',
  up(db) {
    db.exec(`
      CREATE INDEX audit_log_cards_issued ON audit_log (action) WHERE action = 'exam.passwordIssued';
      CREATE INDEX remote_audit_log_cards_issued ON remote_audit_log (action) WHERE action = 'exam.passwordIssued';
    `);
  },
};
