import type { Db } from '../db/open';
import * as q from '../db/queries/pleno-appeals';

/**
 * Whether an appeal holds this candidate's certificate for this session: an open case, an accepted one
 * (for good: accepting voids this session's decision, and the re-assessment session's own pleno decides),
 * or a TUK FR.AK.04 the LSP has not acted on. The certificate register calls this before issuing.
 */
export function isHeldByAppeal(db: Db, sessionId: string, candidateId: string): boolean {
  return q.isHeld(db, sessionId, candidateId);
}

/** The same for a whole session at once: the ids of its candidates held. */
export function heldByAppeal(db: Db, sessionId: string): Set<string> {
  return new Set(q.heldInSession(db, sessionId));
}

/** The re-assessment session named by an accepted appeal against this seat, if one was accepted. */
export function acceptedAppeal(db: Db, sessionId: string, candidateId: string): { code: string | null; date: string | null } | undefined {
  return q.acceptedAppeal(db, sessionId, candidateId);
}
