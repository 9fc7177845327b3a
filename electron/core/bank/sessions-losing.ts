import type { BankSessionsLosing } from '../../shared/bank';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { Db } from '../db/open';
import { benchmarkOfLsp } from '../db/queries/bank-benchmarks';
import { itemById, itemOfLsp, type ItemRow } from '../db/queries/bank-items';
import { sessionStatus } from '../db/queries/scheduling-sessions';
import { sessionsMentioning } from '../db/queries/scheduling-written-test';
import { storedWrittenTest } from '../scheduling/written-test-draw';
import { nowInstantMinutes } from '../scheduling/time';
import { bankLsp } from './scope';

function names(settings: string, itemId: string): boolean {
  const test = storedWrittenTest(settings);
  if (test === null) return false;
  return test.mode === 'fixed' ? test.itemIds.includes(itemId) : test.pools.some((p) => p.itemIds.includes(itemId));
}

/**
 * Which upcoming sessions' assembled written tests lose a question if the entry's next step goes ahead:
 * retiring (or editing back to draft) an approved question, or approving a draft that replaces one,
 * which retires it (lifecycle.ts). A session that takes every approved question assembled nothing, and
 * one under way or over keeps the papers it has; neither is named.
 */
export function sessionsLosing(db: Db, principal: Principal, entryId: string, now: Date): BankSessionsLosing {
  const lspId = bankLsp(principal);
  const item = itemOfLsp(db, lspId, entryId);
  if (!item) {
    if (benchmarkOfLsp(db, lspId, entryId)) return { ref: null, sessions: [] };
    throw new AppError('NOT_FOUND', { what: 'item' });
  }
  const original = item.status === 'draft' && item.replaces_id !== null ? itemById(db, item.replaces_id) : undefined;
  const leaving: ItemRow | undefined = item.status === 'approved' ? item : original?.status === 'approved' ? original : undefined;
  if (!leaving) return { ref: null, sessions: [] };
  const minute = nowInstantMinutes(now);
  const sessions = sessionsMentioning(db, lspId, leaving.scheme_id, leaving.id)
    .filter((s) => names(s.settings, leaving.id) && sessionStatus(db, lspId, s.id, minute)?.status === 'upcoming')
    .map((s) => ({ sessionId: s.id, code: s.code, date: s.date, startTime: s.start_time }));
  return { ref: leaving.ref, sessions };
}
