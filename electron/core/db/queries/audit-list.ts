import { AUDIT_AREA_PREFIXES, type AuditArea, type AuditSource } from '../../../shared/audit-log';
import type { Db } from '../open';
import { ANSWER_ACTIONS_SQL } from './answer-checks';
import { sql, sqlText } from '../statements';

export type AuditListRow = {
  seq: number;
  at: string;
  actorAccountId: string | null;
  actorRole: string | null;
  actorName: string | null;
  actorUsername: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  entityName: string | null;
  entityRef: string | null;
  candidateName: string | null;
  details: string;
  detailsLength: number;
};

export type AuditListFilter = {
  /** A received TUK log's installation id; null: this installation's own log. */
  source: string | null;
  area: AuditArea | null;
  actor: string | null;
  entity: string | null;
  entityId: string | null;
  /** UTC instants: from included, to excluded. */
  fromAt: string | null;
  toAt: string | null;
  /** Rows below this sequence number (the last page's end); null: from the newest. */
  before: number | null;
  limit: number;
};

/**
 * What the record an entry names is called (null if gone or another kind): a registry record or an account
 * by its name or code; an FR.APL application, a candidate's test (attempt) and an assessment seat
 * (`<sessionId>/<candidateId>`) by the candidate, with the scheme or session beside it; a pleno by its SK
 * number (its day until it has one); a question by its reference; a pinned signer by its label (the LSP's
 * name); a bundle by its session's code (its file for a backup), as its entry wrote them. Their ids alone
 * meant nothing to the admin, least of all a TUK station's reading its exam day.
 */
const ENTITY_NAME = `CASE a.entity
  WHEN 'candidate' THEN (SELECT name FROM candidate WHERE id = a.entity_id)
  WHEN 'apl_application' THEN (SELECT c.name || ' · ' || s.code FROM apl_application p JOIN candidate c ON c.id = p.candidate_id
    JOIN scheme s ON s.id = p.scheme_id WHERE p.id = a.entity_id)
  WHEN 'attempt' THEN (SELECT c.name || ' · ' || s.code FROM attempt t JOIN candidate c ON c.id = t.candidate_id
    JOIN session s ON s.id = t.session_id WHERE t.id = a.entity_id)
  WHEN 'seat' THEN (SELECT c.name || ' · ' || s.code FROM candidate c, session s
    WHERE s.id = substr(a.entity_id, 1, instr(a.entity_id, '/') - 1) AND c.id = substr(a.entity_id, instr(a.entity_id, '/') + 1))
  WHEN 'pleno' THEN (SELECT coalesce(sk_number, held_on) FROM pleno WHERE id = a.entity_id)
  WHEN 'item' THEN (SELECT ref FROM item WHERE id = a.entity_id)
  WHEN 'signer' THEN (SELECT label FROM signer_pin WHERE subject = a.entity_id)
  WHEN 'bundle' THEN CASE WHEN json_valid(a.details) THEN coalesce(json_extract(a.details, '$.session'), json_extract(a.details, '$.file')) END
  WHEN 'assessor' THEN (SELECT name FROM assessor WHERE id = a.entity_id)
  WHEN 'scheme' THEN (SELECT code FROM scheme WHERE id = a.entity_id)
  WHEN 'tuk' THEN (SELECT name FROM tuk WHERE id = a.entity_id)
  WHEN 'session' THEN (SELECT code FROM session WHERE id = a.entity_id)
  WHEN 'certificate' THEN (SELECT number FROM certificate WHERE id = a.entity_id)
  WHEN 'account' THEN (SELECT display_name FROM account WHERE id = a.entity_id)
END`;

/**
 * The id a record's screen is addressed by, where it is not the entry's: an FR.APL application's
 * `<candidateId>~<schemeId>~<round>`, the round the entry is about (an earlier one opens as its session used it).
 */
const ENTITY_REF = `CASE a.entity
  WHEN 'apl_application' THEN (SELECT candidate_id || '~' || scheme_id || '~' || round_no FROM apl_application WHERE id = a.entity_id)
END`;

/**
 * The candidate an entry about their FR.APL application, test (attempt) or seat belongs to, by name alone:
 * the words of a test someone else submitted for them name them ("the proctor submitted Siti's test").
 */
const CANDIDATE_NAME = `CASE a.entity
  WHEN 'apl_application' THEN (SELECT c.name FROM apl_application p JOIN candidate c ON c.id = p.candidate_id WHERE p.id = a.entity_id)
  WHEN 'attempt' THEN (SELECT c.name FROM attempt t JOIN candidate c ON c.id = t.candidate_id WHERE t.id = a.entity_id)
  WHEN 'seat' THEN (SELECT name FROM candidate WHERE id = substr(a.entity_id, instr(a.entity_id, '/') + 1))
END`;

/**
 * The area's condition on `action`, as ranges the constants spell (no user text reaches it): `exam.` up
 * to `exam/`, the character after the dot, holds every `exam.*`. Without an area, every action but the
 * answer saves.
 */
function areaCondition(area: AuditArea | null): string {
  if (area === null) return `a.action NOT IN (${ANSWER_ACTIONS_SQL})`;
  if (area === 'answers') return `a.action IN (${ANSWER_ACTIONS_SQL})`;
  const ranges = AUDIT_AREA_PREFIXES[area].map((p) => `(a.action >= ${sqlText(`${p}.`)} AND a.action < ${sqlText(`${p}/`)})`).join(' OR ');
  return area === 'exam' ? `(${ranges}) AND a.action NOT IN (${ANSWER_ACTIONS_SQL})` : `(${ranges})`;
}

/**
 * One record's history: the entries naming it, and for a candidate also those naming what is theirs (their
 * FR.APL applications, tests, assessment seats `<sessionId>/<candidateId>`, appeals and certificates), which
 * the candidate's page links no history of its own. Each subquery runs once per page (uncorrelated, and only
 * for a candidate), so a row costs a comparison of its entity and at most one lookup in the candidate's few ids.
 * A candidate import writes one entry for all the records it added or updated (registry/candidates.ts
 * writePlan): it belongs to each of them, or a name corrected by importing the fixed sheet had no history.
 */
const RECORD_CONDITION = `(@entity IS NULL OR (a.entity = @entity AND a.entity_id = @entityId)
  OR (@entity = 'candidate' AND (
    (a.entity = 'candidate' AND a.entity_id IS NULL AND a.action = 'candidate.upsertMany' AND instr(a.details, @entityId) > 0
      AND (EXISTS (SELECT 1 FROM json_each(a.details, '$.updated') u WHERE u.value ->> '$.id' = @entityId)
        OR EXISTS (SELECT 1 FROM json_each(a.details, '$.added.rows') r WHERE r.value ->> '$[0]' = @entityId)))
    OR (a.entity = 'apl_application' AND a.entity_id IN (SELECT id FROM apl_application WHERE candidate_id = @entityId))
    OR (a.entity = 'attempt' AND a.entity_id IN (SELECT id FROM attempt WHERE candidate_id = @entityId))
    OR (a.entity = 'seat' AND substr(a.entity_id, instr(a.entity_id, '/') + 1) = @entityId)
    OR (a.entity = 'appeal_case' AND a.entity_id IN (SELECT id FROM appeal_case WHERE candidate_id = @entityId))
    OR (a.entity = 'certificate' AND a.entity_id IN (SELECT id FROM certificate WHERE candidate_id = @entityId)))))`;

/**
 * A page of the log, newest first, walking the sequence backwards (its primary key): the log has no other
 * index worth its cost, since every answer save would pay for it (issue 19), so a rare filter reads
 * further back. The details are cut in SQL: a bulk import's entry can be megabytes.
 */
export function auditPage(db: Db, f: AuditListFilter, detailsShown: number): AuditListRow[] {
  // A received log has the same columns under its source's id: the same page, from the other table.
  const from = f.source === null ? 'audit_log a' : 'remote_audit_log a';
  const sourceCondition = f.source === null ? '' : 'a.source_installation_id = @source AND ';
  return sql<[Omit<AuditListFilter, 'area'> & { detailsShown: number }], AuditListRow>(
    db,
    `SELECT a.seq, a.at, a.actor_account_id AS actorAccountId, a.actor_role AS actorRole, acc.display_name AS actorName,
       acc.username AS actorUsername, a.action, a.entity, a.entity_id AS entityId, ${ENTITY_NAME} AS entityName, ${ENTITY_REF} AS entityRef,
       ${CANDIDATE_NAME} AS candidateName,
       substr(a.details, 1, @detailsShown) AS details, length(a.details) AS detailsLength
     FROM ${from} LEFT JOIN account acc ON acc.id = a.actor_account_id
     WHERE ${sourceCondition}(@before IS NULL OR a.seq < @before) AND ${areaCondition(f.area)}
       AND (@actor IS NULL OR a.actor_account_id = @actor)
       AND ${RECORD_CONDITION}
       AND (@fromAt IS NULL OR a.at >= @fromAt) AND (@toAt IS NULL OR a.at < @toAt)
     ORDER BY a.seq DESC LIMIT @limit`,
  ).all({ source: f.source, before: f.before, actor: f.actor, entity: f.entity, entityId: f.entityId, fromAt: f.fromAt, toAt: f.toAt, limit: f.limit, detailsShown });
}

/** Each TUK log received here: its rows, its last entry, and the label its signer was pinned under. */
export function auditSources(db: Db): AuditSource[] {
  return sql<[], AuditSource>(
    db,
    `SELECT r.source_installation_id AS installationId, (SELECT label FROM signer_pin p WHERE p.installation_id = r.source_installation_id LIMIT 1) AS label,
       count(*) AS rows, max(r.at) AS lastAt
     FROM remote_audit_log r GROUP BY r.source_installation_id ORDER BY lastAt DESC`,
  ).all();
}

/** What one record is called, as an entry naming it would say (null if gone or of another kind). */
export function recordName(db: Db, entity: string, entityId: string): string | null {
  return sql<[{ entity: string; entityId: string }], { name: string | null }>(db, `SELECT ${ENTITY_NAME} AS name FROM (SELECT @entity AS entity, @entityId AS entity_id, NULL AS details) a`).get({ entity, entityId })?.name ?? null;
}

/** The kinds of record an entry's before/after may name by id (see electron/core/audit/names.ts). */
export type AuditIdKind = 'assessor' | 'tuk' | 'scheme' | 'candidate' | 'account' | 'kuk' | 'element';

/**
 * What a record of each kind is called where an edit names it: a person by name, a TUK by name, a scheme by
 * its code, a KUK by its unit's code and number, an FR.APL.02 element by its unit's code, number and title.
 */
const NAME_OF = {
  assessor: 'SELECT id, name FROM assessor WHERE id IN (SELECT value FROM json_each(@ids))',
  tuk: 'SELECT id, name FROM tuk WHERE id IN (SELECT value FROM json_each(@ids))',
  scheme: 'SELECT id, code AS name FROM scheme WHERE id IN (SELECT value FROM json_each(@ids))',
  candidate: 'SELECT id, name FROM candidate WHERE id IN (SELECT value FROM json_each(@ids))',
  account: 'SELECT id, display_name AS name FROM account WHERE id IN (SELECT value FROM json_each(@ids))',
  kuk: `SELECT k.id, u.code || ' · ' || k.number AS name FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
    WHERE k.id IN (SELECT value FROM json_each(@ids))`,
  element: `SELECT e.id, u.code || ' · ' || e.ordinal || '. ' || e.title_id AS name FROM element e JOIN unit u ON u.id = e.unit_id
    WHERE e.id IN (SELECT value FROM json_each(@ids))`,
} as const satisfies Record<AuditIdKind, string>;

/** The names of these records of one kind (an id of a record gone is left out). */
export function namesOf(db: Db, kind: AuditIdKind, ids: readonly string[]): { id: string; name: string }[] {
  if (ids.length === 0) return [];
  return sql<[{ ids: string }], { id: string; name: string }>(db, NAME_OF[kind]).all({ ids: JSON.stringify(ids) });
}
