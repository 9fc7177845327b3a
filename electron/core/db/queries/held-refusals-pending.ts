import type { Role } from '../../../shared/roles';
import type { Db } from '../open';
import { sql } from '../statements';

/** An attempt's refused late answers not yet in the audit log (migration 038): what their entry will say. */
export type PendingRefusals = {
  attemptId: string;
  sessionId: string;
  candidateId: string;
  actorAccountId: string;
  actorRole: Role;
  refused: number;
  firstItemId: string;
  firstAnsweredAt: string;
  firstRefusedAt: string;
  lastItemId: string;
  lastAnsweredAt: string;
  lastRefusedAt: string;
  heardAt: string;
};

/** One refusal: the attempt's first since its last entry, or one more counted on its row. */
export type RefusalRow = {
  attemptId: string;
  sessionId: string;
  candidateId: string;
  actorAccountId: string;
  actorRole: Role;
  itemId: string;
  answeredAt: string;
  refusedAt: string;
  heardAt: string;
};

const COLUMNS = `attempt_id AS attemptId, session_id AS sessionId, candidate_id AS candidateId, actor_account_id AS actorAccountId,
  actor_role AS actorRole, refused, first_item_id AS firstItemId, first_answered_at AS firstAnsweredAt, first_refused_at AS firstRefusedAt,
  last_item_id AS lastItemId, last_answered_at AS lastAnsweredAt, last_refused_at AS lastRefusedAt, heard_at AS heardAt`;

/** The first refusal keeps who it is entered under and what came first; later ones move the last and the latest call heard. */
export function addRefusal(db: Db, row: RefusalRow): void {
  sql<[RefusalRow]>(
    db,
    `INSERT INTO held_refusal_pending (attempt_id, session_id, candidate_id, actor_account_id, actor_role, refused,
       first_item_id, first_answered_at, first_refused_at, last_item_id, last_answered_at, last_refused_at, heard_at)
     VALUES (@attemptId, @sessionId, @candidateId, @actorAccountId, @actorRole, 1,
       @itemId, @answeredAt, @refusedAt, @itemId, @answeredAt, @refusedAt, @heardAt)
     ON CONFLICT (attempt_id) DO UPDATE SET refused = refused + 1, last_item_id = excluded.last_item_id,
       last_answered_at = excluded.last_answered_at, last_refused_at = excluded.last_refused_at, heard_at = max(heard_at, excluded.heard_at)`,
  ).run(row);
}

export const pendingRefusals = (db: Db): PendingRefusals[] =>
  sql<[], PendingRefusals>(db, `SELECT ${COLUMNS} FROM held_refusal_pending ORDER BY attempt_id`).all();

/** The attempts with refusals waiting: the sweep's look before it joins a commit (a row an attempt, few). */
export const pendingAttemptIds = (db: Db): string[] => sql<[], string>(db, 'SELECT attempt_id FROM held_refusal_pending').pluck().all();

export const pendingRefusedCount = (db: Db, attemptId: string): number =>
  sql<[string], number>(db, 'SELECT refused FROM held_refusal_pending WHERE attempt_id = ?').pluck().get(attemptId) ?? 0;

/** Once its entry is written, in the same transaction. */
export function deletePendingRefusals(db: Db, attemptId: string): void {
  sql<[string]>(db, 'DELETE FROM held_refusal_pending WHERE attempt_id = ?').run(attemptId);
}
