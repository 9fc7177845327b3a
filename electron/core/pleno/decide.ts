import { AppError } from '../../shared/errors';
import type { PlenoDetail } from '../../shared/pleno';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as records from '../db/queries/pleno-records';
import { requireRevision } from '../revision';
import { lastRecordChange } from '../db/queries/record-changes';
import { decisionsRevision, plenoDetail, plenoOrThrow } from './plenos';
import { loadSeats, type LoadedSeat } from './seats';

export type DecisionInput = { sessionId: string; candidateId: string; decision: 'K' | 'BK'; reason?: string | null | undefined };

const who = (s: LoadedSeat) => `${s.row.participantNo} ${s.row.name}`;

/** Candidates of the pleno's sessions who still block a decision, named (the first 20) for the refusal. */
export function refuseIfBlocked(db: Db, plenoId: string): { sessionId: string; seat: LoadedSeat }[] {
  const seats = records.plenoSessions(db, plenoId).flatMap((s) => loadSeats(db, s.sessionId, s.schemeId).map((seat) => ({ sessionId: s.sessionId, seat })));
  const blocking = seats.filter((x) => x.seat.facts.blocksDecision);
  if (blocking.length > 0) {
    const names = blocking.slice(0, 20).map((x) => who(x.seat));
    throw new AppError('PLENO_BLOCKED', { count: blocking.length, candidates: names.join(', ') + (blocking.length > 20 ? ', …' : '') });
  }
  return seats;
}

/**
 * The stored decisions must still be those of the records: one per candidate who came, each beside the
 * recommendation in force (an assessor may have unlocked, changed and signed again since).
 */
export function refuseIfChanged(db: Db, plenoId: string, seats: readonly { sessionId: string; seat: LoadedSeat }[]): void {
  const stored = new Map(records.plenoDecisions(db, plenoId).map((d) => [`${d.sessionId}:${d.candidateId}`, d]));
  const changed: string[] = [];
  for (const { sessionId, seat } of seats) {
    const d = stored.get(`${sessionId}:${seat.row.candidateId}`);
    stored.delete(`${sessionId}:${seat.row.candidateId}`);
    const absent = seat.facts.flags.includes('absent');
    if (absent ? d !== undefined : d?.recommendation !== seat.row.recommendation) changed.push(who(seat));
  }
  for (const d of stored.values()) changed.push(`${d.participantNo} ${d.name}`);
  if (changed.length > 0) throw new AppError('PLENO_RECORDS_CHANGED', { count: changed.length, candidates: changed.slice(0, 20).join(', ') });
}

/**
 * Records the committee's decision for every candidate who came: the assessor's recommendation unless
 * `inputs` says otherwise, and a departure only with its reason. Refused while any candidate blocks,
 * and for a candidate already decided by another pleno in force (a correction replaces the one it corrects).
 */
export function decidePleno(db: Db, principal: Principal, lspId: string, plenoId: string, inputs: readonly DecisionInput[], now: Date, revision?: string): PlenoDetail {
  const p = plenoOrThrow(db, lspId, plenoId);
  if (p.status === 'signed') throw new AppError('PLENO_LOCKED', { status: p.status });
  requireRevision(revision, decisionsRevision(db, p), () => lastRecordChange(db, 'pleno', plenoId));
  const seats = refuseIfBlocked(db, plenoId).filter((x) => !x.seat.facts.flags.includes('absent'));
  const byKey = new Map(seats.map((x) => [`${x.sessionId}:${x.seat.row.candidateId}`, x]));
  const given = new Map<string, DecisionInput>();
  for (const d of inputs) {
    const key = `${d.sessionId}:${d.candidateId}`;
    if (!byKey.has(key)) throw new AppError('PLENO_NOT_A_CANDIDATE', { candidate: d.candidateId });
    given.set(key, d);
  }
  const elsewhere = new Map<string, records.PlenoRow['id']>();
  for (const sessionId of new Set(seats.map((x) => x.sessionId))) {
    for (const d of records.decisionsInForce(db, sessionId)) {
      if (d.plenoId !== plenoId && d.plenoId !== p.correctsId) elsewhere.set(`${sessionId}:${d.candidateId}`, d.skNumber ?? d.heldOn);
    }
  }
  const rows: records.DecisionRow[] = [...byKey].map(([key, { sessionId, seat }]) => {
    const other = elsewhere.get(key);
    if (other !== undefined) throw new AppError('PLENO_ALREADY_DECIDED', { candidate: who(seat), pleno: other });
    const recommendation = seat.row.recommendation;
    const input = given.get(key);
    const decision = input?.decision ?? recommendation;
    // Not reached: a candidate without a recommendation blocks (refuseIfBlocked).
    if (decision === null) throw new AppError('PLENO_BLOCKED', { count: 1, candidates: who(seat) });
    const reason = input?.reason?.trim() || null;
    if (decision !== recommendation && reason === null) throw new AppError('PLENO_DEPARTURE_NEEDS_REASON', { candidate: who(seat) });
    return { sessionId, candidateId: seat.row.candidateId, recommendation, decision, reason: decision === recommendation ? null : reason };
  });
  records.setDecisions(db, plenoId, rows);
  records.markDecided(db, plenoId, now.toISOString(), principal.accountId);
  appendAudit(
    db,
    principal,
    {
      action: 'pleno.decided',
      entity: 'pleno',
      entityId: plenoId,
      details: {
        decisions: rows.length,
        competent: rows.filter((r) => r.decision === 'K').length,
        departures: rows.filter((r) => r.decision !== r.recommendation).map((r) => ({ candidateId: r.candidateId, decision: r.decision, reason: r.reason })),
      },
    },
    now,
  );
  return plenoDetail(db, lspId, plenoId);
}
