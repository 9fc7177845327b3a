import type { Migration } from './types';

/**
 * A TUK station's refused late answers (`cbt.heldAnswerRefused`, exam-day/held-answer-refusals.ts) reach the
 * LSP's office in the log its results bundle brings (remote_audit_log), where the assessor's workspace and the
 * board count them as the station did (queries/held-refusals.ts). That log holds the station's every saved
 * answer; this partial index holds only those entries (a few per candidate who tried), so a count never reads
 * it whole. Its WHERE must stay the query's own term (RECEIVED_REFUSALS_SQL there), or SQLite will not use it.
 */
export const receivedHeldRefusalsIndex: Migration = {
  version: 37,
  name: "received audit logs: an index of a TUK station's refused late answers",
  up(db) {
    db.exec(`CREATE INDEX remote_audit_log_held_refusals ON remote_audit_log (entity_id) WHERE action = 'cbt.heldAnswerRefused'`);
  },
};
