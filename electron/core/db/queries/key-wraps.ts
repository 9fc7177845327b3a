import type { Db } from '../open';
import { sql } from '../statements';

/** The installation's data key, wrapped under one key holder's password (see keys/wrap.ts). */
export type KeyWrapRow = { accountId: string; kdfCost: number; salt: string; sealedKey: string; createdAt: string };

export function keyWrapFor(db: Db, accountId: string): KeyWrapRow | undefined {
  return sql<[string], KeyWrapRow>(
    db,
    'SELECT account_id AS accountId, kdf_cost AS kdfCost, salt, sealed_key AS sealedKey, created_at AS createdAt FROM key_wrap WHERE account_id = ?',
  ).get(accountId);
}

export function countKeyWraps(db: Db): number {
  return sql<[], { n: number }>(db, 'SELECT count(*) AS n FROM key_wrap').get()?.n ?? 0;
}

export function saveKeyWrap(db: Db, row: KeyWrapRow): void {
  sql<[KeyWrapRow]>(
    db,
    `INSERT INTO key_wrap (account_id, kdf_cost, salt, sealed_key, created_at) VALUES (@accountId, @kdfCost, @salt, @sealedKey, @createdAt)
     ON CONFLICT(account_id) DO UPDATE SET kdf_cost = excluded.kdf_cost, salt = excluded.salt, sealed_key = excluded.sealed_key,
       created_at = excluded.created_at`,
  ).run(row);
}

/** Admin recovery replaces the data key: every wrap of the old one is dropped. */
export function deleteKeyWraps(db: Db): void {
  sql<[]>(db, 'DELETE FROM key_wrap').run();
}
