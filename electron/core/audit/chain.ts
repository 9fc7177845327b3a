import crypto from 'node:crypto';
import type { AuditRow } from '../db/queries/audit';

export const GENESIS_HASH = '0'.repeat(64);

export type Hashed = Omit<AuditRow, 'hash'>;

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
