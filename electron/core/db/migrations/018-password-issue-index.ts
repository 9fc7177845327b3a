import type { Migration } from './types';

/**
 * When a session's candidate passwords were last issued (sessions/get, for the LSP's hand-over panel) is its
 * latest 'session.issuePasswords' audit entry. audit_log had no index but its sequence, and gains a row with
 * every answer saved, so each sessions/get read the whole log to find that entry. This partial index holds
 * only the password issues, one entry per issue: the lookup searches the session's few entries, a saved
 * answer adds no entry to it, and the issues recorded before it are in it as soon as it is built, so the
 * answer is the same as before for every session. Its WHERE must stay the lookup's own terms
 * (lastPasswordsIssuedAt in queries/session-handover.ts), or SQLite will not use it.
 */
export const passwordIssueIndex: Migration = {
  version: 18,
  name: 'audit log: an index of the session password issues',
  up(db) {
    db.exec(`CREATE INDEX audit_log_passwords_issued ON audit_log (entity_id, at) WHERE action = 'session.issuePasswords' AND entity = 'session'`);
  },
};
