import type { Migration } from './types';

/**
 * The proctor's home says when a closed session's results were last exported for the LSP (proctor/today), read
 * from the export's own 'bundle.export' audit entry (queries/results-exports.ts): the entry is the record, so
 * every export made before this migration has its answer at once. audit_log gains a row with every saved
 * answer; this partial index holds only the bundle exports (a few per session), so the lookup never reads the
 * whole log. Its WHERE must stay the lookup's own terms (LAST_RESULTS_EXPORT_SQL), or SQLite will not use it.
 */
export const resultsExportIndex: Migration = {
  version: 23,
  name: 'audit log: an index of the bundle exports',
  up(db) {
    db.exec(`CREATE INDEX audit_log_bundle_exports ON audit_log (at) WHERE action = 'bundle.export' AND entity = 'bundle'`);
  },
};
