import { AppError } from '../../shared/errors';
import type { AssessorFit } from '../../shared/scheduling';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import { schemeById } from '../db/queries/registry-schemes';
import { planAssessors } from '../db/queries/scheduling-rules';
import { assessorRecordConflicts } from './rules';
import { schedulingSettings } from './settings';

export type AssessorFitArgs = { schemeId: string | null; date: string | null; assessorIds: readonly string[] };

/**
 * What the planner's picker says beside each assessor it offers: the refusals their own record would meet
 * in this plan, by the same rules and LSP settings as checkPlan, so the picker never offers silently someone
 * the plan then refuses. Without a date yet, today's: a registration lapsed today has lapsed for any session
 * to come. Assessors of another LSP are NOT_FOUND, as in sessions/check.
 */
export function assessorFit(db: Db, lspId: string, args: AssessorFitArgs, now: Date): AssessorFit[] {
  const scheme = args.schemeId === null ? null : schemeById(db, lspId, args.schemeId);
  if (args.schemeId !== null && !scheme) throw new AppError('NOT_FOUND', { what: 'scheme' });
  const ids = [...new Set(args.assessorIds)];
  const rows = new Map(planAssessors(db, lspId, JSON.stringify(ids), scheme?.code ?? '').map((r) => [r.id, r]));
  if (ids.some((id) => !rows.has(id))) throw new AppError('NOT_FOUND', { what: 'assessor' });
  const settings = schedulingSettings(db);
  const date = args.date ?? localDate(now);
  return ids.map((id) => ({ assessorId: id, conflicts: assessorRecordConflicts(rows.get(id)!, settings, scheme?.code ?? null, date, 'assessorIds') }));
}
