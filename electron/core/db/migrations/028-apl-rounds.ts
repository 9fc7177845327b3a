import type { Migration } from './types';

const OLD_UNIQUE = /,\s*UNIQUE \(candidate_id, scheme_id\)/;
/** The last column: the new one goes after it, so the rows copy across by position. */
const LAST_COLUMN = /verified_by TEXT REFERENCES account\(id\),/;

/**
 * Re-certification (sertifikasi ulang) on the same scheme version: an application belongs to one
 * certification round. `apl_application` held one row per candidate and scheme version, ever, so a holder
 * coming back got last round's FR.APL.01 (its purpose, evidence and verification) and FR.APL.02 again. It
 * is rebuilt from its own stored definition with `round_no` (1, 2, …; the newest is the current one) and
 * UNIQUE (candidate_id, scheme_id, round_no); every existing application is its candidate's round 1, and so is
 * a row written without a round (a backup made before this migration, restored).
 *
 * A seat names the application it was planned on (`session_candidate.apl_application_id`), set when the plan
 * is saved: "the newest round" changes meaning once a new round starts, and a finished session's records
 * must keep pointing at the forms its candidate was assessed on. Existing seats get the one application their
 * candidate had for the session's scheme version (null where there was none: the gate was off, or the
 * session came in a bundle). The session bundle lists its seat columns, so the link stays at the LSP, as
 * the forms do.
 */
export const aplRounds: Migration = {
  version: 28,
  name: 'apl rounds: a new application per certification round; a seat names the application it was planned on',
  rebuildsTables: true,
  up(db) {
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'apl_application'").get() as { sql: string };
    if (!OLD_UNIQUE.test(table.sql) || !LAST_COLUMN.test(table.sql)) throw new Error('migration 028: the apl_application table does not hold the constraint it replaces');
    const indexes = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'apl_application' AND sql IS NOT NULL").all() as { sql: string }[];
    const created = table.sql
      .replace(LAST_COLUMN, 'verified_by TEXT REFERENCES account(id),\n        round_no INTEGER NOT NULL DEFAULT 1 CHECK (round_no >= 1),')
      .replace(OLD_UNIQUE, ',\n        UNIQUE (candidate_id, scheme_id, round_no)')
      .replace(/^CREATE TABLE "?apl_application"?/, 'CREATE TABLE apl_application_v28');
    db.exec(created);
    db.exec('INSERT INTO apl_application_v28 SELECT *, 1 FROM apl_application; DROP TABLE apl_application; ALTER TABLE apl_application_v28 RENAME TO apl_application;');
    for (const index of indexes) db.exec(index.sql);
    db.exec(`
      ALTER TABLE session_candidate ADD COLUMN apl_application_id TEXT REFERENCES apl_application(id);
      UPDATE session_candidate SET apl_application_id = (
        SELECT a.id FROM apl_application a JOIN session s ON s.id = session_candidate.session_id
        WHERE a.candidate_id = session_candidate.candidate_id AND a.scheme_id = s.scheme_id);
      CREATE INDEX session_candidate_application ON session_candidate(apl_application_id) WHERE apl_application_id IS NOT NULL;
    `);
  },
};
