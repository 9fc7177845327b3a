import { aplScope } from '../../scheduling/apl';
import {
  aplSignIn,
  checkSelfAccess,
  hashSelfPassword,
  mySelfAssessment,
  saveMySelfAssessment,
  selfAccessState,
  storeSelfAccess,
  submitMySelfAssessment,
} from '../../scheduling/apl-self';
import { me, write, type CallContext, type Handlers } from '../context';

const scope = (call: CallContext) => aplScope(call.core.db, me(call));

/** FR.APL.02 on the candidate's own PC: the admin issues the sign-in; the candidate's application comes from their account. */
export const aplSelfHandlers = {
  'auth/aplSignIn': ({ username, password }, call) =>
    aplSignIn(
      {
        door: call.origin,
        db: call.core.db,
        clock: call.core.clock,
        onLocked: (accountId: string) => call.core.events.emit('accounts/changed', { accountId, locked: true }),
        limiter: call.core.signInLimiter,
      },
      username,
      password,
    ),
  'apl/issueSelfAccess': async (key, call) => {
    // Checked first, hashed outside the transaction (scrypt is async), written in one transaction.
    checkSelfAccess(call.core.db, scope(call), key, call.core.clock.now());
    const hashed = await hashSelfPassword();
    return write(call, (at) => storeSelfAccess(call.core.db, me(call), scope(call), key, hashed, at));
  },
  'apl/selfAccess': (key, call) => selfAccessState(call.core.db, scope(call), key),
  'apl/mySelfAssessment': (_args, call) => mySelfAssessment(call.core.db, me(call), call.core.clock.now()),
  'apl/saveMySelfAssessment': ({ answers }, call) => write(call, (at) => saveMySelfAssessment(call.core.db, me(call), answers, at)),
  'apl/submitMySelfAssessment': (_args, call) => write(call, (at) => submitMySelfAssessment(call.core.db, me(call), at)),
} satisfies Partial<Handlers>;
