import type { Db } from '../db/open';
import type { Principal } from '../../shared/roles';
import * as q from '../db/queries/audit';
import { GENESIS_HASH, rowHash, type Hashed } from './chain';

export { GENESIS_HASH, rowHash } from './chain';
export { verifyAudit } from './verify';

export type AuditEntry = {
  action: string;
  entity?: string | null;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

/** Who an entry is under: all of a principal it keeps (an entry written later, as the refused late answers', has no more). */
export type AuditActor = Pick<Principal, 'accountId' | 'role'>;

/** Must run inside the caller's transaction so the audit row commits with the change it records. */
export function appendAudit(db: Db, actor: AuditActor | null, entry: AuditEntry, at: Date): number {
  const last = q.lastLink(db);
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
