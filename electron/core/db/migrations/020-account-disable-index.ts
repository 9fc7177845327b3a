import type { Migration } from './types';

/**
 * When, by whom and why a staff account was disabled (accounts/list, the staff accounts screen) is its latest
 * 'account.disable' audit entry: accounts/setDisabled writes it with the reason, in the same transaction
 * as the flag. Read from there rather than copied into new account columns: the entry is the record, so
 * the two cannot disagree, and every account disabled before this migration has its answer at once.
 * audit_log gains a row with every saved answer; this partial index holds only the disables, so the
 * lookup searches one account's few entries and a saved answer adds nothing to it. Its WHERE must stay the
 * lookup's own terms (LAST_DISABLE_SQL in queries/account-disables.ts), or SQLite will not use it.
 */
export const accountDisableIndex: Migration = {
  version: 20,
  name: 'audit log: an index of the staff account disables',
  up(db) {
    db.exec(`CREATE INDEX audit_log_account_disables ON audit_log (entity_id, seq) WHERE action = 'account.disable' AND entity = 'account'`);
  },
};
