import type { Db } from '../db/open';
import { exportedUpcomingOfScheme } from '../db/queries/scheduling-sessions';
import { touchSession } from '../db/queries/session-handover';
import { nowInstantMinutes } from '../scheduling/time';

/**
 * The approved bank of a scheme version changed (an entry approved or retired). A session bundle carries the
 * approved questions and benchmarks as they were when it was written, so each upcoming session of that version
 * whose bundle went out now says "changed since export", as a change to its plan does: approving a corrected
 * question left the TUK with the old one and the LSP told nothing.
 */
export function touchExportedSessions(db: Db, schemeId: string, now: Date): void {
  for (const sessionId of exportedUpcomingOfScheme(db, schemeId, nowInstantMinutes(now))) touchSession(db, sessionId, now);
}
