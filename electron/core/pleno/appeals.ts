import { AppError } from '../../shared/errors';
import type { AppealCase, AppealCloseResult } from '../../shared/pleno';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { localDate } from '../clock';
import { newId } from '../ids';
import * as q from '../db/queries/pleno-appeals';
import * as review from '../db/queries/pleno-review';

const unitIdsOf = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
};

/** Whether the seat is held, and what: "certificate held" read wrong on a BK candidate, who has none. */
function holdOf(db: Db, sessionId: string, candidateId: string): Pick<AppealCase, 'held' | 'holds'> {
  if (!q.isHeld(db, sessionId, candidateId)) return { held: false, holds: null };
  return { held: true, holds: q.seatDecision(db, sessionId, candidateId) === 'K' ? 'certificate' : 'bnsp_row' };
}

function toCase(db: Db, row: q.CaseRow, unitCodes: (sessionId: string) => Map<string, string>): AppealCase {
  const codes = unitCodes(row.sessionId);
  return {
    caseId: row.caseId,
    recorded: row.recorded === 1,
    sessionId: row.sessionId,
    sessionCode: row.sessionCode,
    candidateId: row.candidateId,
    participantNo: row.participantNo,
    name: row.name,
    lodgedAt: row.lodgedAt,
    lodgedOn: row.lodgedOn,
    reasons: row.reasons,
    units: unitIdsOf(row.unitIds).map((unitId) => ({ unitId, unitCode: codes.get(unitId) ?? unitId })),
    status: row.status,
    outcomeReason: row.outcomeReason,
    reassessment:
      row.reassessmentSessionId && row.reassessmentCode && row.reassessmentDate
        ? { sessionId: row.reassessmentSessionId, code: row.reassessmentCode, date: row.reassessmentDate, cancelled: row.reassessmentCancelled === 1 }
        : null,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    closedByName: row.closedByName,
    ...holdOf(db, row.sessionId, row.candidateId),
  };
}

function unitCodesOf(db: Db, lspId: string): (sessionId: string) => Map<string, string> {
  const cache = new Map<string, Map<string, string>>();
  return (sessionId) => {
    let codes = cache.get(sessionId);
    if (!codes) {
      const s = review.resultsSession(db, lspId, sessionId);
      codes = new Map(s ? review.schemeUnits(db, s.schemeId).map((u) => [u.unitId, u.unitCode]) : []);
      cache.set(sessionId, codes);
    }
    return codes;
  };
}

/**
 * `appeals/list`: newest lodged first, whatever their status (the screen filters by status; grouping the
 * open ones first read as no order at all), the later recorded first on the same day. The cases at the LSP, and every FR.AK.04 the TUK recorded that the LSP has not acted
 * on yet, listed from the results as an open case (chosen over creating cases on results import: the
 * import stays unaware of appeals, and an appeal in a bundle is never missed or doubled).
 */
export function listAppeals(db: Db, lspId: string, f: { status?: string; sessionId?: string; candidateId?: string }): AppealCase[] {
  const codes = unitCodesOf(db, lspId);
  return q
    .listCases(db, { lspId, status: f.status ?? null, sessionId: f.sessionId ?? null, candidateId: f.candidateId ?? null })
    .map((row) => toCase(db, row, codes));
}

function caseById(db: Db, lspId: string, caseId: string): AppealCase {
  const found = listAppeals(db, lspId, {}).find((c) => c.caseId === caseId);
  if (!found) throw new AppError('NOT_FOUND', { what: 'appeal' });
  return found;
}

function checkSeat(db: Db, lspId: string, sessionId: string, candidateId: string): review.ResultsSessionRow {
  const s = review.resultsSession(db, lspId, sessionId);
  if (!s) throw new AppError('NOT_FOUND', { what: 'session' });
  if (!q.seatExists(db, sessionId, candidateId)) throw new AppError('APPEAL_CANDIDATE_NOT_IN_SESSION', { candidate: candidateId });
  return s;
}

export type AppealInput = { sessionId: string; candidateId: string; lodgedOn: string; reasons: string; unitIds: readonly string[] };

/** `appeals/record`: an appeal lodged at the LSP, against some of the session's units (none named: the whole assessment). */
export function recordAppeal(db: Db, principal: Principal, lspId: string, input: AppealInput, now: Date): AppealCase {
  const s = checkSeat(db, lspId, input.sessionId, input.candidateId);
  // The same floor as a rejection's reason: a letter or two is no ground the committee can weigh.
  if (input.reasons.trim().length < 3) throw new AppError('APPEAL_GROUNDS_REQUIRED');
  // FR.AK.04 is lodged against a result, so not before the test day, and on a day that has come: a date
  // outside that would stand on the record and the printed form as typed.
  if (input.lodgedOn < s.date) throw new AppError('APPEAL_LODGED_BEFORE_TEST', { date: s.date });
  const today = localDate(now);
  if (input.lodgedOn > today) throw new AppError('APPEAL_LODGED_IN_FUTURE', { date: today });
  // One open case per seat: a second one (other units, say) would be two FR.AK.04 to close for one result,
  // and closing one of them would say nothing of the other. The units belong in the case already open.
  const open = q.openAppeal(db, input.sessionId, input.candidateId);
  if (open) throw new AppError('APPEAL_ALREADY_OPEN', { date: open.lodgedOn });
  const units = new Set(review.schemeUnits(db, s.schemeId).map((u) => u.unitId));
  const stray = input.unitIds.find((u) => !units.has(u));
  if (stray) throw new AppError('APPEAL_UNIT_INVALID', { unit: stray });
  const id = newId();
  q.insertCase(db, { id, sessionId: input.sessionId, candidateId: input.candidateId, lodgedAt: 'lsp', lodgedOn: input.lodgedOn, reasons: input.reasons, unitIds: JSON.stringify([...new Set(input.unitIds)]), at: now.toISOString(), by: principal.accountId });
  appendAudit(db, principal, { action: 'appeal.recorded', entity: 'appeal_case', entityId: id, details: { sessionId: input.sessionId, candidateId: input.candidateId, units: input.unitIds.length } }, now);
  return caseById(db, lspId, id);
}

export type CloseInput = { caseId: string; outcome: 'accepted' | 'rejected'; reassessmentSessionId?: string | null | undefined; reason?: string | null | undefined };

/**
 * `appeals/close`: accepted, with the re-assessment session planned for the candidate (another session
 * they are seated in); or rejected, with the reason. A TUK appeal not yet on record is recorded first.
 * Accepted, it names the certificate already issued from the appealed decision: left in force (revoking
 * is the admin's call, with its reason), but said at once instead of only by a later certificates/issue.
 */
export function closeAppeal(db: Db, principal: Principal, lspId: string, input: CloseInput, now: Date): AppealCloseResult {
  const current = caseById(db, lspId, input.caseId);
  if (current.status !== 'open') throw new AppError('APPEAL_NOT_OPEN');
  const reason = input.reason?.trim() || null;
  const reassessment = input.outcome === 'accepted' ? (input.reassessmentSessionId ?? null) : null;
  if (input.outcome === 'rejected' && (reason === null || reason.length < 3)) throw new AppError('APPEAL_REASON_REQUIRED');
  if (input.outcome === 'accepted') {
    const valid = reassessment !== null && reassessment !== current.sessionId && review.resultsSession(db, lspId, reassessment) !== undefined
      && q.seatExists(db, reassessment, current.candidateId);
    if (!valid) throw new AppError('APPEAL_REASSESSMENT_INVALID', { session: reassessment ?? '' });
  }
  let id = current.caseId;
  if (!current.recorded) {
    id = newId();
    q.insertCase(db, { id, sessionId: current.sessionId, candidateId: current.candidateId, lodgedAt: 'tuk', lodgedOn: current.lodgedOn, reasons: current.reasons, unitIds: '[]', at: now.toISOString(), by: principal.accountId });
  }
  q.closeCase(db, { id, status: input.outcome, reason, reassessmentSessionId: reassessment, at: now.toISOString(), by: principal.accountId });
  appendAudit(
    db,
    principal,
    { action: 'appeal.closed', entity: 'appeal_case', entityId: id, details: { outcome: input.outcome, reason, reassessmentSessionId: reassessment, fromTuk: !current.recorded } },
    now,
  );
  const issued = input.outcome === 'accepted' ? q.certificateInForce(db, current.sessionId, current.candidateId) : undefined;
  return { ...caseById(db, lspId, id), issuedBeforeAppeal: issued ?? null };
}
