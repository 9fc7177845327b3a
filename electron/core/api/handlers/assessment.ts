import { acknowledge, checkCandidatePassword, requireSignedAk02 } from '../../assessment/acknowledge';
import { assessorFor, seatFor } from '../../assessment/access';
import { saveAppeal, saveFeedback } from '../../assessment/after-decision';
import { decideUnit, saveRecord } from '../../assessment/decisions';
import { essayAcross, overview } from '../../assessment/overview';
import { loadReport, saveReport, signReport, unlockReport } from '../../assessment/report';
import { saveScore } from '../../assessment/scores';
import { correctKey, keyCorrectionView, withdrawKeyCorrection } from '../../assessment/key-correction';
import { signSeat, unlockSeat } from '../../assessment/signing';
import { confirmPassword } from '../../auth/confirm-password';
import { loadWorkspace } from '../../assessment/workspace';
import * as content from '../../db/queries/assessment-content';
import { me, passwordCheck, write, type CallContext, type Handlers } from '../context';

/** The seat the caller may change: their own candidate, checked inside the write transaction. */
function writeSeat<T>(call: CallContext, seat: { sessionId: string; candidateId: string }, fn: (row: content.SeatRow, now: Date) => T): T {
  return write(call, (now) => fn(seatFor(call.core.db, me(call), seat, 'write'), now));
}

/** Signing asks for the password again; a wrong one is audited as a refused signature. */
const signerPassword = (call: CallContext, password: string, form: 'FR.AK.02' | 'FR.AK.05') =>
  confirmPassword(passwordCheck(call), me(call), password, { action: 'assessment.signRefused', details: { form } });

export const assessmentHandlers = {
  'assessment/overview': (args, call) => overview(call.core.db, args.sessionId, assessorFor(me(call), args.assessorId)),
  'assessment/workspace': (args, call) => loadWorkspace(call.core.db, seatFor(call.core.db, me(call), args, 'read'), args.sessionId),
  'assessment/essayAcross': (args, call) =>
    essayAcross(call.core.db, args.sessionId, assessorFor(me(call), args.assessorId), args.itemId),

  'assessment/score': ({ sessionId, candidateId, ...input }, call) =>
    writeSeat(call, { sessionId, candidateId }, (row, now) => saveScore(call.core.db, me(call), row, sessionId, input, now)),
  'assessment/decideUnit': ({ sessionId, candidateId, ...input }, call) =>
    writeSeat(call, { sessionId, candidateId }, (row, now) => decideUnit(call.core.db, me(call), row, sessionId, input, now)),
  'assessment/saveRecord': ({ sessionId, candidateId, ...input }, call) =>
    writeSeat(call, { sessionId, candidateId }, (row, now) => saveRecord(call.core.db, me(call), row, sessionId, input, now)),
  'assessment/sign': async ({ sessionId, candidateId, password }, call) => {
    seatFor(call.core.db, me(call), { sessionId, candidateId }, 'write');
    // scrypt is asynchronous: checked before the transaction, which must not span an await.
    await signerPassword(call, password, 'FR.AK.02');
    return writeSeat(call, { sessionId, candidateId }, (row, now) => signSeat(call.core.db, me(call), row, sessionId, now));
  },
  'assessment/candidateAcknowledge': async ({ sessionId, candidateId, password }, call) => {
    const { core } = call;
    const seat = seatFor(core.db, me(call), { sessionId, candidateId }, 'write');
    // Nothing to acknowledge yet: said before the password counts as a try.
    requireSignedAk02(core.db, seat, sessionId);
    await checkCandidatePassword(
      {
        door: call.origin,
        db: core.db,
        clock: core.clock,
        limiter: core.signInLimiter,
        onLocked: (accountId) => core.events.emit('accounts/changed', { accountId, locked: true }),
      },
      me(call),
      seat,
      sessionId,
      password,
    );
    return writeSeat(call, { sessionId, candidateId }, (row, now) => acknowledge(core.db, me(call), row, sessionId, now));
  },
  'assessment/unlock': ({ sessionId, candidateId, reason }, call) => {
    writeSeat(call, { sessionId, candidateId }, (row, now) => unlockSeat(call.core.db, me(call), row, sessionId, reason, now));
    return { unlocked: true };
  },
  'assessment/feedback': ({ sessionId, candidateId, ...input }, call) =>
    writeSeat(call, { sessionId, candidateId }, (row, now) => saveFeedback(call.core.db, me(call), row, sessionId, input, now)),
  'assessment/appeal': ({ sessionId, candidateId, ...input }, call) =>
    writeSeat(call, { sessionId, candidateId }, (row, now) => saveAppeal(call.core.db, me(call), row, sessionId, input, now)),

  'assessment/keyCorrections': (args, call) => keyCorrectionView(call.core.db, me(call), args.sessionId),
  'assessment/correctKey': (args, call) => write(call, (now) => correctKey(call.core.db, me(call), args, now)),
  'assessment/withdrawKeyCorrection': (args, call) => write(call, (now) => withdrawKeyCorrection(call.core.db, me(call), args, now)),

  'assessment/report': (args, call) => loadReport(call.core.db, args.sessionId, assessorFor(me(call), args.assessorId)),
  'assessment/saveReport': ({ sessionId, ...input }, call) =>
    write(call, (now) => saveReport(call.core.db, me(call), sessionId, assessorFor(me(call), undefined), input, now)),
  'assessment/signReport': async ({ sessionId, password }, call) => {
    const assessorId = assessorFor(me(call), undefined);
    await signerPassword(call, password, 'FR.AK.05');
    return write(call, (now) => signReport(call.core.db, me(call), sessionId, assessorId, now));
  },
  'assessment/unlockReport': ({ sessionId, reason }, call) => {
    write(call, (now) => unlockReport(call.core.db, me(call), sessionId, assessorFor(me(call), undefined), reason, now));
    return { unlocked: true };
  },
} satisfies Partial<Handlers>;

