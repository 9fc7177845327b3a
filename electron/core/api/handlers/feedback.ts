import type { CandidateFeedback } from '../../../shared/assessment';
import { AppError } from '../../../shared/errors';
import { saveFeedback } from '../../assessment/after-decision';
import { authenticate } from '../../auth/sign-in';
import * as accounts from '../../db/queries/accounts';
import { formHeader, sessionHeaderOrThrow } from '../../assessment/header';
import { isSigned } from '../../assessment/locks';
import { loadWorkspace } from '../../assessment/workspace';
import * as content from '../../db/queries/assessment-content';
import { me, type CallContext, type Handlers } from '../context';
import { signInDeps } from './auth';

/** The candidate's own seat, from their sign-in; never from the arguments. */
function candidateSeat(call: CallContext): content.SeatRow & { sessionId: string } {
  const principal = me(call);
  const sessionId = call.examSessionId;
  if (!principal.candidateId || !sessionId) throw new AppError('NOT_IN_SESSION');
  const row = content.findSeat(call.core.db, sessionId, principal.candidateId);
  if (!row) throw new AppError('NOT_IN_SESSION');
  return { ...row, sessionId };
}

/** FR.AK.03 on the candidate's own PC: the only assessment form a candidate reaches. */
export const feedbackHandlers = {
  'feedback/state': (_args, call): CandidateFeedback => {
    const { db } = call.core;
    const seat = candidateSeat(call);
    const ws = loadWorkspace(db, seat, seat.sessionId);
    // The candidate sees the form and their own answers, never the scores or the assessor's notes.
    return {
      header: formHeader(sessionHeaderOrThrow(db, seat.sessionId), seat.sessionId, { name: seat.assessorName, met: seat.assessorMet }),
      candidate: ws.candidate,
      open: isSigned(db, seat.sessionId, seat),
      feedback: ws.feedback,
    };
  },
  'feedback/submit': async ({ password, ...input }, call) => {
    const seat = candidateSeat(call);
    const principal = me(call);
    const { db, clock } = call.core;
    // The receipt screen keeps the sign-in for the day, on a lab PC the candidate may have walked away from:
    // FR.AK.03 goes out in their name only with their password, checked and counted as at the sign-in door.
    try {
      await authenticate(signInDeps(call), principal.username, password, ['candidate']);
    } catch (err) {
      if (err instanceof AppError && err.code === 'BAD_CREDENTIALS') throw new AppError('WRONG_PASSWORD');
      throw err;
    }
    return db.transaction(() => {
      accounts.resetFailures(db, principal.accountId);
      return saveFeedback(db, principal, seat, seat.sessionId, input, clock.now());
    })();
  },
} satisfies Partial<Handlers>;
