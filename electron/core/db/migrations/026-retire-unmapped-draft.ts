import type { Migration } from './types';

const OLD_CHECK = "CHECK (status = 'draft' OR kuk_id IS NOT NULL)";
const NEW_CHECK = "CHECK (status <> 'approved' OR kuk_id IS NOT NULL)";

/**
 * A question needs a KUK to be approved, not to be retired: the old check (draft, or a KUK) made a draft
 * never mapped (an Aiken file imported as drafts) impossible to retire, the app failing with an internal
 * error. The table is rebuilt from its own stored definition with the check changed, so nothing else of
 * it (columns added since, the self-reference of replaces_id) is written here a second time.
 */
export const retireUnmappedDraft: Migration = {
  version: 26,
  name: 'question bank: a draft without a KUK can be retired',
  rebuildsTables: true,
  up(db) {
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'item'").get() as { sql: string };
    if (!table.sql.includes(OLD_CHECK)) throw new Error('migration 026: the item table does not hold the check it replaces');
    const indexes = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'item' AND sql IS NOT NULL").all() as { sql: string }[];
    const created = table.sql.replace(OLD_CHECK, NEW_CHECK).replace(/^CREATE TABLE "?item"?/, 'CREATE TABLE item_v26');
    db.exec(created);
    db.exec('INSERT INTO item_v26 SELECT * FROM item; DROP TABLE item; ALTER TABLE item_v26 RENAME TO item;');
    for (const index of indexes) db.exec(index.sql);
  },
};
