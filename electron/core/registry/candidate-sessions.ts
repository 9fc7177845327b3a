import { AppError } from '../../shared/errors';
import type { CandidateSession } from '../../shared/registry';
import type { SessionStatus } from '../../shared/scheduling';
import type { Db } from '../db/open';
import * as q from '../db/queries/candidate-sessions';
import { nowInstantMinutes } from '../scheduling/time';

const entryOf = (r: q.CandidateSessionRow): CandidateSession => ({
  sessionId: r.session_id,
  code: r.code,
  date: r.date,
  startTime: r.start_time,
  status: r.status,
  scheme: { code: r.scheme_code, version: r.scheme_version, titleId: r.scheme_title_id, titleEn: r.scheme_title_en },
  tuk: { code: r.tuk_code, name: r.tuk_name },
  attendance: r.attendance,
  recommendation: r.recommendation,
  pleno: r.pleno_id !== null && r.pleno_decision !== null ? { plenoId: r.pleno_id, decision: r.pleno_decision, signed: r.pleno_signed === 1, skNumber: r.pleno_sk_number } : null,
  certificate:
    r.certificate_id !== null && r.certificate_number !== null && r.certificate_valid_until !== null
      ? { certificateId: r.certificate_id, number: r.certificate_number, validUntil: r.certificate_valid_until, revoked: r.certificate_revoked === 1 }
      : null,
});

/** Every session the candidate was planned in, newest first, each with its outcome as the LSP knows it. */
export function candidateSessions(db: Db, lspId: string, candidateId: string, now: Date): CandidateSession[] {
  return q.candidateSessions(db, lspId, candidateId, nowInstantMinutes(now)).map(entryOf);
}

/** Not over yet: still to come, or under way by the clock or at the TUK (a cancelled one is over). */
const UNFINISHED: ReadonlySet<SessionStatus> = new Set(['upcoming', 'running']);

/**
 * Deactivation is refused while the candidate holds a seat in a session not over yet. Left seated, they
 * would keep the session from being saved again (SCHEDULE_CANDIDATE_INACTIVE) and stay on the list a TUK
 * may already hold; taking them out of the session (or cancelling it) is the step that matters, and its
 * page offers the new bundle for the TUK. Named soonest first: the message gives the first, and `reasons`
 * each of them when there are several.
 */
export function requireNoUnfinishedSession(db: Db, lspId: string, candidate: { id: string; name: string }, now: Date): void {
  const open = candidateSessions(db, lspId, candidate.id, now)
    .filter((s) => UNFINISHED.has(s.status))
    .reverse();
  if (open.length === 0) return;
  const [first] = open;
  const reasons =
    open.length > 1
      ? open.map((s) => ({ code: 'CANDIDATE_SEATED_IN' as const, params: { session: s.code, date: s.date, startTime: s.startTime, sessionId: s.sessionId } }))
      : undefined;
  throw new AppError(
    'CANDIDATE_IN_UNFINISHED_SESSION',
    { candidate: candidate.name, session: first.code, date: first.date, startTime: first.startTime, sessionId: first.sessionId, sessionCount: open.length },
    undefined,
    reasons,
  );
}
