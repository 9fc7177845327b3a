/**
 * Upcoming sessions that could not run as they stand: candidates with no exam password of their own, or a
 * planned assessor with no sign-in account (the LSP home's "needs action" lines). The terms are those of the
 * session page's warnings: passwordsPending's hasPassword (scheduling/passwords-pending.ts) and checkPlan's
 * SCHEDULE_ASSESSOR_NO_ACCOUNT (queries/scheduling-rules.ts planAssessors' has_account). The password terms
 * are written twice, here in SQL and there in JS; test/core/homes/unready-sessions.test.ts holds the two to
 * one count over each kind of account a candidate may hold.
 */
import type { Db } from '../open';
import { sql } from '../statements';
import { ownPassword } from './accounts';
import { assessorHasAccount } from './scheduling-rules';
import { notBegunSql, startsBeforeSql } from './session-now';

export type UnreadySessionRow = {
  session_id: string;
  code: string;
  date: string;
  without_password: number;
  /** The assessors' names, JSON array, in name order. */
  assessors_without_account: string;
};

/** A candidate's own account, a session password set in it (no APL.02 sign-in, no card's NO_PASSWORD). */
const HAS_PASSWORD = `EXISTS (SELECT 1 FROM account a WHERE a.candidate_id = c.id AND a.apl_application_id IS NULL AND ${ownPassword('a.password_hash')})`;

/**
 * Not cancelled, not begun (by the clock or a TUK's run), no results imported, starting within [now, until)
 * (instants, nowInstantMinutes, each session read on its TUK's clock), soonest first.
 */
export const unreadySessions = (db: Db, p: { lspId: string; now: number; until: number }) =>
  sql<[typeof p], UnreadySessionRow>(
    db,
    `SELECT * FROM (
       SELECT s.id AS session_id, s.code, s.date,
         (SELECT count(*) FROM session_candidate sc JOIN candidate c ON c.id = sc.candidate_id
            WHERE sc.session_id = s.id AND NOT ${HAS_PASSWORD}) AS without_password,
         (SELECT json_group_array(name) FROM (SELECT a.name FROM session_assessor sa JOIN assessor a ON a.id = sa.assessor_id
            WHERE sa.session_id = s.id AND NOT ${assessorHasAccount('a.id')}
            ORDER BY a.name)) AS assessors_without_account,
         s.starts_min
       FROM session s
       WHERE s.lsp_id = @lspId AND s.cancelled_at IS NULL AND ${notBegunSql('@now')} AND ${startsBeforeSql('@until')}
         AND NOT EXISTS (SELECT 1 FROM session_run run WHERE run.session_id = s.id AND (run.started_at IS NOT NULL OR run.ended_at IS NOT NULL))
         AND s.id NOT IN (SELECT session_id FROM bundle_import WHERE kind = 'results' AND session_id IS NOT NULL)
     ) WHERE without_password > 0 OR assessors_without_account <> '[]'
     ORDER BY starts_min, code`,
  ).all(p);
