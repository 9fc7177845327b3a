import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type {
  Apl01Result,
  Apl02EnteredBy,
  Apl02Recommendation,
  AplDetail,
  AplPurpose,
  EvidenceInput,
  SelfAnswerInput,
} from '../../shared/scheduling';
import { appendAudit } from '../audit/log';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import * as q from '../db/queries/scheduling-apl';
import { newId } from '../ids';
import { nowInstantMinutes } from './time';
import { FieldChecks } from '../registry/fields';
import { sameRecord } from '../registry/outcomes';
import { aplContext, aplDetail, applicationUse, writableContext, type AplScope } from './apl';

const NOTE_MAX = 2000;

/** `round`: the round the form shows (checked, see writableContext); `newRound`: start the next round with this form. */
export type Apl01Input = {
  candidateId: string;
  schemeId: string;
  round?: number;
  newRound?: boolean;
  purpose: AplPurpose;
  purposeNote: string | null;
  evidence: EvidenceInput[];
};

/**
 * Where a save of FR.APL.01 goes: the candidate's first application; the current one while no session used
 * it; or, asked for (`newRound`), a new round once the current one was used and seats no session still to
 * come (a new round would leave that seat on the old application). A round's forms are its own: the new one
 * starts empty (no evidence, self-assessment or verification) and the old one stays as its session used it.
 */
function saveTarget(db: Db, scope: AplScope, input: Apl01Input, now: Date): { application: q.ApplicationRow | undefined; round: number } {
  if (!input.newRound) {
    const { application } = aplContext(db, scope, input.candidateId, input.schemeId);
    if (!application && (input.round === undefined || input.round === 1)) return { application: undefined, round: 1 };
    const target = writableContext(db, scope, input, now).application;
    return { application: target, round: target.round_no };
  }
  const { current } = aplContext(db, scope, input.candidateId, input.schemeId);
  if (!current) return { application: undefined, round: 1 };
  if (input.round !== undefined && input.round !== current.round_no + 1) {
    throw new AppError('APL_ROUND_NOT_CURRENT', { round: input.round - 1, current: current.round_no });
  }
  if (!applicationUse(db, current.id, now)) throw new AppError('APL_ROUND_NOT_USED', { round: current.round_no });
  const seated = q.applicationSeatedIn(db, current.id, nowInstantMinutes(now));
  if (seated) throw new AppError('APL_ROUND_SEATED', { round: current.round_no, session: seated.code, date: seated.date });
  return { application: undefined, round: current.round_no + 1 };
}

/** FR.APL.01 as it is compared and audited: purpose and the checklist in order, without attachments. */
type Apl01Content = { purpose: AplPurpose; purposeNote: string | null; evidence: { id: string | null; kind: string; description: string; status: string }[] };

const contentOf = (a: q.ApplicationRow, evidence: q.EvidenceRow[]): Apl01Content => ({
  purpose: a.purpose,
  purposeNote: a.purpose_note,
  evidence: evidence.map((e) => ({ id: e.id, kind: e.kind, description: e.description, status: e.status })),
});

const NO_VERIFICATION = { verified_result: null, verified_note: null, verified_at: null, verified_by: null } as const;

/**
 * Saves FR.APL.01 (LSP staff, from the candidate's form): purpose and the evidence checklist in the
 * order given. A row with an id keeps its attachment; a row left out goes, with its attachment row (the
 * caller drops files no row names any more). Any change clears an earlier verification: staff verify
 * what is there now. The same form again writes nothing. Returns the hashes that lost their last row.
 */
export function saveApplication(db: Db, principal: Principal, scope: AplScope, input: Apl01Input, now: Date): { detail: AplDetail; released: string[] } {
  const { application, round } = saveTarget(db, scope, input, now);
  const before = application ? q.evidenceOf(db, application.id) : [];
  const known = new Set(before.map((e) => e.id));
  const c = new FieldChecks(localDate(now));
  const purposeNote = input.purpose === 'lainnya' ? c.text('purposeNote', input.purposeNote, 200, true) : null;
  const seen = new Set<string>();
  const evidence = input.evidence.map((e, i) => {
    if (e.id !== undefined && !known.has(e.id)) c.refuse(`evidence.${i}.id`, 'choice');
    if (e.id !== undefined && seen.has(e.id)) c.refuse(`evidence.${i}.id`, 'duplicate');
    if (e.id !== undefined) seen.add(e.id);
    return { id: e.id ?? null, kind: e.kind, description: c.required(`evidence.${i}.description`, e.description, 300), status: e.status };
  });
  c.throwIfAny();
  const after: Apl01Content = { purpose: input.purpose, purposeNote, evidence };
  const beforeContent = application ? contentOf(application, before) : null;
  if (beforeContent && sameRecord(beforeContent, after)) return { detail: aplDetail(db, scope, input.candidateId, input.schemeId, now), released: [] };

  const row: q.ApplicationRow = {
    ...(application ?? { id: newId(), lsp_id: scope.lspId, candidate_id: input.candidateId, scheme_id: input.schemeId, round_no: round }),
    purpose: input.purpose,
    purpose_note: purposeNote,
    saved_at: now.toISOString(),
    saved_by: principal.accountId,
    ...NO_VERIFICATION,
  };
  if (application) q.updateApplication(db, row);
  else q.insertApplication(db, row);
  q.parkEvidence(db, row.id);
  const kept = new Set<string>();
  const ids = evidence.map((e, ordinal) => {
    const id = e.id ?? newId();
    kept.add(id);
    const old = before.find((b) => b.id === id);
    q.upsertEvidence(db, { id, application_id: row.id, ordinal, kind: e.kind, description: e.description, status: e.status, attachment_sha256: old?.attachment_sha256 ?? null });
    return id;
  });
  const released: string[] = [];
  for (const gone of before.filter((b) => !kept.has(b.id))) {
    q.deleteEvidenceAttachment(db, gone.id);
    q.deleteEvidence(db, gone.id);
    if (gone.attachment_sha256) released.push(gone.attachment_sha256);
  }
  appendAudit(
    db,
    principal,
    {
      action: application ? 'apl01.update' : 'apl01.create',
      entity: 'apl_application',
      entityId: row.id,
      details: {
        candidateId: input.candidateId,
        schemeId: input.schemeId,
        round,
        before: beforeContent,
        after: { ...after, evidence: after.evidence.map((e, i) => ({ ...e, id: ids[i] })) },
        verificationCleared: application?.verified_at != null,
      },
    },
    now,
  );
  return { detail: aplDetail(db, scope, input.candidateId, input.schemeId, now), released };
}

/** LSP staff verify FR.APL.01: diterima (accepted) or tidak diterima (rejected), with their account and the time. */
export function verifyApplication(
  db: Db,
  principal: Principal,
  scope: AplScope,
  input: { candidateId: string; schemeId: string; round?: number; result: Apl01Result; note: string | null },
  now: Date,
): AplDetail {
  const { application } = writableContext(db, scope, input, now);
  const c = new FieldChecks(localDate(now));
  const note = c.longText('note', input.note, NOTE_MAX);
  c.throwIfAny();
  const before = { result: application.verified_result, note: application.verified_note, at: application.verified_at, by: application.verified_by };
  q.updateApplication(db, { ...application, verified_result: input.result, verified_note: note, verified_at: now.toISOString(), verified_by: principal.accountId });
  appendAudit(
    db,
    principal,
    { action: 'apl01.verify', entity: 'apl_application', entityId: application.id, details: { before, after: { result: input.result, note } } },
    now,
  );
  return aplDetail(db, scope, input.candidateId, input.schemeId, now);
}

type AnswerContent = Record<string, { answer: string | null; evidence: string | null }>;

const answersContent = (rows: q.SelfAnswerRow[]): AnswerContent =>
  Object.fromEntries([...rows].sort((a, b) => a.element_id.localeCompare(b.element_id)).map((r) => [r.element_id, { answer: r.answer, evidence: r.evidence }]));

/**
 * Saves FR.APL.02's answers (K / BK and the evidence the candidate points to), per element of the
 * scheme version. `enteredBy` says whether the candidate typed them or staff copied the paper form.
 * A partial form may be saved; an element not given has no answer. Any change clears the review.
 */
export function saveSelfAssessment(
  db: Db,
  principal: Principal,
  scope: AplScope,
  input: { candidateId: string; schemeId: string; round?: number; answers: SelfAnswerInput[] },
  enteredBy: Apl02EnteredBy,
  now: Date,
): AplDetail {
  const { application } = writableContext(db, scope, input, now);
  const elements = new Set(q.schemeElements(db, input.schemeId).map((e) => e.element_id));
  const c = new FieldChecks(localDate(now));
  const seen = new Set<string>();
  const rows: q.SelfAnswerRow[] = [];
  input.answers.forEach((a, i) => {
    if (!elements.has(a.elementId)) c.refuse(`answers.${i}.elementId`, 'choice');
    else if (seen.has(a.elementId)) c.refuse(`answers.${i}.elementId`, 'duplicate');
    seen.add(a.elementId);
    const evidence = c.longText(`answers.${i}.evidence`, a.evidence, 1000);
    if (a.answer !== null || evidence !== null) rows.push({ element_id: a.elementId, answer: a.answer, evidence });
  });
  c.throwIfAny();
  const self = q.selfAssessmentOf(db, application.id);
  const before = self ? answersContent(q.selfAnswersOf(db, application.id)) : null;
  const after = answersContent(rows);
  if (before && sameRecord(before, after) && self?.entered_by === enteredBy) return aplDetail(db, scope, input.candidateId, input.schemeId, now);
  q.upsertSelfAssessment(db, {
    application_id: application.id,
    entered_by: enteredBy,
    saved_at: now.toISOString(),
    saved_by: principal.accountId,
    recommendation: null,
    review_note: null,
    reviewed_at: null,
    reviewed_by: null,
    reviewer_assessor_id: null,
  });
  q.deleteSelfAnswers(db, application.id);
  for (const r of rows) q.insertSelfAnswer(db, application.id, r);
  appendAudit(
    db,
    principal,
    {
      action: 'apl02.save',
      entity: 'apl_application',
      entityId: application.id,
      details: { candidateId: input.candidateId, schemeId: input.schemeId, enteredBy, before, after, reviewCleared: self?.reviewed_at != null },
    },
    now,
  );
  return aplDetail(db, scope, input.candidateId, input.schemeId, now);
}

/**
 * The assessor's review of FR.APL.02: asesmen dapat dilanjutkan (proceed) or tidak (not_proceed). Only
 * an assessor who may assess the scheme (aplScope), and only once every element is answered.
 */
export function reviewSelfAssessment(
  db: Db,
  principal: Principal,
  scope: AplScope,
  input: { candidateId: string; schemeId: string; round?: number; recommendation: Apl02Recommendation; note: string | null },
  now: Date,
): AplDetail {
  if (!scope.assessor) throw new AppError('FORBIDDEN', { role: principal.role, method: 'apl/reviewSelfAssessment' });
  const { application } = writableContext(db, scope, input, now);
  const self = q.selfAssessmentOf(db, application.id);
  const elements = q.schemeElementCount(db, input.schemeId);
  const answered = self ? q.selfAnswersOf(db, application.id).filter((a) => a.answer !== null).length : 0;
  if (!self || answered < elements) throw new AppError('APL02_INCOMPLETE', { count: elements - answered });
  const c = new FieldChecks(localDate(now));
  const note = c.longText('note', input.note, NOTE_MAX);
  c.throwIfAny();
  const before = { recommendation: self.recommendation, note: self.review_note, assessorId: self.reviewer_assessor_id, at: self.reviewed_at };
  q.upsertSelfAssessment(db, {
    ...self,
    recommendation: input.recommendation,
    review_note: note,
    reviewed_at: now.toISOString(),
    reviewed_by: principal.accountId,
    reviewer_assessor_id: scope.assessor.id,
  });
  appendAudit(
    db,
    principal,
    {
      action: 'apl02.review',
      entity: 'apl_application',
      entityId: application.id,
      details: { before, after: { recommendation: input.recommendation, note, assessorId: scope.assessor.id } },
    },
    now,
  );
  return aplDetail(db, scope, input.candidateId, input.schemeId, now);
}
