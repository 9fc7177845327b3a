import crypto from 'node:crypto';
import type { Db } from '../db/open';
import type { Principal } from '../../shared/roles';
import type { AuditVerifyResult } from '../../shared/types';
import * as q from '../db/queries/audit';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditEntry = {
  action: string;
  entity?: string | null;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

type Hashed = Omit<q.AuditRow, 'hash'>;

/** The hash covers every column and the previous row's hash, so editing or removing any row breaks the chain. */
export function rowHash(row: Hashed): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.actorAccountId,
    row.actorRole,
    row.action,
    row.entity,
    row.entityId,
    row.details,
    row.prevHash,
  ]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

/** Must run inside the caller's transaction so the audit row commits with the change it records. */
export function appendAudit(db: Db, actor: Principal | null, entry: AuditEntry, at: Date): number {
  const last = q.lastRow(db);
  const row: Hashed = {
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorAccountId: actor?.accountId ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  q.insertRow(db, { ...row, hash: rowHash(row) });
  return row.seq;
}

export function verifyAudit(db: Db): AuditVerifyResult {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (const row of q.iterateRows(db)) {
    rows++;
    if (row.seq !== expectedSeq) return { ok: false, rows, firstBroken: { seq: row.seq, reason: 'seq_gap' } };
    if (row.prevHash !== prevHash) return { ok: false, rows, firstBroken: { seq: row.seq, reason: 'prev_mismatch' } };
    if (rowHash(row) !== row.hash) return { ok: false, rows, firstBroken: { seq: row.seq, reason: 'hash_mismatch' } };
    prevHash = row.hash;
    expectedSeq++;
  }
  return { ok: true, rows, firstBroken: null };
}
