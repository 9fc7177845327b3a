import { AppError, type ErrorParams, type SchedulingConflictCode } from '../../shared/errors';
import type { GateMissing, SchedulingSettings, SessionConflict, SessionPlanInput } from '../../shared/scheduling';
import type { Db } from '../db/open';
import { schemeById, type SchemeListRow } from '../db/queries/registry-schemes';
import { tukById, type TukRow } from '../db/queries/registry-tuks';
import * as q from '../db/queries/scheduling-rules';
import { isExpired } from '../registry/assessors';
import { registrySettings } from '../registry/settings';
import { addMonths } from '../registry/tuks';
import { addDays, localDate } from '../clock';
import { candidateGates } from './gate';
import { schedulingSettings } from './settings';
import { clockOf, instantMinutesOf, minutesOf, nowInstantMinutes } from './time';
import { groupBy } from '../group-by';

/** The first gap of a candidate's APL gate, as the rule that refuses them. */
const GATE_CONFLICT: Record<GateMissing, SchedulingConflictCode> = {
  apl01_missing: 'SCHEDULE_CANDIDATE_APL01_UNVERIFIED',
  apl01_unverified: 'SCHEDULE_CANDIDATE_APL01_UNVERIFIED',
  apl01_rejected: 'SCHEDULE_CANDIDATE_APL01_REJECTED',
  apl02_missing: 'SCHEDULE_CANDIDATE_APL02_UNREVIEWED',
  apl02_incomplete: 'SCHEDULE_CANDIDATE_APL02_UNREVIEWED',
  apl02_unreviewed: 'SCHEDULE_CANDIDATE_APL02_UNREVIEWED',
  apl02_not_proceed: 'SCHEDULE_CANDIDATE_APL02_NOT_PROCEED',
};

/** How soon after the session date a MET registration's end is worth a heads-up. */
export const MET_HEADS_UP_DAYS = 30;

export type PlanChecked = { conflicts: SessionConflict[]; scheme: SchemeListRow; tuk: TukRow; start: number; end: number };

export type CheckOptions = {
  /** The session being edited (its own rows are not conflicts), or null for a new one. */
  selfId: string | null;
  now: Date;
  /** A stored session's plan read back (sessions/get): its start may lie in the past. */
  asStored?: boolean;
};

function byId<T extends { id: string }>(rows: readonly T[], ids: readonly string[], what: string): Map<string, T> {
  const map = new Map(rows.map((r) => [r.id, r]));
  if (ids.some((id) => !map.has(id))) throw new AppError('NOT_FOUND', { what });
  return map;
}

/**
 * Every rule of the LSP against a proposed session, nothing written. Refused conflicts stop a save;
 * pending ones (a TUK verification that can only be recorded once the session exists, or that lapses
 * before the session) are listed and saved. Ids outside the caller's LSP are NOT_FOUND.
 */
export function checkPlan(db: Db, lspId: string, plan: SessionPlanInput, opts: CheckOptions): PlanChecked {
  const settings = schedulingSettings(db);
  const scheme = schemeById(db, lspId, plan.schemeId);
  if (!scheme) throw new AppError('NOT_FOUND', { what: 'scheme' });
  const tuk = tukById(db, lspId, plan.tukId);
  if (!tuk) throw new AppError('NOT_FOUND', { what: 'tuk' });
  const self = opts.selfId ?? '';
  const start = minutesOf(plan.date, plan.startTime);
  const end = start + plan.durationMinutes;
  // Other sessions' times are compared as instants: theirs may be on another zone's clock than this TUK's.
  const startsAt = instantMinutesOf(plan.date, plan.startTime, tuk.time_zone);
  const endsAt = startsAt + plan.durationMinutes;
  const conflicts: SessionConflict[] = [];
  const refuse = (code: SchedulingConflictCode, field: string, params: ErrorParams) => conflicts.push({ code, severity: 'refused', field, params });
  const pending = (code: SchedulingConflictCode, field: string, params: ErrorParams) => conflicts.push({ code, severity: 'pending', field, params });

  // The session itself.
  // The TUK's clock, not this computer's: 09:30 WITA has begun at 08:45 WIB (09:45 WITA).
  if (!opts.asStored && startsAt < nowInstantMinutes(opts.now)) refuse('SCHEDULE_IN_PAST', 'date', { date: plan.date, startTime: plan.startTime });
  const code = plan.code?.trim();
  if (code) {
    const other = q.sessionByCode(db, code);
    if (other && other.id !== self) refuse('SCHEDULE_CODE_TAKEN', 'code', { code });
  }
  if (scheme.active !== 1) refuse('SCHEDULE_SCHEME_INACTIVE', 'schemeId', { scheme: scheme.code, version: scheme.version });

  // The TUK.
  const sent = opts.selfId === null ? undefined : q.exportedTo(db, opts.selfId);
  if (sent && sent.tuk_id !== tuk.id) refuse('SCHEDULE_TUK_AFTER_EXPORT', 'tukId', { tuk: sent.tuk_name, exportedAt: sent.exported_at });
  if (tuk.active !== 1) refuse('SCHEDULE_TUK_INACTIVE', 'tukId', { tuk: tuk.name });
  if (settings.tukCapacity && tuk.capacity !== null && plan.candidates.length > tuk.capacity) {
    refuse('SCHEDULE_TUK_CAPACITY', 'tukId', { tuk: tuk.name, capacity: tuk.capacity, candidates: plan.candidates.length });
  }
  if (settings.tukVerification) {
    // The latest verification decides: an "unfit" found after a "fit" one withdraws it, and is a broken rule.
    const unfit = (v: q.VerificationRow) =>
      refuse(v.note ? 'SCHEDULE_TUK_UNFIT' : 'SCHEDULE_TUK_UNFIT_NO_NOTE', 'tukId', { tuk: tuk.name, verifiedOn: v.verified_on, ...(v.note ? { note: v.note } : {}) });
    if (tuk.type !== 'mandiri') {
      // Recorded against the session, so a new session cannot have one yet: pending until it does.
      const latest = opts.selfId === null ? undefined : q.latestForSession(db, tuk.id, opts.selfId);
      if (latest?.result === 'unfit') unfit(latest);
      else if (!latest) pending('SCHEDULE_TUK_NOT_VERIFIED', 'tukId', { tuk: tuk.name });
    } else {
      const months = registrySettings(db).mandiriVerificationMonths;
      const latest = q.latestOn(db, tuk.id, plan.date);
      if (latest?.result === 'unfit') unfit(latest);
      else if (!latest) refuse('SCHEDULE_TUK_NEVER_VERIFIED', 'tukId', { tuk: tuk.name, months });
      else {
        const last = latest.verified_on;
        const until = addMonths(last, months);
        const params = { tuk: tuk.name, lastVerifiedOn: last, validUntil: until, months };
        // Lapsed already: record a new verification first. Lapsing before the session: one is due by then.
        if (until < localDate(opts.now)) refuse('SCHEDULE_TUK_VERIFICATION_DUE', 'tukId', params);
        else if (until < plan.date) pending('SCHEDULE_TUK_VERIFICATION_DUE', 'tukId', params);
      }
    }
  }

  // The assessors: the planned ones and any a candidate names.
  const assessorIds = [...new Set([...plan.assessorIds, ...plan.candidates.map((c) => c.assessorId)])];
  const assessorsJson = JSON.stringify(assessorIds);
  const assessors = byId(q.planAssessors(db, lspId, assessorsJson, scheme.code), assessorIds, 'assessor');
  const perAssessor = groupBy(plan.candidates, (c) => c.assessorId);
  const load = new Map(q.assessorDayLoad(db, assessorsJson, plan.date, self).map((r) => [r.assessor_id, r.n]));
  const overlaps = settings.assessorOverlap ? groupBy(q.assessorOverlaps(db, JSON.stringify(plan.assessorIds), startsAt, endsAt, self), (r) => r.person_id) : new Map<string, q.OverlapRow[]>();
  plan.assessorIds.forEach((id, i) => {
    const a = assessors.get(id)!;
    const field = `assessorIds.${i}`;
    const who = { assessor: a.name, metNumber: a.met_number };
    conflicts.push(...assessorRecordConflicts(a, settings, scheme.code, plan.date, field));
    // Valid on the day but lapsing soon after: the assessment's paperwork (FR.AK.02, the pleno) follows the
    // exam, so a heads-up to renew, never a refusal.
    if (settings.assessorCredentials && a.met_expires_on >= plan.date && a.met_expires_on <= addDays(plan.date, MET_HEADS_UP_DAYS)) {
      pending('SCHEDULE_ASSESSOR_MET_EXPIRING', field, { ...who, expiresOn: a.met_expires_on, date: plan.date, days: MET_HEADS_UP_DAYS });
    }
    // Planned but given no candidate while others have theirs: the bundle would still name them the session's
    // assessor, so a word before the day (they may be there on purpose, as a reserve): never a refusal.
    if (plan.candidates.length > 0 && !perAssessor.has(id)) pending('SCHEDULE_ASSESSOR_NO_CANDIDATES', field, who);
    // No sign-in of their own: the session bundle carries the assessors' accounts to the TUK, so one without
    // could not assess their candidates there. A word before the day (the account may be made later), never a refusal.
    if (a.has_account !== 1) pending('SCHEDULE_ASSESSOR_NO_ACCOUNT', field, who);
    const day = (load.get(id) ?? 0) + (perAssessor.get(id)?.length ?? 0);
    if (day > settings.maxCandidatesPerAssessorPerDay) refuse('SCHEDULE_ASSESSOR_DAY_LIMIT', field, { ...who, date: plan.date, load: day, limit: settings.maxCandidatesPerAssessorPerDay });
    for (const o of overlaps.get(id) ?? []) {
      const ends = clockOf(o.ends_min);
      refuse('SCHEDULE_ASSESSOR_OVERLAP', field, { ...who, session: o.code, date: o.date, startTime: o.start_time, endDate: ends.date, endTime: ends.time, zone: o.zone });
    }
  });

  // The candidates.
  const candidateIds = plan.candidates.map((c) => c.candidateId);
  const candidatesJson = JSON.stringify(candidateIds);
  const candidates = byId(q.planCandidates(db, lspId, candidatesJson), candidateIds, 'candidate');
  const gates = settings.aplGate ? candidateGates(db, scheme.id, candidateIds) : null;
  const busy = settings.candidateOverlap ? groupBy(q.candidateOverlaps(db, candidatesJson, startsAt, endsAt, self), (r) => r.person_id) : new Map<string, q.OverlapRow[]>();
  const sameScheme = settings.candidateSameScheme
    ? groupBy(q.candidateSameScheme(db, candidatesJson, scheme.code, nowInstantMinutes(opts.now), self), (r) => r.person_id)
    : new Map<string, q.OverlapRow[]>();
  const planned = new Set(plan.assessorIds);
  plan.candidates.forEach((pc, i) => {
    const c = candidates.get(pc.candidateId)!;
    const field = `candidates.${i}`;
    const who = { candidate: c.name, participantNo: c.participant_no };
    if (!planned.has(pc.assessorId)) refuse('SCHEDULE_CANDIDATE_ASSESSOR', `${field}.assessorId`, { ...who, assessor: assessors.get(pc.assessorId)!.name });
    if (c.active !== 1) refuse('SCHEDULE_CANDIDATE_INACTIVE', field, who);
    const gap = gates?.get(c.id)?.missing[0];
    if (gap) refuse(GATE_CONFLICT[gap], field, { ...who, scheme: scheme.code });
    const overlapping = busy.get(c.id) ?? [];
    for (const o of overlapping) refuse('SCHEDULE_CANDIDATE_OVERLAP', field, { ...who, session: o.code, date: o.date, startTime: o.start_time, zone: o.zone });
    // A session already named for its overlap is not named twice.
    for (const o of sameScheme.get(c.id) ?? []) {
      if (!overlapping.some((b) => b.code === o.code)) refuse('SCHEDULE_CANDIDATE_SAME_SCHEME', field, { ...who, scheme: scheme.code, session: o.code, date: o.date, startTime: o.start_time, zone: o.zone });
    }
  });

  return { conflicts, scheme, tuk, start, end };
}

/**
 * The refusals an assessor meets by their own record, whatever else the plan holds: the planner's picker
 * shows them before the assessor is added (sessions/assessorFit), checkPlan once they are in. `schemeCode`
 * null: no scheme chosen yet, so registration for it is not judged.
 */
export function assessorRecordConflicts(a: q.PlanAssessorRow, settings: SchedulingSettings, schemeCode: string | null, date: string, field: string): SessionConflict[] {
  const out: SessionConflict[] = [];
  const refuse = (code: SchedulingConflictCode, params: ErrorParams) => out.push({ code, severity: 'refused', field, params });
  const who = { assessor: a.name, metNumber: a.met_number };
  if (a.active !== 1) refuse('SCHEDULE_ASSESSOR_INACTIVE', who);
  if (settings.assessorScheme && schemeCode !== null && a.competent !== 1) refuse('SCHEDULE_ASSESSOR_NOT_COMPETENT', { ...who, scheme: schemeCode });
  if (settings.assessorCredentials) {
    if (isExpired(a.met_expires_on, date)) refuse('SCHEDULE_ASSESSOR_MET_EXPIRED', { ...who, expiresOn: a.met_expires_on, date });
    if (a.tech_cert_expires_on !== null && isExpired(a.tech_cert_expires_on, date)) refuse('SCHEDULE_ASSESSOR_CERT_EXPIRED', { ...who, expiresOn: a.tech_cert_expires_on, date });
  }
  if (settings.loanLetter && a.home_lsp !== null && (!a.loan_letter_no || !a.loan_letter_date)) refuse('SCHEDULE_ASSESSOR_NO_LOAN_LETTER', { ...who, homeLsp: a.home_lsp });
  return out;
}

export const refusedOf = (conflicts: readonly SessionConflict[]) => conflicts.filter((c) => c.severity === 'refused');

/** A save refused: the first refused rule's code and params, and how many more there are (sessions/check lists them all). */
export function refusal(conflicts: readonly SessionConflict[]): AppError | null {
  const refused = refusedOf(conflicts);
  if (refused.length === 0) return null;
  return new AppError(refused[0].code, { ...refused[0].params, field: refused[0].field, more: refused.length - 1 });
}
