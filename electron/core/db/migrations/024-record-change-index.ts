import type { Migration } from './types';

/**
 * A save refused because someone else changed the record since the form opened (RECORD_CHANGED) names who
 * and when: the record's latest audit entry (queries/record-changes.ts). audit_log gains a row with every
 * saved answer; this partial index holds only the entries of the records a form saves with a revision (a
 * few per record), so the lookup never reads the whole log. Its WHERE must stay in the lookup's terms
 * (LAST_RECORD_CHANGE_SQL), or SQLite will not use it.
 */
export const recordChangeIndex: Migration = {
  version: 24,
  name: 'audit log: an index of the changes to the records saved with a revision',
  up(db) {
    db.exec(`CREATE INDEX audit_log_record_changes ON audit_log (entity, entity_id, seq) WHERE entity IN ('assessor', 'candidate', 'pleno', 'scheme', 'session')`);
  },
};
