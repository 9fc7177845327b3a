import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { touchExportedSessions } from './exported-sessions';

/** What a question and an observation benchmark share of their life: a status, who approved and who retired them. */
export type LifeRow = {
  id: string;
  scheme_id: string;
  status: 'draft' | 'approved' | 'retired';
  approved_by: string | null;
  approved_at: string | null;
  retired_by: string | null;
  retired_at: string | null;
};

/** Where an entry kind is written and how its audit entries are named. */
export type Life<R extends LifeRow> = { update: (db: Db, row: R) => void; entity: 'item' | 'observation_item'; action: 'bank.item' | 'bank.benchmark' };

/** Retires an entry, audited; `replacedBy` names the approved draft that takes its place. */
export function retireRow<R extends LifeRow>(db: Db, principal: Principal, life: Life<R>, before: R, now: Date, replacedBy?: string): R {
  const row: R = { ...before, status: 'retired', retired_by: principal.accountId, retired_at: now.toISOString() };
  life.update(db, row);
  const details = { before: { status: before.status }, after: { status: 'retired' }, ...(replacedBy ? { replacedBy } : {}) };
  appendAudit(db, principal, { action: `${life.action}.retire`, entity: life.entity, entityId: row.id, details }, now);
  if (before.status === 'approved') touchExportedSessions(db, row.scheme_id, now);
  return row;
}

/**
 * Approves a draft, audited, after retiring the entry it replaces (when that one is still live): the
 * checks that it may be approved are the caller's, since they differ by kind.
 */
export function approveRow<R extends LifeRow>(db: Db, principal: Principal, life: Life<R>, before: R, original: R | undefined, now: Date): R {
  if (original && original.status !== 'retired') retireRow(db, principal, life, original, now, before.id);
  const row: R = { ...before, status: 'approved', approved_by: principal.accountId, approved_at: now.toISOString() };
  life.update(db, row);
  appendAudit(db, principal, { action: `${life.action}.approve`, entity: life.entity, entityId: row.id, details: { before: { status: 'draft' }, after: { status: 'approved' } } }, now);
  touchExportedSessions(db, row.scheme_id, now);
  return row;
}
