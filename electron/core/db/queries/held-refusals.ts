import type { Db } from '../open';
import { sql } from '../statements';

/**
 * How many late answers of an attempt were refused as held back while its PC was online, from the
 * `cbt.heldAnswerRefused` entries (exam-day/held-answer-refusals.ts), each counting the refusals it stands for.
 * The entries are the candidate's (entity 'candidate'), and the entity IN list names the partial index
 * audit_log_record_changes (migration 024): SQLite searches it only for a query that says so, and any other
 * text reads the whole log, a row per saved answer (about 70 ms at 200,000 rows, 450 ms at a million, measured).
 * `candidate` and `attempt` are SQL expressions (columns of the outer query, or parameters).
 */
export const heldRefusedSql = (candidate: string, attempt: string): string =>
  `coalesce((SELECT sum(l.details ->> '$.refused') FROM audit_log l
     WHERE l.entity IN ('assessor', 'candidate', 'pleno', 'scheme', 'session') AND l.entity = 'candidate' AND l.entity_id = ${candidate}
       AND l.action = 'cbt.heldAnswerRefused' AND l.details ->> '$.attemptId' = ${attempt}), 0)`;

export const HELD_REFUSED_SQL = `SELECT ${heldRefusedSql('@candidateId', '@attemptId')}`;

export const heldRefusedCount = (db: Db, candidateId: string, attemptId: string): number =>
  sql<[{ candidateId: string; attemptId: string }], number>(db, HELD_REFUSED_SQL).pluck().get({ candidateId, attemptId }) ?? 0;
