import type { Db } from '../db/open';
import { exportedUpcomingOfAssessor } from '../db/queries/scheduling-sessions';
import { touchSession } from '../db/queries/session-handover';
import { nowInstantMinutes } from './time';

/**
 * An assessor's sign-in account was made, linked, disabled or enabled. A session bundle carries its assessors'
 * accounts as they were when it was written, so each upcoming session of theirs whose bundle went out now says
 * "changed since export", as a change to its plan does: an account made after the export never reached the
 * TUK, and nothing told the LSP to export again. `assessorId` null (a staff account of another role): nothing.
 */
export function touchSessionsOfAssessor(db: Db, assessorId: string | null, now: Date): void {
  if (assessorId === null) return;
  for (const sessionId of exportedUpcomingOfAssessor(db, assessorId, nowInstantMinutes(now))) touchSession(db, sessionId, now);
}
