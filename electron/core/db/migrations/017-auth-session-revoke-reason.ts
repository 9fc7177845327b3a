import type { Migration } from './types';

/**
 * Why a sign-in was ended, where that changes what its PC is told: 'login_reset' when the proctor moved
 * the candidate's login to another PC (exam/resetLogin), so the old PC hears LOGIN_MOVED rather than a
 * bare "sign in again"; NULL for every other end (sign-out, a password change, a disabled account).
 * Before, the reason was found by matching the audit log's reset entry to the revocation's time, a scan
 * of the whole (unindexed) audit log on each refused call with an ended token.
 */
export const authSessionRevokeReason: Migration = {
  version: 17,
  name: 'auth session: why it was revoked (a login reset)',
  up(db) {
    db.exec(`ALTER TABLE auth_session ADD COLUMN revoke_reason TEXT CHECK (revoke_reason IN ('login_reset'))`);
  },
};
