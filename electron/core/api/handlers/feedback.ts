import type { CandidateFeedback } from '../../../shared/assessment';
import { AppError } from '../../../shared/errors';
import { saveFeedback } from '../../assessment/after-decision';
import { formHeader, sessionHeaderOrThrow } from '../../assessment/header';
import { isSigned } from '../../assessment/locks';
import { loadWorkspace } from '../../assessment/workspace';
import * as content from '../../db/queries/assessment-content';
import { me, type CallContext, type Handlers } from '../context';

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
  'feedback/submit': (input, call) => {
    const seat = candidateSeat(call);
    return call.core.db.transaction(() => saveFeedback(call.core.db, me(call), seat, seat.sessionId, input, call.core.clock.now()))();
  },
} satisfies Partial<Handlers>;
