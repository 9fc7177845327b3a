import { AppError } from '../../../shared/errors';
import * as exam from '../../cbt/exam';
import { multipleChoiceSheet } from '../../cbt/scoring';
import { findByCandidate } from '../../db/queries/accounts';
import * as run from '../../db/queries/exam-run';
import { me, type CallContext, type Handlers } from '../context';

function write<T>(call: CallContext, fn: (now: Date) => T): T {
  return call.core.db.transaction(() => fn(call.core.clock.now()))();
}

function accountOf(call: CallContext, candidateId: string) {
  const account = findByCandidate(call.core.db, candidateId);
  if (!account) throw new AppError('NOT_FOUND', { what: 'candidate' });
  return account;
}

/** Tells the candidate's own screen to fetch its clock again. */
function clockMoved(call: CallContext, sessionId: string, candidateId: string): void {
  call.core.events.emit('cbt/clockChanged', { sessionId }, accountOf(call, candidateId).id);
}

export const examHandlers = {
  'exam/startSession': (args, call) => write(call, (now) => exam.startSession(call.core.db, me(call), args.sessionId, now)),
  'exam/token': (args, call) => write(call, (now) => exam.tokenState(call.core.db, args.sessionId, now)),
  'exam/rotateToken': (args, call) => write(call, (now) => exam.rotateToken(call.core.db, me(call), args.sessionId, now)),
  'exam/endSession': (args, call) =>
    write(call, (now) => exam.endSession(call.core.db, me(call), args.sessionId, args.reason, now)),
  'exam/extendTime': (args, call) => {
    const result = write(call, (now) => exam.extendTime(call.core.db, me(call), args, now));
    clockMoved(call, args.sessionId, args.candidateId);
    return result;
  },
  'exam/pause': (args, call) => {
    const result = write(call, (now) => exam.pause(call.core.db, me(call), args, now));
    clockMoved(call, args.sessionId, args.candidateId);
    return result;
  },
  'exam/resume': (args, call) => {
    const result = write(call, (now) => exam.resume(call.core.db, me(call), args, now));
    clockMoved(call, args.sessionId, args.candidateId);
    return result;
  },
  'exam/resetLogin': (args, call) => {
    const account = accountOf(call, args.candidateId);
    return { revokedSessions: write(call, (now) => exam.resetLogin(call.core.db, me(call), args, account.id, now)) };
  },

  'scores/multipleChoice': (args, call) => {
    const principal = me(call);
    const { db } = call.core;
    const assessor = run.seatAssessor(db, args.sessionId, args.candidateId);
    if (!assessor) throw new AppError('NOT_FOUND', { what: 'candidate' });
    // An assessor sees only their own candidates; LSP staff see all.
    if (principal.role === 'assessor' && assessor.assessorId !== principal.assessorId) {
      throw new AppError('FORBIDDEN', { role: principal.role });
    }
    return multipleChoiceSheet(db, args);
  },
} satisfies Partial<Handlers>;
