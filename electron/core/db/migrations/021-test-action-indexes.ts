import type { Migration } from './types';

/**
 * The results review lists each proctor's pause, resume and extension of a candidate's test
 * (queries/review-test-actions.ts), read from this installation's audit log and every log a results bundle
 * brought (remote_audit_log, where a station's year of answer saves lands): without an index each review read
 * both logs whole, and for each action searched the whole of its TUK's log for the account's username.
 * Partial indexes hold only those rows (a few per session) and the account entries, so a saved answer adds
 * nothing to them. Their WHERE must stay the query's own terms (TEST_ACTIONS_SQL there), or SQLite will not use them.
 */
export const testActionIndexes: Migration = {
  version: 21,
  name: "audit logs: indexes of the proctors' test actions and of a TUK's account entries",
  up(db) {
    db.exec(`
      CREATE INDEX audit_log_test_actions ON audit_log (action)
        WHERE action IN ('exam.extended', 'exam.paused', 'exam.resumed', 'exam.extendedAll', 'exam.pausedAll', 'exam.resumedAll');
      CREATE INDEX remote_audit_log_test_actions ON remote_audit_log (action)
        WHERE action IN ('exam.extended', 'exam.paused', 'exam.resumed', 'exam.extendedAll', 'exam.pausedAll', 'exam.resumedAll');
      CREATE INDEX remote_audit_log_accounts ON remote_audit_log (source_installation_id, entity_id, seq) WHERE entity = 'account';
    `);
  },
};
