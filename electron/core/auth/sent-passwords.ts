import type { Db } from '../db/open';
import { findById } from '../db/queries/accounts';
import { revokeAllFor, signedInAccounts } from '../db/queries/auth-sessions';

export type SignedIn = { id: string; passwordHash: string; mustChange: boolean };

/** Who is signed in here before a session bundle's merge, with the password and duty they signed in under. */
export function signedInNow(db: Db, now: string): SignedIn[] {
  return signedInAccounts(db, now).map((a) => ({ ...a, mustChange: findById(db, a.id)?.mustChangePassword === 1 }));
}

/**
 * After a session bundle's merge: a sign-in of an account that must now change its password, because
 * the LSP reset it (a new hash) or its bundle first said so (the flag, from an LSP that now sends it),
 * ends, as a reset ends them at the LSP. Its next call is then told why (SIGNED_OUT_PASSWORD_RESET)
 * rather than having every call refused as PASSWORD_CHANGE_REQUIRED by a screen that cannot change it:
 * the change form comes with a sign-in, which holds the password just typed.
 */
export function endSignInsToChange(db: Db, before: SignedIn[], now: string): void {
  const after = new Map(signedInAccounts(db, now).map((a) => [a.id, a.passwordHash]));
  for (const was of before) {
    const hash = after.get(was.id);
    if (hash === undefined || findById(db, was.id)?.mustChangePassword !== 1) continue;
    if (hash !== was.passwordHash || !was.mustChange) revokeAllFor(db, was.id, now);
  }
}
