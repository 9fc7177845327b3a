import type { Db } from '../open';
import { sql } from '../statements';
import { CLEAR_LOCKS } from './accounts';

export type LocalPassword = { accountId: string; passwordHash: string; issuedAt: string; issuedBy: string; sessionId: string | null };

/** A new card replaces the one before it; the failures and a lock go with the old password. */
export function setLocalPassword(db: Db, p: LocalPassword): void {
  sql<[LocalPassword]>(
    db,
    `INSERT INTO local_password (account_id, password_hash, issued_at, issued_by, session_id)
     VALUES (@accountId, @passwordHash, @issuedAt, @issuedBy, @sessionId)
     ON CONFLICT (account_id) DO UPDATE SET password_hash = excluded.password_hash, issued_at = excluded.issued_at,
       issued_by = excluded.issued_by, session_id = excluded.session_id`,
  ).run(p);
  sql<[string]>(db, `UPDATE account SET ${CLEAR_LOCKS} WHERE id = ?`).run(p.accountId);
}

/** The session's candidates whose account signs in with a password issued at this installation (a new card): any other they held no longer works. */
export const candidatesWithLocalPassword = (db: Db, sessionId: string): Set<string> =>
  new Set(
    sql<[string], { candidateId: string }>(
      db,
      `SELECT a.candidate_id AS candidateId FROM session_candidate sc
       JOIN account a ON a.candidate_id = sc.candidate_id JOIN local_password lp ON lp.account_id = a.id
       WHERE sc.session_id = ?`,
    )
      .all(sessionId)
      .map((r) => r.candidateId),
  );
