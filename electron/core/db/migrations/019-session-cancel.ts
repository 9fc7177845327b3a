import type { Migration } from './types';

/**
 * An LSP may call off a session it planned before it starts (sessions/cancel). The row stays (its code
 * is printed on letters already sent, the audit names it, a TUK may hold its bundle): `cancelled_at` says
 * it will not take place, `cancelled_by` is who called it off as their name read then (the name travels
 * to the TUK in a re-exported bundle, where the LSP's account does not exist), `cancel_reason` why.
 * All three are set together or not at all.
 */
export const sessionCancel: Migration = {
  version: 19,
  name: 'scheduling: a session called off before it starts',
  up(db) {
    db.exec(`
      ALTER TABLE session ADD COLUMN cancelled_at TEXT;
      ALTER TABLE session ADD COLUMN cancelled_by TEXT;
      ALTER TABLE session ADD COLUMN cancel_reason TEXT CHECK (
        (cancel_reason IS NULL AND cancelled_at IS NULL AND cancelled_by IS NULL)
        OR (length(trim(cancel_reason)) >= 3 AND cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL));
    `);
  },
};
