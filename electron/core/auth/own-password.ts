import type { Db } from '../db/open';
import * as accounts from '../db/queries/accounts';
import { setLocalPassword } from '../db/queries/local-passwords';

/**
 * At a TUK station an assessor's or a candidate's account is the LSP's: every session bundle brings it
 * again, password hash included, and would undo a password chosen here. Such a password is kept as this
 * installation's (local_password, migration 022) until the LSP itself sets a new one. An account is the
 * LSP's where that LSP has no admin here (a station set up as a TUK, or by `demo --tuk-station`, which
 * records no installation kind); at the LSP's own office its password is the account's.
 */
function sentByAnLsp(db: Db, account: { role: string; lspId: string | null }): boolean {
  return (account.role === 'assessor' || account.role === 'candidate') && !accounts.lspHasAdminHere(db, account.lspId);
}

/**
 * A password the account's owner chose (auth/changePassword): no longer one to change at the next sign-in.
 * At a TUK the account's must_change_password stays as the LSP sent it, since its next bundle brings it
 * again: the local password, issued by the account itself, is what satisfies it (db/queries/accounts.ts),
 * until the LSP resets the password and the trigger drops the local one.
 */
export function storeOwnPassword(db: Db, account: { accountId: string; role: string; lspId: string | null }, hash: string, now: Date): void {
  if (!sentByAnLsp(db, account)) {
    accounts.setPassword(db, account.accountId, hash, 0);
    return;
  }
  setLocalPassword(db, { accountId: account.accountId, passwordHash: hash, issuedAt: now.toISOString(), issuedBy: account.accountId, sessionId: null });
}
