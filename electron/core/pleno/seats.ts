import type { Incident } from '../../shared/exam-day';
import type { Db } from '../db/open';
import * as board from '../db/queries/board';
import * as run from '../db/queries/exam-run';
import * as appeals from '../db/queries/pleno-appeals';
import * as records from '../db/queries/pleno-records';
import * as q from '../db/queries/pleno-review';
import { namesCandidate, seatFacts, type SeatFacts } from './flags';

export type LoadedSeat = {
  row: q.ReviewSeatRow;
  facts: SeatFacts;
  held: boolean;
  incidents: Incident[];
  plenoDecision: { plenoId: string; status: 'draft' | 'decided' | 'signed'; decision: 'K' | 'BK'; skNumber: string | null; heldOn: string } | null;
};

/** Every seat of a session with its flags, read in a handful of queries (the sessions list, the review and the pleno's checks). */
export function loadSeats(db: Db, sessionId: string, schemeId: string): LoadedSeat[] {
  const unitsTotal = q.schemeUnits(db, schemeId).length;
  const writtenTest = run.itemKindsOfScheme(db, schemeId).some((k) => k === 'multiple_choice' || k === 'essay');
  const sessionEnded = Boolean(run.findRun(db, sessionId)?.endedAt);
  const held = new Set(appeals.heldInSession(db, sessionId));
  const incidents = board.incidents(db, sessionId).map((i) => ({ incident: i, lowered: i.text.toLowerCase() }));
  const decided = new Map<string, LoadedSeat['plenoDecision']>();
  // Signed first, then the newest: the one a candidate is held by.
  for (const d of records.decisionsInForce(db, sessionId)) {
    if (!decided.has(d.candidateId)) decided.set(d.candidateId, { plenoId: d.plenoId, status: d.status, decision: d.decision, skNumber: d.skNumber, heldOn: d.heldOn });
  }
  return q.reviewSeats(db, sessionId).map((row) => {
    const mine = incidents.filter((i) => namesCandidate(i.lowered, row)).map((i) => i.incident);
    const isHeld = held.has(row.candidateId);
    return {
      row,
      held: isHeld,
      incidents: mine,
      facts: seatFacts(row, { unitsTotal, sessionEnded, held: isHeld, incidents: mine.length, writtenTest }),
      plenoDecision: decided.get(row.candidateId) ?? null,
    };
  });
}
