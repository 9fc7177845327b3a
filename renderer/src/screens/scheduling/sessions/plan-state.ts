import type { PlannedSessionDetail, SessionConflict, SessionMode, SessionPlanInput } from '../../../../../electron/shared/scheduling';

/** A person on the plan with what the planner shows of them (the contract sends ids only). */
export type PlanAssessor = { id: string; name: string; metNumber: string };
export type PlanCandidate = { candidateId: string; name: string; participantNo: string; assessorId: string };

/** The planner's form: text fields as typed, people with their names. */
export type PlanState = {
  schemeId: string;
  tukId: string;
  code: string;
  titleId: string;
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
  date: '',
  startTime: '08:00',
  duration: '240',
  mode: 'room_server',
  assessors: [],
  candidates: [],
};

export function planFromDetail(detail: PlannedSessionDetail): PlanState {
  return {
    schemeId: detail.scheme.id,
    tukId: detail.tuk.id,
    code: detail.code,
    titleId: detail.titleId,
    date: detail.date,
    startTime: detail.startTime,
    duration: String(detail.durationMinutes),
    mode: detail.mode,
    assessors: detail.assessors.map((a) => ({ id: a.id, name: a.name, metNumber: a.metNumber })),
    candidates: detail.candidates.map((c) => ({ candidateId: c.candidateId, name: c.name, participantNo: c.participantNo, assessorId: c.assessorId })),
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
