import type { Migration } from './types';

const OLD_UNIQUE = /,\s*UNIQUE \(session_id, candidate_id\)/;
/** The last column: the new one goes after it, so the rows copy across by position. */
const LAST_COLUMN = /revoke_reason TEXT,/;

/**
 * A certificate revoked by mistake, or issued under a wrong date, can be replaced: the wrong one stays in the
 * register, revoked, its number never used again, and a new certificate (a new number) of the same decision
 * names it in `replaces_id`. The seat's old uniqueness (one certificate per session and candidate, ever)
 * becomes one in force per seat and one replacement per certificate. The table is rebuilt from its own stored
 * definition with that constraint taken out, as 026 rebuilt `item`.
 */
export const certificateReplacement: Migration = {
  version: 27,
  name: 'certificates: a revoked certificate can be replaced by a new one of the same decision',
  rebuildsTables: true,
  up(db) {
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'certificate'").get() as { sql: string };
    if (!OLD_UNIQUE.test(table.sql) || !LAST_COLUMN.test(table.sql)) throw new Error('migration 027: the certificate table does not hold the constraint it replaces');
    const indexes = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'certificate' AND sql IS NOT NULL").all() as { sql: string }[];
    const created = table.sql
      .replace(LAST_COLUMN, 'revoke_reason TEXT,\n        replaces_id TEXT REFERENCES certificate(id),')
      .replace(OLD_UNIQUE, ',\n        CHECK (replaces_id IS NULL OR replaces_id <> id)')
      .replace(/^CREATE TABLE "?certificate"?/, 'CREATE TABLE certificate_v27');
    db.exec(created);
    db.exec('INSERT INTO certificate_v27 SELECT *, NULL FROM certificate; DROP TABLE certificate; ALTER TABLE certificate_v27 RENAME TO certificate;');
    for (const index of indexes) db.exec(index.sql);
    db.exec(`
      CREATE UNIQUE INDEX certificate_seat_in_force ON certificate(session_id, candidate_id) WHERE revoked_at IS NULL;
      CREATE INDEX certificate_seat ON certificate(session_id, candidate_id);
      CREATE UNIQUE INDEX certificate_replaces ON certificate(replaces_id) WHERE replaces_id IS NOT NULL;
    `);
  },
};
