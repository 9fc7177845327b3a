import type { Migration } from './types';

/**
 * FR.APL.02 filled by the candidate on a PC (issue 16): the LSP admin issues a sign-in for one
 * application. It is the candidate's one account (account.candidate_id is UNIQUE), marked with the
 * application it may reach, until when, and when the candidate submitted. An account with
 * apl_application_id set reaches that application's FR.APL.02 and nothing of a session; issuing the
 * session's passwords turns it back into a session account (the three columns cleared).
 * Added columns only: the session bundle lists its account columns, so none of these travel to a TUK.
 */
export const aplSelfAccess: Migration = {
  version: 16,
  name: 'apl self access: an account limited to one application, with its expiry and submission',
  up(db) {
    db.exec(`
      ALTER TABLE account ADD COLUMN apl_application_id TEXT REFERENCES apl_application(id) ON DELETE SET NULL;
      ALTER TABLE account ADD COLUMN apl_until TEXT;
      ALTER TABLE account ADD COLUMN apl_submitted_at TEXT;
    `);
  },
};
