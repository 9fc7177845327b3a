import { AppError } from '../../shared/errors';
import type { PlenoDecision, PlenoDetail, PlenoSkRef, PlenoSummary } from '../../shared/pleno';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { newId } from '../ids';
import * as appeals from '../db/queries/pleno-appeals';
import { lspRow } from '../db/queries/lsp';
import * as records from '../db/queries/pleno-records';
import * as q from '../db/queries/pleno-review';
import { competentWithoutCertificate } from '../db/queries/lsp-tasks';
import { heldByAppeal } from './hold';
import { schemesWithoutKbli } from './kbli-missing';
import { checkMembers } from './members';
import { loadSeats } from './seats';
import { revisionOf } from '../revision';
import type { PlenoInput } from './types';

export function plenoOrThrow(db: Db, lspId: string, plenoId: string): records.PlenoRow {
  const p = records.findPleno(db, lspId, plenoId);
  if (!p) throw new AppError('NOT_FOUND', { what: 'pleno' });
  return p;
}

/** Sessions of this LSP with results only; a pleno decides on what the assessors sent back. */
function checkSessions(db: Db, lspId: string, sessionIds: readonly string[]): void {
  for (const sessionId of sessionIds) {
    const s = q.resultsSession(db, lspId, sessionId);
    if (!s?.hasResults) throw new AppError('PLENO_SESSION_NO_RESULTS', { session: s?.code ?? sessionId });
  }
}

export function createPleno(db: Db, principal: Principal, lspId: string, input: PlenoInput, now: Date): PlenoDetail {
  checkSessions(db, lspId, input.sessionIds);
  const members = checkMembers(db, lspId, input.members, input.sessionIds);
  const id = newId();
  records.insertPleno(db, { id, lspId, heldOn: input.heldOn, place: input.place, correctsId: null, correctionReason: null, at: now.toISOString(), by: principal.accountId });
  records.setSessions(db, id, input.sessionIds);
  records.setMembers(db, id, members);
  appendAudit(db, principal, { action: 'pleno.created', entity: 'pleno', entityId: id, details: { heldOn: input.heldOn, sessions: input.sessionIds, members: members.length } }, now);
  return plenoDetail(db, lspId, id);
}

/**
 * Until it is signed, its date, place, sessions and members change (its decisions, if any, are dropped with a
 * session). A decided one goes back to draft, to be decided again: a wrong date or member found after deciding
 * could otherwise only be signed as it was and then corrected by another meeting.
 */
export function updatePleno(db: Db, principal: Principal, lspId: string, plenoId: string, input: PlenoInput, now: Date): PlenoDetail {
  const p = plenoOrThrow(db, lspId, plenoId);
  if (p.status === 'signed') throw new AppError('PLENO_LOCKED', { status: p.status });
  checkSessions(db, lspId, input.sessionIds);
  const members = checkMembers(db, lspId, input.members, input.sessionIds);
  const before = records.plenoSessionIds(db, plenoId);
  const after = [...input.sessionIds].sort();
  records.updatePlenoHeader(db, plenoId, input.heldOn, input.place);
  // Decisions copied into a correction stay while its sessions stay.
  if (before.join() !== after.join()) records.setSessions(db, plenoId, input.sessionIds);
  records.setMembers(db, plenoId, members);
  const reopened = p.status === 'decided';
  if (reopened) records.markUndecided(db, plenoId);
  appendAudit(db, principal, { action: 'pleno.updated', entity: 'pleno', entityId: plenoId, details: { heldOn: input.heldOn, sessions: input.sessionIds, members: members.length, ...(reopened ? { reopened } : {}) } }, now);
  return plenoDetail(db, lspId, plenoId);
}

export function listPlenos(db: Db, lspId: string, filter: { sessionId?: string; status?: string; toIssue?: boolean }): PlenoSummary[] {
  const toIssue = certificatesToIssueByPleno(db, lspId);
  const rows = records.listPlenos(db, lspId, { sessionId: filter.sessionId ?? null, status: filter.status ?? null }).filter((p) => !filter.toIssue || toIssue.has(p.id));
  return rows.map((p) => {
    const decisions = records.plenoDecisions(db, p.id);
    return {
      toIssue: toIssue.get(p.id) ?? 0,
      ...header(p),
      sessions: records.plenoSessions(db, p.id).map((s) => ({ sessionId: s.sessionId, code: s.code })),
      members: records.plenoMembers(db, p.id).length,
      decided: decisions.length,
      competent: decisions.filter((d) => d.decision === 'K').length,
      notCompetent: decisions.filter((d) => d.decision === 'BK').length,
    };
  });
}

/**
 * Per signed pleno, its seats issuing would number now (K in force, no certificate, no appeal's hold), as the
 * home's "competent without a certificate" counts them: the list's line and the home's count are one rule.
 */
export function certificatesToIssueByPleno(db: Db, lspId: string): Map<string, number> {
  const out = new Map<string, number>();
  // One read of the holds per session, not one per seat: the home and every pleno list make this count.
  const held = new Map<string, Set<string>>();
  for (const d of competentWithoutCertificate(db, lspId)) {
    let inSession = held.get(d.sessionId);
    if (!inSession) held.set(d.sessionId, (inSession = heldByAppeal(db, d.sessionId)));
    if (!inSession.has(d.candidateId)) out.set(d.plenoId, (out.get(d.plenoId) ?? 0) + 1);
  }
  return out;
}

function header(p: records.PlenoRow) {
  return {
    plenoId: p.id,
    status: p.status,
    heldOn: p.heldOn,
    place: p.place,
    skNumber: p.skNumber,
    skDate: p.skDate,
    correctsId: p.correctsId,
    supersededBy: p.supersededBy,
  };
}

/**
 * The latest appeal per seat of these sessions (the list is newest lodged first), so a signed pleno's
 * table shows what became of each candidate's appeal: an accepted one voids the decision shown.
 */
function latestAppeals(db: Db, lspId: string, sessionIds: readonly string[]): Map<string, NonNullable<PlenoDecision['appeal']>> {
  const latest = new Map<string, NonNullable<PlenoDecision['appeal']>>();
  for (const sessionId of sessionIds) {
    for (const c of appeals.listCases(db, { lspId, status: null, sessionId, candidateId: null })) {
      const key = `${c.sessionId}\n${c.candidateId}`;
      if (!latest.has(key)) latest.set(key, { status: c.status, reassessmentCode: c.reassessmentCode, reassessmentCancelled: c.reassessmentCancelled === 1 });
    }
  }
  return latest;
}

/** What a decision replaces: the stored decisions and when they were taken (a decision taken again, the same, still moves it). */
export function decisionsRevision(db: Db, p: records.PlenoRow): string {
  const stored = records.plenoDecisions(db, p.id).map((d) => [d.sessionId, d.candidateId, d.decision, d.reason]);
  return revisionOf([p.status, p.decidedAt, stored]);
}

/** `pleno/get`: the screen's, the minutes' and the SK's data in one answer. */
/** Another pleno's SK number and date; null for none, or for one not signed (no SK yet). */
function skOf(db: Db, lspId: string, plenoId: string | null): PlenoSkRef | null {
  const other = plenoId ? records.findPleno(db, lspId, plenoId) : undefined;
  return other?.skNumber && other.skDate ? { number: other.skNumber, date: other.skDate } : null;
}

export function plenoDetail(db: Db, lspId: string, plenoId: string): PlenoDetail {
  const p = plenoOrThrow(db, lspId, plenoId);
  const lsp = lspRow(db, lspId);
  if (!lsp) throw new AppError('NOT_FOUND', { what: 'lsp' });
  const sessions = records.plenoSessions(db, plenoId);
  const appealOf = latestAppeals(db, lspId, sessions.map((s) => s.sessionId));
  const decisions = records.plenoDecisions(db, plenoId).map((d) => ({
    sessionId: d.sessionId,
    sessionCode: d.sessionCode,
    candidateId: d.candidateId,
    participantNo: d.participantNo,
    name: d.name,
    nik: d.nik,
    institution: d.institution,
    scheme: { code: d.schemeCode, title: { id: d.schemeTitleId, en: d.schemeTitleEn } },
    recommendation: d.recommendation,
    decision: d.decision,
    reason: d.reason,
    departs: d.recommendation !== d.decision,
    appeal: appealOf.get(`${d.sessionId}\n${d.candidateId}`) ?? null,
    heldCertificate: d.decision === 'BK' && d.certificateId !== null && d.certificateNumber !== null ? { certificateId: d.certificateId, number: d.certificateNumber } : null,
    recordNow: records.recordChangedSince(d.recommendation, { recommendation: d.nowRecommendation, signed: d.nowSigned }) ? { recommendation: d.nowRecommendation, signed: d.nowSigned === 1 } : null,
  }));
  // The review's flags per session: who still blocks, and who did not come (no decision for them).
  const seats = sessions.map((s) => ({ s, seats: loadSeats(db, s.sessionId, s.schemeId) }));
  const all = seats.flatMap(({ s, seats: list }) => list.map((x) => ({ sessionId: s.sessionId, ...x })));
  return {
    ...header(p),
    lsp: { lspId: lsp.id, code: lsp.code, name: lsp.name, licenceNo: lsp.licenceNo, address: lsp.address },
    correctionReason: p.correctionReason,
    correctsSk: skOf(db, lspId, p.correctsId),
    supersededBySk: skOf(db, lspId, p.supersededBy),
    createdAt: p.createdAt,
    createdByName: p.createdByName,
    decidedAt: p.decidedAt,
    decidedByName: p.decidedByName,
    revision: decisionsRevision(db, p),
    signedAt: p.signedAt,
    signedByName: p.signedByName,
    sessions: sessions.map((s) => ({
      sessionId: s.sessionId,
      code: s.code,
      title: { id: s.titleId, en: s.titleEn },
      date: s.date,
      startTime: s.startTime,
      scheme: { schemeId: s.schemeId, code: s.schemeCode, title: { id: s.schemeTitleId, en: s.schemeTitleEn }, kind: s.schemeKind, skkni: s.skkni },
      tuk: { tukId: s.tukId, code: s.tukCode, name: s.tukName, type: s.tukType, address: s.tukAddress },
      assessors: q.sessionAssessors(db, s.sessionId),
      candidates: s.candidates,
    })),
    members: records.plenoMembers(db, plenoId).map(({ accountAssessorId: _a, ...m }) => m),
    decisions,
    schemesWithoutKbli: schemesWithoutKbli(db, lspId, sessions.map((s) => ({ schemeId: s.schemeId, code: s.schemeCode }))),
    counts: {
      candidates: all.length,
      absent: all.filter((x) => x.facts.flags.includes('absent')).length,
      competent: decisions.filter((d) => d.decision === 'K').length,
      notCompetent: decisions.filter((d) => d.decision === 'BK').length,
      departures: decisions.filter((d) => d.departs).length,
    },
    blocking:
      p.status === 'signed'
        ? []
        : all
            .filter((x) => x.facts.blocksDecision)
            .map((x) => ({ sessionId: x.sessionId, candidateId: x.row.candidateId, participantNo: x.row.participantNo, name: x.row.name, flags: x.facts.flags })),
  };
}
