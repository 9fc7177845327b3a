import { STAFF_ROLES } from '../../../shared/roles';
import { appendAudit } from '../../audit/log';
import { candidateSignIn } from '../../auth/candidate-sign-in';
import { signIn } from '../../auth/sign-in';
import { revokeToken } from '../../auth/sessions';
import { me, type CallContext, type Handlers } from '../context';

function deps({ core }: CallContext) {
  return {
    db: core.db,
    clock: core.clock,
    onLocked: (accountId: string) => core.events.emit('accounts/changed', { accountId, locked: true }),
    limiter: core.signInLimiter,
  };
}

export const authHandlers = {
  'auth/signIn': async (args, call) => {
    const signedIn = await signIn(deps(call), args.username, args.password, STAFF_ROLES);
    // The one moment a key holder's password is at hand: unlock the installation keys, or wrap them for this account.
    await call.core.vault.admit(signedIn.principal, args.password, call.core.clock.now());
    return signedIn;
  },
  'auth/candidateSignIn': async (args, call) => {
    const { signedIn, sessionId } = await candidateSignIn(deps(call), args);
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
} satisfies Partial<Handlers>;
