import type { AuditAction } from '../../../shared/audit-log';
import type { ReviewTestAction } from '../../../shared/pleno';
import type { Db } from '../open';
import { sql, sqlText } from '../statements';

const KIND_OF_ACTION = {
  'exam.extended': 'extended',
  'exam.paused': 'paused',
  'exam.resumed': 'resumed',
  'exam.extendedAll': 'extendedAll',
  'exam.pausedAll': 'pausedAll',
  'exam.resumedAll': 'resumedAll',
} as const satisfies Partial<Record<AuditAction, ReviewTestAction['action']>>;

/** KIND_OF_ACTION's actions in its order, the term migration 021's partial indexes spell: SQLite uses an index only for its exact terms. */
export const TEST_ACTIONS_SQL = `action IN (${Object.keys(KIND_OF_ACTION)
  .map(sqlText)
  .join(', ')})`;

/**
 * A new card given at the TUK (exam/issueCard): the candidate sat with a password the LSP never issued, which
 * the review says beside their test. Its entry names the account, with the session and candidate in its
 * details. Migration 025's partial indexes spell this term.
 */
const CARD_ACTION = 'exam.passwordIssued' satisfies AuditAction;
export const CARDS_SQL = `action = ${sqlText(CARD_ACTION)}`;

/** The whole query, exported for the migration's test of its plan. */
export const REVIEW_TEST_ACTIONS_SQL = `WITH log AS (
       SELECT NULL AS source, seq, at, actor_account_id, action, entity, entity_id, details FROM audit_log
       WHERE ${TEST_ACTIONS_SQL}
       UNION ALL
       SELECT source_installation_id, seq, at, actor_account_id, action, entity, entity_id, details FROM remote_audit_log
       WHERE ${TEST_ACTIONS_SQL}
       UNION ALL
       SELECT NULL, seq, at, actor_account_id, action, entity, entity_id, details FROM audit_log WHERE ${CARDS_SQL}
       UNION ALL
       SELECT source_installation_id, seq, at, actor_account_id, action, entity, entity_id, details FROM remote_audit_log WHERE ${CARDS_SQL}
     ),
     touched AS (
       SELECT l.*, t.candidate_id AS candidate_id FROM log l JOIN attempt t ON l.entity = 'attempt' AND t.id = l.entity_id AND t.session_id = @sessionId
       UNION ALL
       SELECT l.*, j.value FROM log l, json_each(l.details, '$.candidateIds') j WHERE l.entity = 'session' AND l.entity_id = @sessionId
       UNION ALL
       SELECT l.*, json_extract(l.details, '$.candidateId') FROM log l
       WHERE l.entity = 'account' AND l.action = '${CARD_ACTION}' AND json_extract(l.details, '$.sessionId') = @sessionId
     )
     SELECT l.candidate_id AS candidateId, l.at, l.action AS auditAction,
       json_extract(l.details, '$.minutes') AS extended, json_extract(l.details, '$.creditedSeconds') AS credited,
       coalesce(json_extract(l.details, '$.reason'), '') AS reason,
       coalesce(who.display_name, (SELECT json_extract(c.details, '$.username') FROM remote_audit_log c
         WHERE c.source_installation_id = l.source AND c.entity = 'account' AND c.entity_id = l.actor_account_id
           AND json_extract(c.details, '$.username') IS NOT NULL ORDER BY c.seq LIMIT 1)) AS by
     FROM touched l LEFT JOIN account who ON who.id = l.actor_account_id
     ORDER BY l.at, l.source, l.seq`;

/** The query selects only these actions (TEST_ACTIONS_SQL, CARDS_SQL). */
type Row = { candidateId: string; at: string; auditAction: keyof typeof KIND_OF_ACTION | typeof CARD_ACTION; extended: number | null; credited: number | null; reason: string; by: string | null };

/**
 * The proctors' actions on the session's written tests, and the new cards they gave, per candidate, oldest first: from this
 * installation's audit log (the session ran here) and the logs results bundles brought (remote_audit_log,
 * the TUK's). A candidate's own action names the attempt; a room-wide one names the session and lists the
 * candidates it changed. Who: a local account's name, else the username the TUK's own log gave the account
 * when it was made there (set-up, accounts/create; a TUK's staff accounts never reach the LSP), else null.
 */
export function reviewTestActions(db: Db, sessionId: string): Map<string, ReviewTestAction[]> {
  const rows = sql<[{ sessionId: string }], Row>(db, REVIEW_TEST_ACTIONS_SQL).all({ sessionId });
  const byCandidate = new Map<string, ReviewTestAction[]>();
  for (const { candidateId, auditAction, extended, credited, ...r } of rows) {
    const mine = byCandidate.get(candidateId) ?? [];
    mine.push({ ...r, action: auditAction === CARD_ACTION ? 'passwordIssued' : KIND_OF_ACTION[auditAction], minutes: extended ?? (credited !== null ? Math.round(credited / 60) : null) });
    byCandidate.set(candidateId, mine);
  }
  return byCandidate;
}
