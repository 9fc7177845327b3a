import { AppError } from '../../shared/errors';
import type { Page } from '../../shared/registry';
import { LIST_TOTAL_CAP } from '../../shared/registry';
import type { PlannedSession, SessionStatus } from '../../shared/scheduling';
import type { Db } from '../db/open';
import * as q from '../db/queries/scheduling-sessions';
import { decodeCursor, pageLimit, toPage } from '../registry/paging';
import { ruleBreaks } from './rule-problems';
import { summaryOf } from './sessions';
import { minutesOf, nowMinutes } from './time';

export type SessionListArgs = {
  search?: string;
  status?: SessionStatus;
  dateFrom?: string;
  dateTo?: string;
  tukId?: string;
  schemeCode?: string;
  assessorId?: string;
  unsent?: boolean;
  /** Only upcoming sessions whose plan now breaks a rule (upcomingRuleProblems). */
  ruleProblems?: boolean;
  order?: 'asc' | 'desc';
  cursor?: string | null;
  limit?: number;
  /** Not a contract field: the LSP home's next sessions leave cancelled ones out. */
  liveOnly?: boolean;
};

function filterOf(db: Db, lspId: string, args: SessionListArgs, now: Date): q.SessionFilter {
  return {
    ids: args.ruleProblems ? [...ruleBreaks(db, lspId, now, null).keys()] : null,
    lspId,
    now: nowMinutes(now),
    status: args.status ?? null,
    fromMin: args.dateFrom ? minutesOf(args.dateFrom, '00:00') : null,
    toMin: args.dateTo ? minutesOf(args.dateTo, '00:00') + 24 * 60 : null,
    tukId: args.tukId ?? null,
    schemeCode: args.schemeCode?.trim() || null,
    assessorId: args.assessorId ?? null,
    prefix: args.search?.trim() || null,
    liveOnly: args.liveOnly ?? false,
    unsent: args.unsent ?? false,
  };
}

/** How many rows `sessions/list` gives under these filters (up to LIST_TOTAL_CAP + 1), without reading a page. */
export const countSessions = (db: Db, lspId: string, args: SessionListArgs, now: Date): number => q.sessionCount(db, filterOf(db, lspId, args, now), LIST_TOTAL_CAP);

/** The LSP's sessions in start order (newest first unless asked), keyset-paged, with their derived status. */
export function listSessions(db: Db, lspId: string, args: SessionListArgs, now: Date): Page<PlannedSession> {
  const filter = filterOf(db, lspId, args, now);
  const cursor = decodeCursor(args.cursor);
  const starts = cursor ? Number(cursor.key) : null;
  if (cursor && !Number.isInteger(starts)) throw new AppError('BAD_ARGS', { details: 'cursor (invalid)' });
  const after = cursor && starts !== null ? { starts, id: cursor.id } : null;
  const limit = pageLimit(args.limit);
  const rows = q.sessionPage(db, filter, args.order ?? 'desc', after, limit + 1);
  const counted = after ? null : q.sessionCount(db, filter, LIST_TOTAL_CAP);
  // The page's upcoming rows in one statement: a session under way or over is what it was.
  const upcoming = rows.filter((r) => r.status === 'upcoming').map((r) => r.id);
  const breaks = upcoming.length > 0 ? ruleBreaks(db, lspId, now, upcoming) : new Map<string, never>();
  const summary = (r: q.ListRow): PlannedSession => ({ ...summaryOf(r), ruleProblems: breaks.get(r.id) ?? null });
  return toPage(rows, limit, summary, (r) => ({ key: String(r.starts_min), id: r.id }), counted);
}
