import { STAFF_ROLES } from '../../../shared/roles';
import { appendAudit } from '../../audit/log';
import { Admission } from '../../auth/admission';
import { candidateSignIn } from '../../auth/candidate-sign-in';
import { signIn, type SignInDeps } from '../../auth/sign-in';
import { storeOwnPassword } from '../../auth/own-password';
import { hashToken, revokeToken } from '../../auth/sessions';
import { requireStrongPassword } from '../../accounts/staff';
import { hashPassword, verifyPassword } from '../../auth/password';
import * as accounts from '../../db/queries/accounts';
import { activeSessions, revokeSession } from '../../db/queries/auth-sessions';
import { AppError } from '../../../shared/errors';
import { me, type CallContext, type Handlers } from '../context';

/** What a password check needs from a call: its door (here or over the LAN), lock events, the limiter, the group commit. */
export function signInDeps({ core, origin }: CallContext): SignInDeps {
  return {
    door: origin,
    db: core.db,
    clock: core.clock,
    onLocked: (accountId: string) => core.events.emit('accounts/changed', { accountId, locked: true }),
    onLockLifted: (accountId: string) => core.events.emit('accounts/changed', { accountId, locked: false }),
    limiter: core.signInLimiter,
    commit: <T>(write: () => T) => core.commits.run(write),
  };
}

/** Candidates' sign-ins, a few a turn (see admission.ts). */
const candidateSignIns = new Admission(8);

export const authHandlers = {
  'auth/signIn': async (args, call) => {
    const signedIn = await signIn(signInDeps(call), args.username, args.password, STAFF_ROLES);
    // The one moment a key holder's password is at hand: unlock the installation keys, or wrap them for this account.
    await call.core.vault.admit(signedIn.principal, args.password, call.core.clock.now());
    return signedIn;
  },
  'auth/candidateSignIn': async (args, call) => {
    await candidateSignIns.next();
    const { signedIn, sessionId } = await candidateSignIn(signInDeps(call), args);
    const { accountId, candidateId } = signedIn.principal;
    if (candidateId) call.core.examDay.heard(accountId, sessionId, candidateId);
    return signedIn;
  },
  'auth/signOut': (_args, call) => {
    const principal = me(call);
    const { db, clock } = call.core;
    db.transaction(() => {
      if (call.token) revokeToken(db, clock, call.token);
      appendAudit(db, principal, { action: 'auth.signOut', entity: 'account', entityId: principal.accountId }, clock.now());
    })();
    return { signedOut: true as const };
  },
  'auth/whoami': (_args, call) => me(call),
  'auth/changePassword': async (args, call) => {
    const principal = me(call);
    const { db, clock, passwordCost } = call.core;
    const hash = accounts.passwordHashFor(db, principal.accountId) ?? '';
    if (!(await verifyPassword(args.currentPassword, hash))) throw new AppError('WRONG_PASSWORD');
    // The temporary password an admin typed is not an acceptable new one, however strong: said as such.
    if (args.newPassword === args.currentPassword) throw new AppError('PASSWORD_UNCHANGED');
    requireStrongPassword(args.newPassword, principal.username);
    const newHash = await hashPassword(args.newPassword, { N: passwordCost });
    const at = clock.now();
    db.transaction(() => {
      storeOwnPassword(db, principal, newHash, at);
      // Sign-ins elsewhere were made with the old password: they end; this one goes on.
      const mine = call.token ? hashToken(call.token) : null;
      for (const s of activeSessions(db, principal.accountId, at.toISOString())) {
        if (s.tokenHash !== mine) revokeSession(db, s.tokenHash, at.toISOString());
      }
      appendAudit(db, principal, { action: 'auth.changePassword', entity: 'account', entityId: principal.accountId }, at);
    })();
    await call.core.vault.rewrap(principal, args.newPassword, at);
    return { changed: true as const };
  },
} satisfies Partial<Handlers>;
