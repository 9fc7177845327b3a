import { localDate } from '../clock';
import { isExpired } from '../registry/assessors';
import { AppError } from '../../shared/errors';
import type { Page } from '../../shared/registry';
import type { Principal } from '../../shared/roles';
import type { Apl01, Apl02, AplDetail, AplListState, AplRound, AplSummary, AplUse, Evidence, SelfAnswerRow } from '../../shared/scheduling';
import type { Db } from '../db/open';
import { candidateById, type CandidateRow } from '../db/queries/registry-candidates';
import { kuksOf, schemeById, type SchemeListRow } from '../db/queries/registry-schemes';
import * as q from '../db/queries/scheduling-apl';
import { aplAccessOfApplication, aplSubmittedAudit } from '../db/queries/apl-access';
import { decodeCursor, pageLimit, toPage } from '../registry/paging';
import { registryLsp } from '../registry/scope';
import { gateOf } from './gate';
import { schedulingSettings } from './settings';
import { nowInstantMinutes } from './time';

/**
 * Whose APL forms the caller reaches: an LSP admin their LSP's; an assessor their own LSP's, and only
 * for the schemes they may assess (they review FR.APL.02).
 */
export type AplScope = { lspId: string; assessor: { id: string; name: string; metNumber: string } | null };

export function aplScope(db: Db, principal: Principal): AplScope {
  if (principal.role !== 'assessor') return { lspId: registryLsp(principal), assessor: null };
  const record = principal.assessorId === null ? undefined : q.assessorRecord(db, principal.assessorId);
  if (!record) throw new AppError('FORBIDDEN', { role: principal.role, method: 'apl' });
  return { lspId: record.lsp_id, assessor: { id: record.id, name: record.name, metNumber: record.met_number } };
}

export type AplContext = {
  candidate: CandidateRow;
  scheme: SchemeListRow;
  /** The round asked for, else the current one (the newest); undefined before any application. */
  application: q.ApplicationRow | undefined;
  /** The candidate's current application, which the round asked for may not be. */
  current: q.ApplicationRow | undefined;
};

export function schemeInScope(db: Db, scope: AplScope, schemeId: string): SchemeListRow {
  const scheme = schemeById(db, scope.lspId, schemeId);
  if (!scheme) throw new AppError('NOT_FOUND', { what: 'scheme' });
  if (scope.assessor && !q.mayAssess(db, scope.assessor.id, scheme.code)) {
    throw new AppError('APL_ASSESSOR_NOT_ALLOWED', { assessor: scope.assessor.name, scheme: scheme.code });
  }
  return scheme;
}

export function aplContext(db: Db, scope: AplScope, candidateId: string, schemeId: string, round?: number): AplContext {
  const candidate = candidateById(db, scope.lspId, candidateId);
  if (!candidate) throw new AppError('NOT_FOUND', { what: 'candidate' });
  const scheme = schemeInScope(db, scope, schemeId);
  const current = q.applicationOf(db, scope.lspId, candidateId, schemeId);
  if (round === undefined || round === current?.round_no) return { candidate, scheme, application: current, current };
  const application = q.applicationRound(db, scope.lspId, candidateId, schemeId, round);
  if (!application) throw new AppError('APL_ROUND_NOT_FOUND', { round });
  return { candidate, scheme, application, current };
}

const useOf = (r: q.UseRow | undefined): AplUse | null => (r ? { sessionId: r.session_id, code: r.code, date: r.date } : null);

/** The session that used an application, if any (q.applicationUse). */
export const applicationUse = (db: Db, applicationId: string, now: Date): AplUse | null => useOf(q.applicationUse(db, applicationId, nowInstantMinutes(now)));

/**
 * The application a form's write goes to: the current round, and only while no session used it. `round`,
 * the round the form showed, is refused once a newer one started, so a form left open cannot write into it.
 */
export function writableContext(db: Db, scope: AplScope, key: { candidateId: string; schemeId: string; round?: number }, now: Date): AplContext & { application: q.ApplicationRow } {
  const ctx = aplContext(db, scope, key.candidateId, key.schemeId);
  const { application } = ctx;
  if (!application) {
    if (key.round !== undefined) throw new AppError('APL_ROUND_NOT_FOUND', { round: key.round });
    throw new AppError('APL01_REQUIRED');
  }
  if (key.round !== undefined && key.round !== application.round_no) {
    if (key.round > application.round_no) throw new AppError('APL_ROUND_NOT_FOUND', { round: key.round });
    throw new AppError('APL_ROUND_NOT_CURRENT', { round: key.round, current: application.round_no });
  }
  refuseUsed(db, application, now);
  return { ...ctx, application };
}

/** A round a session used is that session's record: APL_ROUND_USED names the session. */
export function refuseUsed(db: Db, application: q.ApplicationRow, now: Date): void {
  const used = q.applicationUse(db, application.id, nowInstantMinutes(now));
  if (used) throw new AppError('APL_ROUND_USED', { round: application.round_no, session: used.code, date: used.date });
}

function evidenceOf(db: Db, applicationId: string): Evidence[] {
  return q.evidenceOf(db, applicationId).map((e) => {
    const file = e.attachment_sha256 ? q.evidenceAttachment(db, e.id) : undefined;
    return {
      id: e.id,
      kind: e.kind,
      description: e.description,
      status: e.status,
      attachment: file ? { sha256: file.sha256, name: file.name, mediaType: file.media_type, size: file.size } : null,
    };
  });
}

function apl01Of(db: Db, a: q.ApplicationRow): Apl01 {
  return {
    id: a.id,
    purpose: a.purpose,
    purposeNote: a.purpose_note,
    evidence: evidenceOf(db, a.id),
    savedAt: a.saved_at,
    verification:
      a.verified_result && a.verified_at && a.verified_by
        ? { result: a.verified_result, note: a.verified_note, at: a.verified_at, accountId: a.verified_by, by: q.accountName(db, a.verified_by) }
        : null,
  };
}

/** FR.APL.02's rows: every element of the version in order, with its KUK and the candidate's answer. */
export function selfRows(db: Db, schemeId: string, applicationId: string | null): SelfAnswerRow[] {
  const answers = new Map((applicationId ? q.selfAnswersOf(db, applicationId) : []).map((a) => [a.element_id, a]));
  const kuk = new Map<string, SelfAnswerRow['kuk']>();
  for (const k of kuksOf(db, schemeId)) kuk.set(k.element_id, [...(kuk.get(k.element_id) ?? []), { number: k.number, textId: k.text_id, textEn: k.text_en }]);
  return q.schemeElements(db, schemeId).map((e) => ({
    unitId: e.unit_id,
    unitCode: e.unit_code,
    unitTitleId: e.unit_title_id,
    unitTitleEn: e.unit_title_en,
    elementId: e.element_id,
    elementNo: e.element_ordinal,
    elementTitleId: e.element_title_id,
    elementTitleEn: e.element_title_en,
    kuk: kuk.get(e.element_id) ?? [],
    answer: answers.get(e.element_id)?.answer ?? null,
    evidence: answers.get(e.element_id)?.evidence ?? null,
  }));
}

/**
 * When the candidate sent the answers as they stand: the sign-in's sending, else the log's (an earlier round's, whose
 * sign-in moved on, or one sent before the sign-in was issued again). A sending older than the last save sent other
 * answers: the draft saved since was never sent.
 */
function candidateSentAt(db: Db, applicationId: string, savedAt: string): string | null {
  const sent = aplAccessOfApplication(db, applicationId)?.submitted_at ?? aplSubmittedAudit(db, applicationId);
  return sent !== null && sent >= savedAt ? sent : null;
}

function apl02Of(db: Db, schemeId: string, a: q.ApplicationRow | undefined): Apl02 {
  const self = a ? q.selfAssessmentOf(db, a.id) : undefined;
  const rows = selfRows(db, schemeId, self ? self.application_id : null);
  const reviewer = self?.reviewer_assessor_id ? q.assessorRecord(db, self.reviewer_assessor_id) : undefined;
  return {
    rows,
    complete: rows.every((r) => r.answer !== null),
    savedAt: self?.saved_at ?? null,
    enteredBy: self?.entered_by ?? null,
    submittedAt: self?.entered_by === 'candidate' && a ? candidateSentAt(db, a.id, self.saved_at) : null,
    review:
      self?.recommendation && self.reviewed_at && reviewer
        ? { recommendation: self.recommendation, note: self.review_note, at: self.reviewed_at, assessorId: reviewer.id, assessorName: reviewer.name, metNumber: reviewer.met_number }
        : null,
  };
}

/**
 * A candidate's application for a scheme version: `round` one of their rounds, else the current one, with
 * every round listed (history) and whether the one shown still changes or a new round may start.
 */
export function aplDetail(db: Db, scope: AplScope, candidateId: string, schemeId: string, now: Date, round?: number): AplDetail {
  const { candidate, scheme, application, current } = aplContext(db, scope, candidateId, schemeId, round);
  const nowMin = nowInstantMinutes(now);
  const rounds: AplRound[] = q.applicationRounds(db, scope.lspId, candidateId, schemeId).map((a) => ({
    round: a.round_no,
    applicationId: a.id,
    purpose: a.purpose,
    savedAt: a.saved_at,
    verification: a.verified_result && a.verified_at ? { result: a.verified_result, at: a.verified_at } : null,
    recommendation: q.selfAssessmentOf(db, a.id)?.recommendation ?? null,
    current: a.id === current?.id,
    usedIn: useOf(q.applicationUse(db, a.id, nowMin)),
  }));
  const shown = application ? rounds.find((r) => r.applicationId === application.id)! : null;
  const currentRound = rounds.find((r) => r.current);
  return {
    candidate: { id: candidate.id, name: candidate.name, nik: candidate.nik, participantNo: candidate.participant_no },
    scheme: { id: scheme.id, code: scheme.code, version: scheme.version, titleId: scheme.title_id, titleEn: scheme.title_en },
    round: shown ? { number: shown.round, current: shown.current, usedIn: shown.usedIn, writable: shown.current && shown.usedIn === null } : null,
    rounds,
    newRoundAllowed: currentRound !== undefined && currentRound.usedIn !== null && q.applicationSeatedIn(db, currentRound.applicationId, nowMin) === undefined,
    apl01: application ? apl01Of(db, application) : null,
    apl02: apl02Of(db, scheme.id, application),
    gate: gateOf(application ? q.gateRowOf(db, application.id) : undefined, q.schemeElementCount(db, schemeId)),
  };
}

export type AplListArgs = { schemeId: string; state?: AplListState; exceptSessionId?: string; activeOnly?: boolean; search?: string; cursor?: string | null; limit?: number };

/** The candidates with an application for one scheme version, in name order, by state. */
export function listApl(db: Db, scope: AplScope, args: AplListArgs, now: Date): Page<AplSummary> {
  const scheme = schemeInScope(db, scope, args.schemeId);
  const elements = q.schemeElementCount(db, scheme.id);
  const limit = pageLimit(args.limit);
  const after = decodeCursor(args.cursor);
  // Named only while the rule that would refuse them holds.
  const sameScheme = schedulingSettings(db).candidateSameScheme;
  const today = localDate(now);
  const rows = q.aplPage(db, { lspId: scope.lspId, schemeId: scheme.id, state: args.state ?? null, prefix: args.search?.trim() || null, elements, nowMin: nowInstantMinutes(now), exceptSessionId: args.exceptSessionId ?? '', activeOnly: args.activeOnly ?? false }, after, limit + 1);
  return toPage(
    rows,
    limit,
    (r): AplSummary => ({
      candidateId: r.candidate_id,
      name: r.name,
      nik: r.nik,
      participantNo: r.participant_no,
      purpose: r.purpose,
      round: r.round_no,
      apl01Result: r.verified_result,
      apl02Recommendation: r.recommendation,
      gate: gateOf(r, elements),
      certifiedUntil: r.certified_until,
      certifiedExpired: r.certified_until !== null && isExpired(r.certified_until, today),
      bookedIn: sameScheme && r.booked_code && r.booked_date && r.booked_start ? { code: r.booked_code, date: r.booked_date, startTime: r.booked_start, timeZone: r.booked_zone ?? 'WIB' } : null,
    }),
    (r) => ({ key: r.name, id: r.candidate_id }),
    null,
  );
}
