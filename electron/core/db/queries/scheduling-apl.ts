/** FR.APL.01 (apl_application, apl_evidence) and FR.APL.02 (apl_self_assessment, apl_self_answer). */
import type { TukZone } from '../../../shared/time-zones';
import type { Db } from '../open';
import { sql } from '../statements';
import { NOT_CLOSED } from './scheduling-rules';
import { nowOnTukClock } from './session-now';

export type ApplicationRow = {
  id: string;
  lsp_id: string;
  candidate_id: string;
  scheme_id: string;
  purpose: 'sertifikasi' | 'sertifikasi_ulang' | 'pkt' | 'rpl' | 'lainnya';
  purpose_note: string | null;
  saved_at: string;
  saved_by: string;
  verified_result: 'accepted' | 'rejected' | null;
  verified_note: string | null;
  verified_at: string | null;
  verified_by: string | null;
  /** The certification round (migration 028): 1, 2, …; the highest is the candidate's current application. */
  round_no: number;
};

export type EvidenceRow = {
  id: string;
  application_id: string;
  ordinal: number;
  kind: 'basic' | 'administrative';
  description: string;
  status: 'memenuhi' | 'tidak_memenuhi' | 'tidak_ada';
  attachment_sha256: string | null;
};

export type SelfAssessmentRow = {
  application_id: string;
  entered_by: 'candidate' | 'staff';
  saved_at: string;
  saved_by: string;
  recommendation: 'proceed' | 'not_proceed' | null;
  review_note: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  reviewer_assessor_id: string | null;
};

export type SelfAnswerRow = { element_id: string; answer: 'K' | 'BK' | null; evidence: string | null };

/** The candidate's current application for a scheme version: its newest round. */
export const applicationOf = (db: Db, lspId: string, candidateId: string, schemeId: string) =>
  sql<[string, string, string], ApplicationRow>(
    db,
    'SELECT * FROM apl_application WHERE lsp_id = ? AND candidate_id = ? AND scheme_id = ? ORDER BY round_no DESC LIMIT 1',
  ).get(lspId, candidateId, schemeId);

/** One round's application, current or not. */
export const applicationRound = (db: Db, lspId: string, candidateId: string, schemeId: string, round: number) =>
  sql<[string, string, string, number], ApplicationRow>(
    db,
    'SELECT * FROM apl_application WHERE lsp_id = ? AND candidate_id = ? AND scheme_id = ? AND round_no = ?',
  ).get(lspId, candidateId, schemeId, round);

/** Every round of a candidate's applications for a scheme version, newest first: the history the APL page lists. */
export const applicationRounds = (db: Db, lspId: string, candidateId: string, schemeId: string) =>
  sql<[string, string, string], ApplicationRow>(
    db,
    'SELECT * FROM apl_application WHERE lsp_id = ? AND candidate_id = ? AND scheme_id = ? ORDER BY round_no DESC',
  ).all(lspId, candidateId, schemeId);

export type UseRow = { session_id: string; code: string; date: string };

/**
 * The first session that used an application: a seat planned on it (session_candidate.apl_application_id)
 * in a session not cancelled that is over (its planned end passed, or its run closed here or in the results
 * that came back), or one a rapat pleno decided on. Such an application is its round's record: it no longer
 * changes, and a new round may start.
 */
export const applicationUse = (db: Db, applicationId: string, nowMin: number) =>
  sql<[{ id: string; nowMin: number }], UseRow>(
    db,
    `SELECT s.id AS session_id, s.code, s.date FROM session_candidate x JOIN session s ON s.id = x.session_id
     WHERE x.apl_application_id = @id AND s.cancelled_at IS NULL
       AND (s.ends_min <= ${nowOnTukClock('@nowMin')} OR NOT ${NOT_CLOSED}
         OR EXISTS (SELECT 1 FROM pleno_decision d WHERE d.session_id = x.session_id AND d.candidate_id = x.candidate_id))
     ORDER BY s.starts_min, s.code LIMIT 1`,
  ).get({ id: applicationId, nowMin });

/** A session not over yet (nor cancelled) that seats the candidate on this application: a new round would leave it on the old one. */
export const applicationSeatedIn = (db: Db, applicationId: string, nowMin: number) =>
  sql<[{ id: string; nowMin: number }], UseRow>(
    db,
    `SELECT s.id AS session_id, s.code, s.date FROM session_candidate x JOIN session s ON s.id = x.session_id
     WHERE x.apl_application_id = @id AND s.cancelled_at IS NULL AND s.ends_min > ${nowOnTukClock('@nowMin')} AND ${NOT_CLOSED}
     ORDER BY s.starts_min, s.code LIMIT 1`,
  ).get({ id: applicationId, nowMin });

export function insertApplication(db: Db, row: ApplicationRow): void {
  sql<[ApplicationRow]>(
    db,
    `INSERT INTO apl_application (id, lsp_id, candidate_id, scheme_id, purpose, purpose_note, saved_at, saved_by, verified_result, verified_note, verified_at, verified_by, round_no)
     VALUES (@id, @lsp_id, @candidate_id, @scheme_id, @purpose, @purpose_note, @saved_at, @saved_by, @verified_result, @verified_note, @verified_at, @verified_by, @round_no)`,
  ).run(row);
}

export function updateApplication(db: Db, row: ApplicationRow): void {
  sql<[ApplicationRow]>(
    db,
    `UPDATE apl_application SET purpose = @purpose, purpose_note = @purpose_note, saved_at = @saved_at, saved_by = @saved_by,
       verified_result = @verified_result, verified_note = @verified_note, verified_at = @verified_at, verified_by = @verified_by
     WHERE id = @id`,
  ).run(row);
}

export const evidenceOf = (db: Db, applicationId: string) =>
  sql<[string], EvidenceRow>(db, 'SELECT * FROM apl_evidence WHERE application_id = ? ORDER BY ordinal').all(applicationId);

/** Moves the rows out of the way of UNIQUE (application_id, ordinal) before they are written in their new order. */
export const parkEvidence = (db: Db, applicationId: string) =>
  sql<[string]>(db, 'UPDATE apl_evidence SET ordinal = -1 - ordinal WHERE application_id = ?').run(applicationId);

export function upsertEvidence(db: Db, row: EvidenceRow): void {
  sql<[EvidenceRow]>(
    db,
    `INSERT INTO apl_evidence (id, application_id, ordinal, kind, description, status, attachment_sha256)
     VALUES (@id, @application_id, @ordinal, @kind, @description, @status, @attachment_sha256)
     ON CONFLICT (id) DO UPDATE SET ordinal = excluded.ordinal, kind = excluded.kind, description = excluded.description, status = excluded.status`,
  ).run(row);
}

export const deleteEvidence = (db: Db, id: string) => sql<[string]>(db, 'DELETE FROM apl_evidence WHERE id = ?').run(id);

export const setEvidenceAttachment = (db: Db, id: string, sha256: string | null) =>
  sql<[string | null, string]>(db, 'UPDATE apl_evidence SET attachment_sha256 = ? WHERE id = ?').run(sha256, id);

export type AttachmentRow = { id: string; name: string; media_type: string; sha256: string; size: number };

export const evidenceAttachment = (db: Db, evidenceId: string) =>
  sql<[string], AttachmentRow>(db, "SELECT id, name, media_type, sha256, size FROM attachment WHERE owner_table = 'apl_evidence' AND owner_id = ?").get(evidenceId);

export function insertEvidenceAttachment(db: Db, evidenceId: string, row: AttachmentRow): void {
  sql<[AttachmentRow & { owner_id: string }]>(
    db,
    `INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size)
     VALUES (@id, 'apl_evidence', @owner_id, @name, @media_type, @sha256, @size)`,
  ).run({ ...row, owner_id: evidenceId });
}

export const deleteEvidenceAttachment = (db: Db, evidenceId: string) =>
  sql<[string]>(db, "DELETE FROM attachment WHERE owner_table = 'apl_evidence' AND owner_id = ?").run(evidenceId);

export const selfAssessmentOf = (db: Db, applicationId: string) =>
  sql<[string], SelfAssessmentRow>(db, 'SELECT * FROM apl_self_assessment WHERE application_id = ?').get(applicationId);

export function upsertSelfAssessment(db: Db, row: SelfAssessmentRow): void {
  sql<[SelfAssessmentRow]>(
    db,
    `INSERT INTO apl_self_assessment (application_id, entered_by, saved_at, saved_by, recommendation, review_note, reviewed_at, reviewed_by, reviewer_assessor_id)
     VALUES (@application_id, @entered_by, @saved_at, @saved_by, @recommendation, @review_note, @reviewed_at, @reviewed_by, @reviewer_assessor_id)
     ON CONFLICT (application_id) DO UPDATE SET entered_by = excluded.entered_by, saved_at = excluded.saved_at, saved_by = excluded.saved_by,
       recommendation = excluded.recommendation, review_note = excluded.review_note, reviewed_at = excluded.reviewed_at,
       reviewed_by = excluded.reviewed_by, reviewer_assessor_id = excluded.reviewer_assessor_id`,
  ).run(row);
}

export const selfAnswersOf = (db: Db, applicationId: string) =>
  sql<[string], SelfAnswerRow>(db, 'SELECT element_id, answer, evidence FROM apl_self_answer WHERE application_id = ?').all(applicationId);

export const deleteSelfAnswers = (db: Db, applicationId: string) => sql<[string]>(db, 'DELETE FROM apl_self_answer WHERE application_id = ?').run(applicationId);

export function insertSelfAnswer(db: Db, applicationId: string, row: SelfAnswerRow): void {
  sql<[SelfAnswerRow & { application_id: string }]>(
    db,
    'INSERT INTO apl_self_answer (application_id, element_id, answer, evidence) VALUES (@application_id, @element_id, @answer, @evidence)',
  ).run({ ...row, application_id: applicationId });
}

/** The elements of a scheme version with their unit, in order: the rows of FR.APL.02. */
export type SchemeElementRow = {
  unit_id: string;
  unit_code: string;
  unit_title_id: string;
  unit_title_en: string | null;
  element_id: string;
  element_ordinal: number;
  element_title_id: string;
  element_title_en: string | null;
};

export const schemeElements = (db: Db, schemeId: string) =>
  sql<[string], SchemeElementRow>(
    db,
    `SELECT u.id AS unit_id, u.code AS unit_code, u.title_id AS unit_title_id, u.title_en AS unit_title_en,
       e.id AS element_id, e.ordinal AS element_ordinal, e.title_id AS element_title_id, e.title_en AS element_title_en
     FROM unit u JOIN element e ON e.unit_id = u.id WHERE u.scheme_id = ? ORDER BY u.ordinal, e.ordinal`,
  ).all(schemeId);

export const schemeElementCount = (db: Db, schemeId: string): number =>
  sql<[string], { n: number }>(db, 'SELECT count(*) AS n FROM element e JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = ?').get(schemeId)!.n;

export const accountName = (db: Db, accountId: string) =>
  sql<[string], { display_name: string }>(db, 'SELECT display_name FROM account WHERE id = ?').get(accountId)?.display_name ?? '';

/**
 * The gate's inputs for candidates of one scheme version in one pass: the APL.01 result, the APL.02
 * recommendation, and how many of the version's elements are answered K or BK.
 */
export type GateRow = {
  candidate_id: string;
  has_application: number;
  verified_result: 'accepted' | 'rejected' | null;
  has_self: number;
  answered: number;
  recommendation: 'proceed' | 'not_proceed' | null;
  purpose: ApplicationRow['purpose'];
  round_no: number;
};

const GATE_SELECT = `SELECT a.candidate_id, 1 AS has_application, a.verified_result, a.purpose, a.round_no,
    s.application_id IS NOT NULL AS has_self, s.recommendation,
    (SELECT count(*) FROM apl_self_answer x WHERE x.application_id = a.id AND x.answer IS NOT NULL) AS answered
  FROM apl_application a LEFT JOIN apl_self_assessment s ON s.application_id = a.id`;

/** Only each candidate's current application (their newest round): what the gate, the list and the queues judge. */
export const CURRENT_ROUND = 'a.round_no = (SELECT max(z.round_no) FROM apl_application z WHERE z.candidate_id = a.candidate_id AND z.scheme_id = a.scheme_id)';

export const gateRow = (db: Db, candidateId: string, schemeId: string) =>
  sql<[string, string], GateRow>(db, `${GATE_SELECT} WHERE a.candidate_id = ? AND a.scheme_id = ? AND ${CURRENT_ROUND}`).get(candidateId, schemeId);

/** The gate of one application, current or not. */
export const gateRowOf = (db: Db, applicationId: string) => sql<[string], GateRow>(db, `${GATE_SELECT} WHERE a.id = ?`).get(applicationId);

/** Gate rows of many candidates (a JSON array of ids) for one scheme version. */
export const gateRows = (db: Db, schemeId: string, candidateIdsJson: string) =>
  sql<[string, string], GateRow>(db, `${GATE_SELECT} WHERE a.scheme_id = ? AND a.candidate_id IN (SELECT value FROM json_each(?)) AND ${CURRENT_ROUND}`).all(
    schemeId,
    candidateIdsJson,
  );

/** The gate rows of a session's seats, of the application each seat was planned on (a finished session's record). */
export const seatGateRows = (db: Db, sessionId: string) =>
  sql<[string], GateRow>(
    db,
    `${GATE_SELECT} JOIN session_candidate sc ON sc.apl_application_id = a.id AND sc.candidate_id = a.candidate_id WHERE sc.session_id = ?`,
  ).all(sessionId);

export type AplListRow = GateRow & {
  name: string;
  nik: string;
  participant_no: string;
  certified_until: string | null;
  booked_code: string | null;
  booked_date: string | null;
  booked_start: string | null;
  /** The booked session's TUK's zone, the clock its date and start are on; null for a TUK without one (WIB). */
  booked_zone: TukZone | null;
};

/** apl/list's states as SQL over GATE_SELECT's columns and the element count (@elements). */
const STATE_SQL: Record<string, string> = {
  schedulable: "verified_result = 'accepted' AND answered >= @elements AND recommendation = 'proceed'",
  awaiting_verification: 'verified_result IS NULL',
  awaiting_review: "verified_result = 'accepted' AND (recommendation IS NULL OR answered < @elements)",
  refused: "(verified_result = 'rejected' OR recommendation = 'not_proceed')",
};

/**
 * How many of the LSP's active candidates the APL gate keeps out of the planner's picker for this scheme version:
 * those the picker offers with the gate off (candidates/list's active ones) whose current application is not
 * schedulable, or who have none. Inactive candidates are offered by neither, so never counted. Counted up to
 * `cap` + 1: a first page never counts all 200,000, and the candidates the gate lets in are not read at all.
 */
export const aplGateHiddenCount = (db: Db, p: { lspId: string; schemeId: string; elements: number; cap: number }): number =>
  sql<[typeof p], { n: number }>(
    db,
    `SELECT count(*) AS n FROM (
       SELECT 1 FROM candidate c WHERE c.lsp_id = @lspId AND c.active = 1
         AND NOT EXISTS (SELECT 1 FROM (${GATE_SELECT} WHERE a.candidate_id = c.id AND a.scheme_id = @schemeId AND ${CURRENT_ROUND}) WHERE ${STATE_SQL.schedulable})
       LIMIT @cap + 1)`,
  ).get(p)!.n;

/** FR.APL.01 applications awaiting verification per scheme version (apl/list lists one at a time), those with none left out, most first. */
export const aplAwaitingVerificationBySchemes = (db: Db, lspId: string) =>
  sql<[string], { schemeId: string; count: number }>(
    db,
    `SELECT scheme_id AS schemeId, count(*) AS count FROM apl_application a WHERE lsp_id = ? AND ${CURRENT_ROUND} AND ${STATE_SQL.awaiting_verification}
     GROUP BY scheme_id ORDER BY count DESC, scheme_id`,
  ).all(lspId);

export function aplPage(
  db: Db,
  f: { lspId: string; schemeId: string; state: string | null; prefix: string | null; elements: number; nowMin: number; exceptSessionId: string; activeOnly: boolean },
  after: { key: string; id: string } | null,
  fetch: number,
): AplListRow[] {
  const params: Record<string, string | number> = { lspId: f.lspId, schemeId: f.schemeId, elements: f.elements, fetch, nowMin: f.nowMin, except: f.exceptSessionId };
  const where = ['1 = 1'];
  if (f.state) where.push(STATE_SQL[f.state]);
  if (f.activeOnly) where.push('candidate_active = 1');
  if (f.prefix) {
    // By the start of the name, the NIK or the participant number, as the list's search hint says (the NIK
    // without the spaces it may be typed with): the name alone found no one by the number on their card.
    where.push('((name >= @lo COLLATE NOCASE AND name < @hi COLLATE NOCASE) OR (nik >= @nikLo AND nik < @nikHi) OR (participant_no >= @lo AND participant_no < @hi))');
    const digits = f.prefix.replace(/\s+/g, '');
    Object.assign(params, { lo: f.prefix, hi: f.prefix + '\uffff', nikLo: digits, nikHi: digits + '\uffff' });
  }
  if (after) {
    where.push('name >= @afterKey COLLATE NOCASE AND (name > @afterKey COLLATE NOCASE OR candidate_id > @afterId)');
    Object.assign(params, { afterKey: after.key, afterId: after.id });
  }
  return sql<[Record<string, string | number>], AplListRow>(
    db,
    `SELECT * FROM (
       SELECT g.*, c.name, c.nik, c.participant_no, c.active AS candidate_active,
         (SELECT max(ct.valid_until) FROM certificate ct JOIN scheme sc ON sc.id = ct.scheme_id
          WHERE ct.candidate_id = c.id AND ct.revoked_at IS NULL AND sc.code = (SELECT code FROM scheme WHERE id = @schemeId)) AS certified_until,
         b.code AS booked_code, b.date AS booked_date, b.start_time AS booked_start,
         (SELECT bt.time_zone FROM tuk bt WHERE bt.id = b.tuk_id) AS booked_zone
       FROM (${GATE_SELECT} WHERE a.lsp_id = @lspId AND a.scheme_id = @schemeId AND ${CURRENT_ROUND}) g
       JOIN candidate c ON c.id = g.candidate_id
       -- The rules' candidateSameScheme, as one row: the first such session not over yet and not cancelled
       -- (a cancelled one holds nobody, and can no longer be changed to let them go).
       LEFT JOIN session b ON b.id = (
         SELECT s.id FROM session_candidate x JOIN session s ON s.id = x.session_id JOIN scheme ss ON ss.id = s.scheme_id
         WHERE x.candidate_id = c.id AND ss.code = (SELECT code FROM scheme WHERE id = @schemeId) AND s.id <> @except AND s.cancelled_at IS NULL
           AND s.ends_min > ${nowOnTukClock('@nowMin')} AND ${NOT_CLOSED}
         ORDER BY s.starts_min, s.code LIMIT 1)
     ) WHERE ${where.join(' AND ')} ORDER BY name COLLATE NOCASE, candidate_id LIMIT @fetch`,
  ).all(params);
}

/** An assessor account's record: its LSP and name, for the reviewer of FR.APL.02. */
export const assessorRecord = (db: Db, assessorId: string) =>
  sql<[string], { id: string; lsp_id: string; name: string; met_number: string }>(db, 'SELECT id, lsp_id, name, met_number FROM assessor WHERE id = ?').get(assessorId);

export const mayAssess = (db: Db, assessorId: string, schemeCode: string): boolean =>
  sql<[string, string], { n: number }>(db, 'SELECT EXISTS (SELECT 1 FROM assessor_scheme WHERE assessor_id = ? AND scheme_code = ?) AS n').get(assessorId, schemeCode)!
    .n === 1;
