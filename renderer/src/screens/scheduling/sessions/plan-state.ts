import type { PlannedSessionDetail, SessionConflict, SessionMode, SessionPlanInput } from '../../../../../electron/shared/scheduling';
import { byName } from './candidate-order';

/** A person on the plan with what the planner shows of them (the contract sends ids only). */
export type PlanAssessor = { id: string; name: string; metNumber: string };
export type PlanCandidate = { candidateId: string; name: string; participantNo: string; assessorId: string };

/** The planner's form: text fields as typed, people with their names. */
export type PlanState = {
  schemeId: string;
  tukId: string;
  code: string;
  /** Empty: the scheme's title, in both languages (the core fills them in). */
  titleId: string;
  /** A custom title's English, kept as read until the Indonesian one is edited (the form has no field for it). */
  titleEn: string | null;
  date: string;
  startTime: string;
  duration: string;
  mode: SessionMode;
  assessors: PlanAssessor[];
  candidates: PlanCandidate[];
};

export const EMPTY_PLAN: PlanState = {
  schemeId: '',
  tukId: '',
  code: '',
  titleId: '',
  titleEn: null,
  date: '',
  startTime: '08:00',
  duration: '240',
  mode: 'room_server',
  assessors: [],
  candidates: [],
};

/** How many of the plan's candidates each planned assessor has, in plan order; one whose assessor left the plan counts for none. */
export function countsByAssessor(plan: PlanState): Map<string, number> {
  const counts = new Map(plan.assessors.map((a) => [a.id, 0]));
  for (const c of plan.candidates) {
    const n = counts.get(c.assessorId);
    if (n !== undefined) counts.set(c.assessorId, n + 1);
  }
  return counts;
}

/**
 * Candidates added to the plan, each given the assessor who has the fewest so far (the first of them on a
 * tie): all given to the first assessor, twenty candidates broke the day limit of 10 per assessor at once,
 * and the admin reassigned half of them one select at a time. The list stays in name order, as it reads after a save.
 */
export function withCandidates(plan: PlanState, added: readonly PlanCandidate[]): PlanState {
  if (plan.assessors.length === 0) return { ...plan, candidates: byName([...plan.candidates, ...added]) };
  const load = countsByAssessor(plan);
  const placed = added.map((c) => {
    const assessorId = plan.assessors.reduce((best, a) => ((load.get(a.id) ?? 0) < (load.get(best) ?? 0) ? a.id : best), plan.assessors[0].id);
    load.set(assessorId, (load.get(assessorId) ?? 0) + 1);
    return { ...c, assessorId };
  });
  return { ...plan, candidates: byName([...plan.candidates, ...placed]) };
}

/** The chosen candidates all given one assessor, the others as they were (the planner's "assign to" for a selection). */
export function assignCandidates(plan: PlanState, candidateIds: ReadonlySet<string>, assessorId: string): PlanState {
  return { ...plan, candidates: plan.candidates.map((c) => (candidateIds.has(c.candidateId) ? { ...c, assessorId } : c)) };
}

/**
 * Every candidate spread across the planned assessors so their counts differ by one at most, moving as few
 * as can be: each assessor keeps their own up to their share (the larger shares go to those who have most
 * already), and the rest, with anyone whose assessor left the plan, fill the others' shares in plan order.
 */
export function spreadEvenly(plan: PlanState): PlanState {
  const n = plan.assessors.length;
  if (n === 0) return plan;
  const held = countsByAssessor(plan);
  const base = Math.floor(plan.candidates.length / n);
  const larger = new Set(
    [...plan.assessors]
      .sort((a, b) => (held.get(b.id) ?? 0) - (held.get(a.id) ?? 0))
      .slice(0, plan.candidates.length % n)
      .map((a) => a.id),
  );
  const room = new Map(plan.assessors.map((a) => [a.id, base + (larger.has(a.id) ? 1 : 0)]));
  const kept = plan.candidates.map((c) => {
    const left = room.get(c.assessorId) ?? 0;
    if (left === 0) return null;
    room.set(c.assessorId, left - 1);
    return c;
  });
  const candidates = kept.map((c, i) => {
    if (c) return c;
    const to = plan.assessors.find((a) => (room.get(a.id) ?? 0) > 0)!;
    room.set(to.id, (room.get(to.id) ?? 0) - 1);
    return { ...plan.candidates[i], assessorId: to.id };
  });
  return { ...plan, candidates };
}

const usesSchemeTitle = (d: PlannedSessionDetail) => d.titleId === d.scheme.titleId && (d.titleEn ?? null) === (d.scheme.titleEn ?? null);

export function planFromDetail(detail: PlannedSessionDetail): PlanState {
  return {
    schemeId: detail.scheme.id,
    tukId: detail.tuk.id,
    code: detail.code,
    // The core stores the scheme's titles for a session given none: read back, that is still "none", or a
    // save would keep the Indonesian one as a custom title and lose the English.
    ...(usesSchemeTitle(detail) ? { titleId: '', titleEn: null } : { titleId: detail.titleId, titleEn: detail.titleEn }),
    date: detail.date,
    startTime: detail.startTime,
    duration: String(detail.durationMinutes),
    mode: detail.mode,
    assessors: detail.assessors.map((a) => ({ id: a.id, name: a.name, metNumber: a.metNumber })),
    // By name, as the list was before the save (the core sends them by participant number).
    candidates: byName(detail.candidates).map((c) => ({ candidateId: c.candidateId, name: c.name, participantNo: c.participantNo, assessorId: c.assessorId })),
  };
}

/**
 * The plan as the contract takes it, or null while it is too unfinished to check (no scheme, TUK, date,
 * time, duration or assessor): the zod schema would refuse it as malformed, not as a broken rule.
 */
export function planInput(plan: PlanState): SessionPlanInput | null {
  const duration = Number(plan.duration);
  if (!plan.schemeId || !plan.tukId || !/^\d{4}-\d{2}-\d{2}$/.test(plan.date) || !/^\d{2}:\d{2}$/.test(plan.startTime)) return null;
  if (!Number.isInteger(duration) || duration < 1 || duration > 24 * 60 || plan.assessors.length === 0) return null;
  return {
    schemeId: plan.schemeId,
    tukId: plan.tukId,
    code: plan.code.trim() || null,
    titleId: plan.titleId.trim() || null,
    // A custom title's English as read; none otherwise (the core then takes the scheme's for an empty title).
    ...(plan.titleId.trim() && plan.titleEn ? { titleEn: plan.titleEn } : {}),
    date: plan.date,
    startTime: plan.startTime,
    durationMinutes: duration,
    mode: plan.mode,
    assessorIds: plan.assessors.map((a) => a.id),
    candidates: plan.candidates.map((c) => ({ candidateId: c.candidateId, assessorId: c.assessorId })),
  };
}

/** The fields the planner shows a conflict beside; any other field's conflicts go in the summary above. */
export function placedFields(plan: PlanState): Set<string> {
  const out = new Set(['schemeId', 'tukId', 'code', 'date', 'startTime', 'durationMinutes', 'assessorIds', 'candidates']);
  plan.assessors.forEach((_, i) => out.add(`assessorIds.${i}`));
  plan.candidates.forEach((_, i) => {
    out.add(`candidates.${i}`);
    out.add(`candidates.${i}.assessorId`);
  });
  return out;
}

export function conflictsAt(conflicts: readonly SessionConflict[], field: string): SessionConflict[] {
  return conflicts.filter((c) => c.field === field);
}
