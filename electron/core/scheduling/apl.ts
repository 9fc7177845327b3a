import { localDate } from '../clock';
import { isExpired } from '../registry/assessors';
import { AppError } from '../../shared/errors';
import type { Page } from '../../shared/registry';
import type { Principal } from '../../shared/roles';
import type { Apl01, Apl02, AplDetail, AplListState, AplSummary, Evidence, SelfAnswerRow } from '../../shared/scheduling';
import type { Db } from '../db/open';
import { candidateById, type CandidateRow } from '../db/queries/registry-candidates';
import { kuksOf, schemeById, type SchemeListRow } from '../db/queries/registry-schemes';
import * as q from '../db/queries/scheduling-apl';
import { decodeCursor, pageLimit, toPage } from '../registry/paging';
import { registryLsp } from '../registry/scope';
import { gateOf } from './gate';
import { schedulingSettings } from './settings';
import { nowMinutes } from './time';

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

export type AplContext = { candidate: CandidateRow; scheme: SchemeListRow; application: q.ApplicationRow | undefined };

export function schemeInScope(db: Db, scope: AplScope, schemeId: string): SchemeListRow {
  const scheme = schemeById(db, scope.lspId, schemeId);
  if (!scheme) throw new AppError('NOT_FOUND', { what: 'scheme' });
  if (scope.assessor && !q.mayAssess(db, scope.assessor.id, scheme.code)) {
    throw new AppError('APL_ASSESSOR_NOT_ALLOWED', { assessor: scope.assessor.name, scheme: scheme.code });
  }
  return scheme;
}

export function aplContext(db: Db, scope: AplScope, candidateId: string, schemeId: string): AplContext {
  const candidate = candidateById(db, scope.lspId, candidateId);
  if (!candidate) throw new AppError('NOT_FOUND', { what: 'candidate' });
  const scheme = schemeInScope(db, scope, schemeId);
  return { candidate, scheme, application: q.applicationOf(db, scope.lspId, candidateId, schemeId) };
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

function apl02Of(db: Db, schemeId: string, a: q.ApplicationRow | undefined): Apl02 {
  const self = a ? q.selfAssessmentOf(db, a.id) : undefined;
  const rows = selfRows(db, schemeId, self ? self.application_id : null);
  const reviewer = self?.reviewer_assessor_id ? q.assessorRecord(db, self.reviewer_assessor_id) : undefined;
  return {
    rows,
    complete: rows.every((r) => r.answer !== null),
    savedAt: self?.saved_at ?? null,
    enteredBy: self?.entered_by ?? null,
    review:
      self?.recommendation && self.reviewed_at && reviewer
        ? { recommendation: self.recommendation, note: self.review_note, at: self.reviewed_at, assessorId: reviewer.id, assessorName: reviewer.name, metNumber: reviewer.met_number }
        : null,
  };
}

export function aplDetail(db: Db, scope: AplScope, candidateId: string, schemeId: string): AplDetail {
  const { candidate, scheme, application } = aplContext(db, scope, candidateId, schemeId);
  return {
    candidate: { id: candidate.id, name: candidate.name, nik: candidate.nik, participantNo: candidate.participant_no },
    scheme: { id: scheme.id, code: scheme.code, version: scheme.version, titleId: scheme.title_id, titleEn: scheme.title_en },
    apl01: application ? apl01Of(db, application) : null,
    apl02: apl02Of(db, scheme.id, application),
    gate: gateOf(q.gateRow(db, candidateId, schemeId), q.schemeElementCount(db, schemeId)),
  };
}

export type AplListArgs = { schemeId: string; state?: AplListState; exceptSessionId?: string; search?: string; cursor?: string | null; limit?: number };

/** The candidates with an application for one scheme version, in name order, by state. */
export function listApl(db: Db, scope: AplScope, args: AplListArgs, now: Date): Page<AplSummary> {
  const scheme = schemeInScope(db, scope, args.schemeId);
  const elements = q.schemeElementCount(db, scheme.id);
  const limit = pageLimit(args.limit);
  const after = decodeCursor(args.cursor);
  // Named only while the rule that would refuse them holds.
  const sameScheme = schedulingSettings(db).candidateSameScheme;
  const today = localDate(now);
  const rows = q.aplPage(db, { lspId: scope.lspId, schemeId: scheme.id, state: args.state ?? null, prefix: args.search?.trim() || null, elements, nowMin: nowMinutes(now), exceptSessionId: args.exceptSessionId ?? '' }, after, limit + 1);
  return toPage(
    rows,
    limit,
    (r): AplSummary => ({
      candidateId: r.candidate_id,
      name: r.name,
      nik: r.nik,
      participantNo: r.participant_no,
      purpose: r.purpose,
      apl01Result: r.verified_result,
      apl02Recommendation: r.recommendation,
      gate: gateOf(r, elements),
      certifiedUntil: r.certified_until,
      certifiedExpired: r.certified_until !== null && isExpired(r.certified_until, today),
      bookedIn: sameScheme && r.booked_code && r.booked_date && r.booked_start ? { code: r.booked_code, date: r.booked_date, startTime: r.booked_start } : null,
    }),
    (r) => ({ key: r.name, id: r.candidate_id }),
    null,
  );
}
