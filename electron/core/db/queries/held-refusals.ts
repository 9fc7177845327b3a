import type { Db } from '../open';
import { sql } from '../statements';

/**
 * The term of remote_audit_log's partial index remote_audit_log_held_refusals (migration 037): SQLite uses
 * it only for a query spelling it so.
 */
export const RECEIVED_REFUSALS_SQL = "action = 'cbt.heldAnswerRefused'";

/**
 * How many late answers of an attempt were refused as held back while its PC was online, from the
 * `cbt.heldAnswerRefused` entries (exam-day/held-answer-refusals.ts), each counting the refusals it stands for:
 * those of this installation's log (the session ran here) and those of the logs results bundles brought
 * (remote_audit_log: a TUK station's, at the LSP's office; a lab PC's, at the station), so the LSP counts
 * what the station counted. A received entry is kept once per installation and seq, whatever bundles
 * carried it again; one of this installation's own log coming back to it is counted in its own log only.
 *
 * The own log's entries are the candidate's (entity 'candidate'), and the entity IN list names the partial index
 * audit_log_record_changes (migration 024): SQLite searches it only for a query that says so, and any other
 * text reads the whole log, a row per saved answer (about 70 ms at 200,000 rows, 450 ms at a million, measured).
 * The received ones are found through remote_audit_log_held_refusals (migration 037), for the same reason.
 * Refusals still waiting for their entry (held_refusal_pending, migration 038: up to a minute an attempt) count
 * too: the sweep writes the entry and deletes the row in one transaction, so none is counted twice, and the
 * board and the workspace say the number the moment the PC was refused, not a minute later.
 * `candidate` and `attempt` are SQL expressions (columns of the outer query, or parameters).
 */
export const heldRefusedSql = (candidate: string, attempt: string): string =>
  `(coalesce((SELECT sum(l.details ->> '$.refused') FROM audit_log l
     WHERE l.entity IN ('assessor', 'candidate', 'pleno', 'scheme', 'session') AND l.entity = 'candidate' AND l.entity_id = ${candidate}
       AND l.action = 'cbt.heldAnswerRefused' AND l.details ->> '$.attemptId' = ${attempt}), 0)
   + coalesce((SELECT sum(r.details ->> '$.refused') FROM remote_audit_log r
     WHERE r.${RECEIVED_REFUSALS_SQL} AND r.entity = 'candidate' AND r.entity_id = ${candidate} AND r.details ->> '$.attemptId' = ${attempt}
       AND r.source_installation_id NOT IN (SELECT k.installation_id FROM installation_key k)), 0)
   + coalesce((SELECT p.refused FROM held_refusal_pending p WHERE p.attempt_id = ${attempt}), 0))`;

export const HELD_REFUSED_SQL = `SELECT ${heldRefusedSql('@candidateId', '@attemptId')}`;

export const heldRefusedCount = (db: Db, candidateId: string, attemptId: string): number =>
  sql<[{ candidateId: string; attemptId: string }], number>(db, HELD_REFUSED_SQL).pluck().get({ candidateId, attemptId }) ?? 0;
