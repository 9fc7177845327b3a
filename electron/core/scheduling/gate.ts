import type { AplGate, GateMissing } from '../../shared/scheduling';
import type { Db } from '../db/open';
import * as q from '../db/queries/scheduling-apl';

/**
 * A candidate is schedulable for a scheme version when FR.APL.01 is verified as accepted and FR.APL.02
 * answers every element of that version and an assessor recommended to proceed. `missing` lists what
 * stands in the way, APL.01 before APL.02, each step's first gap only.
 */
export function gateOf(row: q.GateRow | undefined, elements: number): AplGate {
  const missing: GateMissing[] = [];
  if (!row) missing.push('apl01_missing', 'apl02_missing');
  else {
    if (row.verified_result === null) missing.push('apl01_unverified');
    else if (row.verified_result === 'rejected') missing.push('apl01_rejected');
    if (!row.has_self) missing.push('apl02_missing');
    else if (row.answered < elements) missing.push('apl02_incomplete');
    else if (row.recommendation === null) missing.push('apl02_unreviewed');
    else if (row.recommendation === 'not_proceed') missing.push('apl02_not_proceed');
  }
  return { schedulable: missing.length === 0, missing };
}

export function candidateGate(db: Db, candidateId: string, schemeId: string): AplGate {
  return gateOf(q.gateRow(db, candidateId, schemeId), q.schemeElementCount(db, schemeId));
}

/** The gates of many candidates for one scheme version, in two queries. */
export function candidateGates(db: Db, schemeId: string, candidateIds: readonly string[]): Map<string, AplGate> {
  const elements = q.schemeElementCount(db, schemeId);
  const rows = new Map(q.gateRows(db, schemeId, JSON.stringify(candidateIds)).map((r) => [r.candidate_id, r]));
  return new Map(candidateIds.map((id) => [id, gateOf(rows.get(id), elements)]));
}

/**
 * The gate and round of each seat of a session. A session that may still change seats its candidates on
 * their current application when saved, so it is judged by that one; one that can no longer change keeps
 * the application each seat names (migration 028), whatever round the candidate started since.
 */
export function seatGates(db: Db, sessionId: string, schemeId: string, editable: boolean, candidateIds: readonly string[]): Map<string, { gate: AplGate; round: number | null }> {
  const elements = q.schemeElementCount(db, schemeId);
  const rows = new Map((editable ? q.gateRows(db, schemeId, JSON.stringify(candidateIds)) : q.seatGateRows(db, sessionId)).map((r) => [r.candidate_id, r]));
  return new Map(candidateIds.map((id) => [id, { gate: gateOf(rows.get(id), elements), round: rows.get(id)?.round_no ?? null }]));
}
