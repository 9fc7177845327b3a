import { AppError } from '../../shared/errors';
import { LIST_TOTAL_CAP } from '../../shared/registry';
import { HOME_UPCOMING_SESSIONS, type LspOverview } from '../../shared/types';
import { unreadySessions } from './unready-sessions';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import * as catalog from '../db/queries/catalog';
import { staffAccountCounts } from '../db/queries/accounts';
import { lspRow } from '../db/queries/lsp';
import { listSessions } from '../scheduling/session-list';
import { aplAwaitingVerificationBySchemes } from '../db/queries/scheduling-apl';
import { lspTasks } from './lsp-tasks';

/**
 * The LSP admin's home: what waits, the next sessions from today on, and the counts; bounded whatever
 * the LSP's size (every whole list is its own paged screen).
 */
export function lspOverview(db: Db, lspId: string | null, now: Date): LspOverview {
  const lsp = lspId ? lspRow(db, lspId) : undefined;
  if (!lsp) throw new AppError('NOT_FOUND', { what: 'lsp' });
  const counts = catalog.countRecords(db, lsp.id, LIST_TOTAL_CAP);
  const aplBySchemes = aplAwaitingVerificationBySchemes(db, lsp.id);
  // A cancelled session will not be held: it has no place among the next ones (sessions/list still shows it).
  const upcoming = listSessions(db, lsp.id, { dateFrom: localDate(now), order: 'asc', limit: HOME_UPCOMING_SESSIONS, liveOnly: true }, now);
  const unready = unreadySessions(db, lsp.id, now);
  return {
    lsp,
    schemes: catalog.listSchemes(db, lsp.id),
    upcoming: upcoming.rows,
    upcomingTotal: upcoming.total ?? upcoming.totalAtLeast ?? upcoming.rows.length,
    sessionCount: counts.sessions,
    tukCount: counts.tuks,
    assessorCount: counts.assessors,
    candidateCount: counts.candidates,
    staffAccounts: staffAccountCounts(db, lsp.id),
    tasks: lspTasks(db, lsp.id, now, aplBySchemes),
    aplToVerifyBySchemes: aplBySchemes,
    sessionsNotReady: unready.slice(0, HOME_UPCOMING_SESSIONS),
    sessionsNotReadyTotal: unready.length,
  };
}
