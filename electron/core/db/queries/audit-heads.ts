import type { Db } from '../open';
import { sql } from '../statements';
import type { AuditRow } from './audit';

/** One signed head as stored: `payload` is the exact signed text, the other columns repeat it for queries. */
export type AuditHeadRow = {
  installationId: string;
  n: number;
  seq: number;
  hash: string;
  signedAt: string;
  reason: string;
  signingPublic: string;
  payload: string;
  signature: string;
};

const COLUMNS = `n, seq, hash, signed_at AS signedAt, reason, signing_public AS signingPublic, payload, signature`;

/** A database of schema 5 opened read-only (the CLI) has no head tables yet. */
export function hasHeadTables(db: Db): boolean {
  return sql<[], { n: number }>(db, "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('audit_head', 'remote_audit_head')").get()?.n === 2;
}

export function localHeads(db: Db): AuditHeadRow[] {
  return sql<[], AuditHeadRow>(db, `SELECT installation_id AS installationId, ${COLUMNS} FROM audit_head ORDER BY installation_id`).all();
}

export function saveLocalHead(db: Db, row: AuditHeadRow): void {
  sql<[AuditHeadRow]>(
    db,
    `INSERT INTO audit_head (installation_id, n, seq, hash, signed_at, reason, signing_public, payload, signature)
     VALUES (@installationId, @n, @seq, @hash, @signedAt, @reason, @signingPublic, @payload, @signature)
     ON CONFLICT (installation_id) DO UPDATE SET n = excluded.n, seq = excluded.seq, hash = excluded.hash,
       signed_at = excluded.signed_at, reason = excluded.reason, signing_public = excluded.signing_public,
       payload = excluded.payload, signature = excluded.signature`,
  ).run(row);
}

export function remoteHeads(db: Db): AuditHeadRow[] {
  return sql<[], AuditHeadRow>(
    db,
    `SELECT source_installation_id AS installationId, ${COLUMNS} FROM remote_audit_head ORDER BY source_installation_id, n`,
  ).all();
}

/** A row of a TUK's audit log as received: the same columns, and which installation it came from. */
export type RemoteAuditRow = AuditRow & { source: string };

export function iterateRemoteRows(db: Db): IterableIterator<RemoteAuditRow> {
  return sql<[], RemoteAuditRow>(
    db,
    `SELECT source_installation_id AS source, seq, at, actor_account_id AS actorAccountId, actor_role AS actorRole, action,
       entity, entity_id AS entityId, details, prev_hash AS prevHash, hash
     FROM remote_audit_log ORDER BY source_installation_id, seq`,
  ).iterate();
}

/** The signer pinned for an installation's results, if any: whose key its heads must verify with. */
export function pinnedSigningKey(db: Db, installationId: string): string | null {
  return sql<[string], { k: string }>(db, "SELECT signing_public AS k FROM signer_pin WHERE subject = 'installation:' || ?").get(installationId)?.k ?? null;
}

export function rowAt(db: Db, seq: number): { seq: number; hash: string } | undefined {
  return sql<[number], { seq: number; hash: string }>(db, 'SELECT seq, hash FROM audit_log WHERE seq = ?').get(seq);
}
