import { AppError } from '../../shared/errors';
import type { Page } from '../../shared/registry';
import { LIST_TOTAL_CAP } from '../../shared/registry';
import type { PlannedSession, SessionRuleProblems, SessionStatus } from '../../shared/scheduling';
import type { Db } from '../db/open';
import * as q from '../db/queries/scheduling-sessions';
import { decodeCursor, pageLimit, toPage } from '../registry/paging';
import { ruleBreaks } from './rule-problems';
import { summaryOf } from './sessions';
import { notBegunFloor } from '../db/queries/session-now';
import { minutesOf, nowInstantMinutes } from './time';

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

/** The rule filter's sessions, with their breaks: every upcoming one read once, so its page's badges come from the same read. */
const ruleFiltered = (db: Db, lspId: string, args: SessionListArgs, now: Date) => (args.ruleProblems ? ruleBreaks(db, lspId, now, null) : null);

function filterOf(lspId: string, args: SessionListArgs, now: Date, flagged: Map<string, SessionRuleProblems> | null): q.SessionFilter {
  return {
    ids: flagged ? [...flagged.keys()] : null,
    lspId,
    now: nowInstantMinutes(now),
    status: args.status ?? null,
    // The rule filter's sessions are all upcoming: the start index's range from now on (on the clock furthest behind) holds them.
    fromMin: flagged ? Math.max(notBegunFloor(nowInstantMinutes(now)), args.dateFrom ? minutesOf(args.dateFrom, '00:00') : -Infinity) : args.dateFrom ? minutesOf(args.dateFrom, '00:00') : null,
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
export const countSessions = (db: Db, lspId: string, args: SessionListArgs, now: Date): number =>
  q.sessionCount(db, filterOf(lspId, args, now, ruleFiltered(db, lspId, args, now)), LIST_TOTAL_CAP);

/** The LSP's sessions in start order (newest first unless asked), keyset-paged, with their derived status. */
export function listSessions(db: Db, lspId: string, args: SessionListArgs, now: Date): Page<PlannedSession> {
  const flagged = ruleFiltered(db, lspId, args, now);
  const filter = filterOf(lspId, args, now, flagged);
  const cursor = decodeCursor(args.cursor);
  const starts = cursor ? Number(cursor.key) : null;
  if (cursor && !Number.isInteger(starts)) throw new AppError('BAD_ARGS', { details: 'cursor (invalid)' });
  const after = cursor && starts !== null ? { starts, id: cursor.id } : null;
  const limit = pageLimit(args.limit);
  const rows = q.sessionPage(db, filter, args.order ?? 'desc', after, limit + 1);
  const counted = after ? null : q.sessionCount(db, filter, LIST_TOTAL_CAP);
  // The page's upcoming rows in one statement (the rule filter's own read when it filters): a session under way or over is what it was.
  const upcoming = rows.filter((r) => r.status === 'upcoming').map((r) => r.id);
  const breaks = flagged ?? (upcoming.length > 0 ? ruleBreaks(db, lspId, now, upcoming) : new Map<string, never>());
  const summary = (r: q.ListRow): PlannedSession => ({ ...summaryOf(r), ruleProblems: (r.status === 'upcoming' && breaks.get(r.id)) || null });
  return toPage(rows, limit, summary, (r) => ({ key: String(r.starts_min), id: r.id }), counted);
}
