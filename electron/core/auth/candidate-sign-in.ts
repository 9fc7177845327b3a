import { AppError } from '../../shared/errors';
import type { SignInResult } from '../../shared/types';
import { appendAudit } from '../audit/log';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import * as accounts from '../db/queries/accounts';
import * as attempts from '../db/queries/attempts';
import { aplAccessOf } from '../db/queries/apl-access';
import * as authSessions from '../db/queries/auth-sessions';
import * as board from '../db/queries/board';
import * as run from '../db/queries/exam-run';
import { checkToken, rotateMinutesOf } from '../cbt/token';
import { authenticate, type SignInDeps } from './sign-in';
import { createSession, principalOf } from './sessions';

export type CandidateSignIn = { participantNo: string; password: string; token: string; deviceId: string };

/**
 * The room's token is checked before the password, and a wrong password counts towards the lock only
 * with it: the proctor releases it to the room once the session runs, and a laptop elsewhere on the LAN
 * does not have it. Counted without it, anyone on the LAN locked a room's accounts one after another
 * before the exam (participant numbers run in sequence), and the proctor unlocked each by hand. Without
 * the token the password is not checked at all, so its answer tells nothing about the password either
 * and uncounted tries guess nothing. Each way the token can be wrong gets its own message.
 */
export async function candidateSignIn(deps: SignInDeps, input: CandidateSignIn): Promise<{ signedIn: SignInResult; sessionId: string }> {
  const { db, clock } = deps;
  // The session the token opens for this candidate, resolved once before the password and carried to the commit.
  let resolved: string | undefined;
  const account = await authenticate(deps, input.participantNo, input.password, ['candidate'], {
    beforePassword: (found) =>
      db.transaction(() => {
        const now = clock.now();
        if (found?.candidateId && !aplAccessOf(db, found.id)) resolved = sessionForToken(db, found.candidateId, input.token, now);
        // A name with no seat here (an FR.APL.02 sign-in too) is refused as a wrong password once the token holds.
        else if (!tokenInForce(db, input.token, now)) throw new AppError('TOKEN_INVALID', { token: input.token });
      })(),
    failureDetails: { deviceId: input.deviceId },
  });
  const candidateId = account.candidateId;
  // An APL.02 sign-in (apl/issueSelfAccess) reaches that form alone, never a session.
  if (!candidateId || aplAccessOf(db, account.id) || resolved === undefined) throw new AppError('BAD_CREDENTIALS');
  const sessionId = resolved;

  // A room's sign-ins arrive together and beside its answer saves: through the group commit they share
  // those commits' fsync and audit-head signature instead of taking two synchronous commits of their own
  // each on the event loop the saves wait for (a 400-PC sign-in storm, `npm run bench -- room-storm`).
  const commit = deps.commit ?? (<T>(write: () => T) => Promise.resolve(db.transaction(write)()));
  return commit(() => {
    const now = clock.now();
    // The password check and the queue for the commit take a moment, in which the proctor may close the
    // session: that alone is looked at again (the token it matched stays good through its rotation grace).
    if (!isRunning(db, sessionId)) throw new AppError('SESSION_ENDED');
    // Starting the test makes a candidate present, which would drop a recorded absence and its reason
    // from the berita acara: only the proctor undoes an absence, by checking them in (audited, listed).
    if (board.recordedAttendance(db, { sessionId, candidateId }) === 'absent') throw new AppError('MARKED_ABSENT');
    const at = now.toISOString();
    const active = authSessions.activeSessions(db, account.id, at);
    if (active.some((s) => s.deviceId !== input.deviceId && holdsCandidate(db, s, sessionId, candidateId))) {
      throw new AppError('SIGNED_IN_ELSEWHERE');
    }
    // The same PC signing in again (after a crash or a closed tab) replaces its old sign-in, and so does
    // another session's once its test there is over: one PC at a time, the one now in use.
    for (const s of active) authSessions.revokeSession(db, s.tokenHash, at);
    accounts.resetFailures(db, account.id);
    const session = createSession(db, clock, account, { examSessionId: sessionId, deviceId: input.deviceId });
    const principal = principalOf(account);
    appendAudit(
      db,
      principal,
      { action: 'auth.signIn', entity: 'account', entityId: account.id, details: { sessionId, deviceId: input.deviceId } },
      now,
    );
    return { signedIn: { ...session, principal: { ...principal } }, sessionId };
  });
}

/**
 * Whether a sign-in on another PC still keeps the candidate there: in this same session always (moving
 * PCs is the proctor's reset login), in another one while that session runs and their test there is not
 * handed in. A sign-in lasts 14 hours, so the morning session's would otherwise refuse the afternoon's
 * scheme on the PC the candidate now sits at.
 */
function holdsCandidate(db: Db, signIn: authSessions.ActiveSignIn, sessionId: string, candidateId: string): boolean {
  if (signIn.examSessionId === null || signIn.examSessionId === sessionId) return true;
  if (!isRunning(db, signIn.examSessionId)) return false;
  return !attempts.findAttempt(db, signIn.examSessionId, candidateId)?.submittedAt;
}

function isRunning(db: Db, sessionId: string): boolean {
  const state = run.findRun(db, sessionId);
  return state !== undefined && !state.endedAt;
}

/** Whether the token opens some running session now (the current one, or the one it replaced within its grace). */
function tokenInForce(db: Db, token: string, now: Date): boolean {
  return run.tokensMatching(db, token).some(({ sessionId }) => {
    if (!isRunning(db, sessionId)) return false;
    const session = run.findExamSession(db, sessionId);
    return session !== undefined && checkToken(db, sessionId, token, now, rotateMinutesOf(session.settings)) === 'valid';
  });
}

function sessionForToken(db: Db, candidateId: string, token: string, now: Date): string {
  const matches = run.tokensMatching(db, token);
  if (matches.length === 0) {
    // A token nobody issued: when the candidate's own session is not open, that is the likelier story.
    for (const { id } of run.candidateSessionsOn(db, candidateId, localDate(now))) {
      const state = run.findRun(db, id);
      if (!state) throw new AppError('SESSION_NOT_STARTED');
      if (state.endedAt) throw new AppError('SESSION_ENDED');
    }
    throw new AppError('TOKEN_INVALID', { token });
  }
  const sessionId = matches.map((m) => m.sessionId).find((id) => run.isCandidateInSession(db, id, candidateId));
  if (!sessionId) throw new AppError('NOT_IN_SESSION');
  const state = run.findRun(db, sessionId);
  if (!state) throw new AppError('SESSION_NOT_STARTED');
  if (state.endedAt) {
    // A candidate sitting two sessions today who types the morning's token, closed since: their afternoon
    // session runs, and "the session is closed" would tell them it is over.
    const another = run.candidateSessionsOn(db, candidateId, localDate(now)).some(({ id }) => id !== sessionId && isRunning(db, id));
    throw new AppError(another ? 'TOKEN_EXPIRED' : 'SESSION_ENDED');
  }
  const session = run.findExamSession(db, sessionId);
  if (!session) throw new AppError('NOT_FOUND', { what: 'session' });
  if (checkToken(db, sessionId, token, now, rotateMinutesOf(session.settings)) !== 'valid') {
    throw new AppError('TOKEN_EXPIRED');
  }
  return sessionId;
}
