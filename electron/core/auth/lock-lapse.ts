import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as accounts from '../db/queries/accounts';

/**
 * How long a lock lasts before it lifts by itself. Wrong passwords are typed by whoever knows a name,
 * and a lock that only a proctor or admin could lift made each one a task on the exam day (a room's
 * worth, one reason at a time). Five tries per quarter hour still leave a password nothing to guess.
 */
export const LOCK_MINUTES = 15;
/** How often locks whose time is up are lifted, so the proctor's board and the accounts screen show it. */
export const LOCK_SWEEP_MS = 30_000;

export function lockLiftsAt(lockedAt: string): Date {
  return new Date(Date.parse(lockedAt) + LOCK_MINUTES * 60_000);
}

/** Whole minutes until the lock lifts, at least 1: what the locked person is told. */
export function minutesLeft(lockedAt: string, now: Date): number {
  return Math.max(1, Math.ceil((lockLiftsAt(lockedAt).getTime() - now.getTime()) / 60_000));
}

/**
 * Lifts every lock whose time is up (or only `accountId`'s), each audited as lifted by itself, with
 * when it began and ended; returns the accounts lifted. Call inside a write transaction.
 */
export function liftLapsedLocks(db: Db, now: Date, accountId: string | null = null): string[] {
  const since = new Date(now.getTime() - LOCK_MINUTES * 60_000).toISOString();
  const lapsed = accounts.lapsedLocks(db, since, accountId);
  for (const row of lapsed) {
    accounts.unlockDoor(db, row.id, row.door);
    appendAudit(db, null, {
      action: 'auth.lockLifted',
      entity: 'account',
      entityId: row.id,
      details: { username: row.username, lockedAt: row.lockedAt, liftedAt: lockLiftsAt(row.lockedAt).toISOString(), minutes: LOCK_MINUTES, door: row.door },
    }, now);
  }
  return [...new Set(lapsed.map((row) => row.id))];
}
