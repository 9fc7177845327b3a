import { AppError } from '../../shared/errors';
import type { AssessorFit, AssessorSessionBreak, SessionConflict } from '../../shared/scheduling';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import { schemeById } from '../db/queries/registry-schemes';
import { assessorSessionsFrom, planAssessors } from '../db/queries/scheduling-rules';
import { assessorRecordConflicts } from './rules';
import { schedulingSettings } from './settings';

export type AssessorFitArgs = { schemeId: string | null; date: string | null; assessorIds: readonly string[] };

/**
 * Judged on today because the plan has no date yet: a lapse is said as today's (SCHEDULE_ASSESSOR_*_LAPSED),
 * never as "expired on the session date" naming today, which the planner would read as a chosen date.
 */
const AS_OF_TODAY = { SCHEDULE_ASSESSOR_MET_EXPIRED: 'SCHEDULE_ASSESSOR_MET_LAPSED', SCHEDULE_ASSESSOR_CERT_EXPIRED: 'SCHEDULE_ASSESSOR_CERT_LAPSED' } as const;

function asOfToday(c: SessionConflict): SessionConflict {
  if (c.code !== 'SCHEDULE_ASSESSOR_MET_EXPIRED' && c.code !== 'SCHEDULE_ASSESSOR_CERT_EXPIRED') return c;
  const { date: _today, ...params } = c.params;
  return { ...c, code: AS_OF_TODAY[c.code], params };
}

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
  return ids.map((id) => {
    const conflicts = assessorRecordConflicts(rows.get(id)!, settings, scheme?.code ?? null, date, 'assessorIds');
    return { assessorId: id, conflicts: args.date === null ? conflicts.map(asOfToday) : conflicts };
  });
}

/**
 * The sessions from today on whose rules this assessor's own record now breaks (a MET date set into the
 * past, deactivated, a scheme taken away): the registry saves the facts, and its page names what they
 * break, as sessions/get and the export would. Empty where nothing breaks or the rules are off.
 */
export function assessorSessionBreaks(db: Db, lspId: string, assessorId: string, now: Date): AssessorSessionBreak[] {
  const sessions = assessorSessionsFrom(db, assessorId, localDate(now));
  if (sessions.length === 0) return [];
  const settings = schedulingSettings(db);
  const rowFor = new Map<string, ReturnType<typeof planAssessors>[number] | undefined>();
  const out: AssessorSessionBreak[] = [];
  for (const s of sessions) {
    if (!rowFor.has(s.scheme_code)) rowFor.set(s.scheme_code, planAssessors(db, lspId, JSON.stringify([assessorId]), s.scheme_code)[0]);
    const row = rowFor.get(s.scheme_code);
    if (!row) continue;
    const conflicts = assessorRecordConflicts(row, settings, s.scheme_code, s.date, 'assessorIds');
    if (conflicts.length) out.push({ sessionId: s.id, code: s.code, date: s.date, conflicts });
  }
  return out;
}
