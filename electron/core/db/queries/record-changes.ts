import type { Db } from '../open';
import { sql } from '../statements';

/** The records whose forms save with a revision (registry/revision.ts); the index's WHERE lists the same. */
export type RevisedEntity = 'assessor' | 'candidate' | 'pleno' | 'scheme' | 'session';

/**
 * The latest audit entry that changed one record: its own entries, or a candidate import's one entry for
 * the whole write that lists the record among those it updated (candidates.ts writePlan). The entity IN
 * list is the partial index audit_log_record_changes (migration 024), which SQLite uses only for a query
 * naming it; any other text reads the whole log (a row per saved answer). A candidate's refused late answers
 * (`cbt.heldAnswerRefused`, entered under the candidate for that index) changed no record.
 */
export const LAST_RECORD_CHANGE_SQL = `SELECT a.at, acc.display_name AS byName FROM audit_log a LEFT JOIN account acc ON acc.id = a.actor_account_id
  WHERE a.entity IN ('assessor', 'candidate', 'pleno', 'scheme', 'session') AND a.entity = @entity AND a.action <> 'cbt.heldAnswerRefused'
    AND (a.entity_id = @id OR (a.entity_id IS NULL AND a.action = 'candidate.upsertMany'
      AND EXISTS (SELECT 1 FROM json_each(a.details, '$.updated') u WHERE u.value ->> '$.id' = @id)))
  ORDER BY a.seq DESC LIMIT 1`;

export const lastRecordChange = (db: Db, entity: RevisedEntity, id: string): { at: string; byName: string | null } | undefined =>
  sql<[{ entity: RevisedEntity; id: string }], { at: string; byName: string | null }>(db, LAST_RECORD_CHANGE_SQL).get({ entity, id });
