import type { Db } from '../open';
import { sql } from '../statements';

export type AuditRow = {
  seq: number;
  at: string;
  actorAccountId: string | null;
  actorRole: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  details: string;
  prevHash: string;
  hash: string;
};

const COLUMNS = `seq, at, actor_account_id AS actorAccountId, actor_role AS actorRole, action, entity,
  entity_id AS entityId, details, prev_hash AS prevHash, hash`;

/** The chain's end: what the next row links to and what a head signs (not the row's details, which can be large). */
export function lastLink(db: Db): { seq: number; hash: string } | undefined {
  return sql<[], { seq: number; hash: string }>(db, `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).get();
}

export function insertRow(db: Db, row: AuditRow): void {
  sql<[AuditRow]>(
    db,
    `INSERT INTO audit_log (seq, at, actor_account_id, actor_role, action, entity, entity_id, details, prev_hash, hash)
     VALUES (@seq, @at, @actorAccountId, @actorRole, @action, @entity, @entityId, @details, @prevHash, @hash)`,
  ).run(row);
}

export function iterateRows(db: Db): IterableIterator<AuditRow> {
  return sql<[], AuditRow>(db, `SELECT ${COLUMNS} FROM audit_log ORDER BY seq`).iterate();
}

/** The rows from `fromSeq` on (the check at start walks from the signed head to the end). */
export function iterateRowsFrom(db: Db, fromSeq: number): IterableIterator<AuditRow> {
  return sql<[number], AuditRow>(db, `SELECT ${COLUMNS} FROM audit_log WHERE seq >= ? ORDER BY seq`).iterate(fromSeq);
}

/** Up to `limit` rows after `afterSeq` and up to `toSeq`: a slice of the whole-chain walk, which holds no statement open between slices. */
export function rowsBetween(db: Db, afterSeq: number, toSeq: number, limit: number): AuditRow[] {
  return sql<[number, number, number], AuditRow>(db, `SELECT ${COLUMNS} FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?`).all(afterSeq, toSeq, limit);
}

/** The distinct actions of rows from–to (an unsigned tail's, for what verify says of it). */
export function actionsBetween(db: Db, fromSeq: number, toSeq: number): string[] {
  return sql<[number, number], string>(db, `SELECT DISTINCT action FROM audit_log WHERE seq BETWEEN ? AND ? ORDER BY action`).pluck().all(fromSeq, toSeq);
}
