/** The FR.APL.02 sign-in of an account (account.apl_application_id, apl_until, apl_submitted_at; migration 016). */
import type { Db } from '../open';
import { sql } from '../statements';
import { CLEAR_LOCKS } from './accounts';

export type AplAccessRow = { account_id: string; username: string; application_id: string; until: string; submitted_at: string | null };

const SELECT = `SELECT id AS account_id, username, apl_application_id AS application_id, apl_until AS until, apl_submitted_at AS submitted_at FROM account`;

/** The application an account may reach, or undefined for any account without an APL.02 sign-in. */
export const aplAccessOf = (db: Db, accountId: string) =>
  sql<[string], AplAccessRow>(db, `${SELECT} WHERE id = ? AND apl_application_id IS NOT NULL`).get(accountId);

export const aplAccessOfApplication = (db: Db, applicationId: string) =>
  sql<[string], AplAccessRow>(db, `${SELECT} WHERE apl_application_id = ?`).get(applicationId);

/** The candidate's one account (account.candidate_id is UNIQUE), APL.02 sign-in or session's. */
export const candidateAccount = (db: Db, candidateId: string) =>
  sql<[string], { id: string; username: string }>(db, 'SELECT id, username FROM account WHERE candidate_id = ?').get(candidateId);

export const usernameTaken = (db: Db, username: string, exceptAccountId: string | null): boolean =>
  sql<[string, string], { n: number }>(db, 'SELECT EXISTS (SELECT 1 FROM account WHERE username = ? AND id IS NOT ?) AS n').get(username, exceptAccountId ?? '')!.n === 1;

export type AplAccessUpdate = { accountId: string; username: string; displayName: string; passwordHash: string; applicationId: string; until: string };

/** Turns the candidate's account into the APL.02 sign-in of one application (a new password, unlocked, not submitted). */
export const setAplAccess = (db: Db, u: AplAccessUpdate) =>
  sql<[AplAccessUpdate]>(
    db,
    `UPDATE account SET username = @username, display_name = @displayName, password_hash = @passwordHash, ${CLEAR_LOCKS},
       apl_application_id = @applicationId, apl_until = @until, apl_submitted_at = NULL WHERE id = @accountId`,
  ).run(u);

export const setAplAccessOnNew = (db: Db, accountId: string, applicationId: string, until: string) =>
  sql<[string, string, string]>(db, 'UPDATE account SET apl_application_id = ?, apl_until = ?, apl_submitted_at = NULL WHERE id = ?').run(applicationId, until, accountId);

/**
 * When the candidate last sent this application's FR.APL.02 (its `apl02.submit` audit entry). The account keeps only
 * its current application's: an earlier round's sending is read from the log. Not indexed, as a print reads it once.
 */
export const aplSubmittedAudit = (db: Db, applicationId: string): string | null =>
  sql<[string], { at: string }>(
    db,
    "SELECT at FROM audit_log WHERE action = 'apl02.submit' AND entity = 'apl_application' AND entity_id = ? ORDER BY seq DESC LIMIT 1",
  ).get(applicationId)?.at ?? null;

export const markAplSubmitted = (db: Db, accountId: string, at: string) =>
  sql<[string, string]>(db, 'UPDATE account SET apl_submitted_at = ? WHERE id = ?').run(at, accountId);

export const applicationById = (db: Db, applicationId: string) =>
  sql<[string], { id: string; lsp_id: string; candidate_id: string; scheme_id: string }>(
    db,
    'SELECT id, lsp_id, candidate_id, scheme_id FROM apl_application WHERE id = ?',
  ).get(applicationId);
