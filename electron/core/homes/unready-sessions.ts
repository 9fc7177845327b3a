import { SESSION_READINESS_DAYS, type UnreadySession } from '../../shared/types';
import type { Db } from '../db/open';
import { unreadySessions as unreadyRows } from '../db/queries/session-readiness';
import { nowInstantMinutes } from '../scheduling/time';

/**
 * Sessions starting within SESSION_READINESS_DAYS that could not run as they stand, by the session page's own
 * warnings (SCHEDULE_PASSWORDS_NOT_ISSUED, SCHEDULE_ASSESSOR_NO_ACCOUNT): candidates who could not sign in at
 * the TUK, an assessor who could not assess them. Bounded by the window, whatever the LSP's size.
 */
export function unreadySessions(db: Db, lspId: string, now: Date): UnreadySession[] {
  const from = nowInstantMinutes(now);
  return unreadyRows(db, { lspId, now: from, until: from + SESSION_READINESS_DAYS * 24 * 60 }).map((r) => ({
    sessionId: r.session_id,
    code: r.code,
    date: r.date,
    candidatesWithoutPassword: r.without_password,
    assessorsWithoutAccount: JSON.parse(r.assessors_without_account) as string[],
  }));
}
