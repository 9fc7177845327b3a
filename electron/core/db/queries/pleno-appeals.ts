import type { Db } from '../open';
import { sql } from '../statements';
import { IN_FORCE } from './pleno-records';

/**
 * Appeals (FR.AK.04) at the LSP. An appeal the TUK recorded arrives as an `assessment_appeal` row in the
 * results; until the LSP acts on it, it is listed from that row (an open case) with no `appeal_case` row,
 * so nothing in the bundle import has to know about appeals. Closing it writes its `appeal_case` row.
 */

/** A TUK appeal not yet on record at the LSP: no case lodged at the TUK for the same seat. */
const TUK_UNRECORDED = `NOT EXISTS (SELECT 1 FROM appeal_case c WHERE c.session_id = ap.session_id AND c.candidate_id = ap.candidate_id AND c.lodged_at = 'tuk')`;
// An accepted appeal voids the appealed session's decision for good: the re-assessment's own pleno decides.
const HOLDING_CASE = "c.status IN ('open', 'accepted')";

export type CaseRow = {
  caseId: string;
  recorded: 0 | 1;
  sessionId: string;
  sessionCode: string;
  candidateId: string;
  participantNo: string;
  name: string;
  lodgedAt: 'tuk' | 'lsp';
  lodgedOn: string;
  reasons: string;
  unitIds: string;
  status: 'open' | 'accepted' | 'rejected';
  outcomeReason: string | null;
  reassessmentSessionId: string | null;
  reassessmentCode: string | null;
  reassessmentDate: string | null;
  reassessmentCancelled: number | null;
  createdAt: string | null;
  closedAt: string | null;
  closedByName: string | null;
};

export type CaseFilter = { lspId: string; status: string | null; sessionId: string | null; candidateId: string | null };

export function listCases(db: Db, f: CaseFilter): CaseRow[] {
  return sql<[CaseFilter], CaseRow>(
    db,
    `SELECT * FROM (
       SELECT c.id AS caseId, 1 AS recorded, c.session_id AS sessionId, s.code AS sessionCode, c.candidate_id AS candidateId,
         k.participant_no AS participantNo, k.name, c.lodged_at AS lodgedAt, c.lodged_on AS lodgedOn, c.reasons, c.unit_ids AS unitIds,
         c.status, c.outcome_reason AS outcomeReason, c.reassessment_session_id AS reassessmentSessionId, r.code AS reassessmentCode,
         r.date AS reassessmentDate, r.cancelled_at IS NOT NULL AS reassessmentCancelled, c.created_at AS createdAt, c.closed_at AS closedAt, a.display_name AS closedByName, s.lsp_id AS lspId
       FROM appeal_case c JOIN session s ON s.id = c.session_id JOIN candidate k ON k.id = c.candidate_id
         LEFT JOIN session r ON r.id = c.reassessment_session_id LEFT JOIN account a ON a.id = c.closed_by
       UNION ALL
       SELECT 'tuk:' || ap.session_id || ':' || ap.candidate_id, 0, ap.session_id, s.code, ap.candidate_id, k.participant_no, k.name,
         'tuk', substr(ap.saved_at, 1, 10), ap.reasons, '[]', 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, s.lsp_id
       FROM assessment_appeal ap JOIN session s ON s.id = ap.session_id JOIN candidate k ON k.id = ap.candidate_id
       WHERE ${TUK_UNRECORDED}
     ) WHERE lspId = @lspId AND (@status IS NULL OR status = @status) AND (@sessionId IS NULL OR sessionId = @sessionId)
       AND (@candidateId IS NULL OR candidateId = @candidateId)
     ORDER BY lodgedOn DESC, createdAt DESC, sessionCode, participantNo`,
  ).all(f);
}

export function findCase(db: Db, caseId: string): { id: string; sessionId: string; candidateId: string; status: 'open' | 'accepted' | 'rejected'; lspId: string } | undefined {
  return sql<[string], { id: string; sessionId: string; candidateId: string; status: 'open' | 'accepted' | 'rejected'; lspId: string }>(
    db,
    'SELECT c.id, c.session_id AS sessionId, c.candidate_id AS candidateId, c.status, s.lsp_id AS lspId FROM appeal_case c JOIN session s ON s.id = c.session_id WHERE c.id = ?',
  ).get(caseId);
}

export function tukAppeal(db: Db, sessionId: string, candidateId: string): { reasons: string; savedAt: string; recorded: 0 | 1 } | undefined {
  return sql<[string, string], { reasons: string; savedAt: string; recorded: 0 | 1 }>(
    db,
    `SELECT ap.reasons, ap.saved_at AS savedAt, NOT ${TUK_UNRECORDED} AS recorded FROM assessment_appeal ap WHERE ap.session_id = ? AND ap.candidate_id = ?`,
  ).get(sessionId, candidateId);
}

export type NewCase = {
  id: string;
  sessionId: string;
  candidateId: string;
  lodgedAt: 'tuk' | 'lsp';
  lodgedOn: string;
  reasons: string;
  unitIds: string;
  at: string;
  by: string;
};

export function insertCase(db: Db, c: NewCase): void {
  sql<[NewCase]>(
    db,
    `INSERT INTO appeal_case (id, session_id, candidate_id, lodged_at, lodged_on, reasons, unit_ids, created_at, created_by)
     VALUES (@id, @sessionId, @candidateId, @lodgedAt, @lodgedOn, @reasons, @unitIds, @at, @by)`,
  ).run(c);
}

export function closeCase(db: Db, c: { id: string; status: 'accepted' | 'rejected'; reason: string | null; reassessmentSessionId: string | null; at: string; by: string }): void {
  sql<[typeof c]>(
    db,
    `UPDATE appeal_case SET status = @status, outcome_reason = @reason, reassessment_session_id = @reassessmentSessionId,
       closed_at = @at, closed_by = @by WHERE id = @id AND status = 'open'`,
  ).run(c);
}

/** The seats of a session held out of certificate issue by an appeal (see isHeldByAppeal). */
export function heldInSession(db: Db, sessionId: string): string[] {
  return sql<[string, string], { candidateId: string }>(
    db,
    `SELECT c.candidate_id AS candidateId FROM appeal_case c WHERE c.session_id = ? AND ${HOLDING_CASE}
     UNION SELECT ap.candidate_id FROM assessment_appeal ap WHERE ap.session_id = ? AND ${TUK_UNRECORDED}`,
  )
    .all(sessionId, sessionId)
    .map((r) => r.candidateId);
}

export function isHeld(db: Db, sessionId: string, candidateId: string): boolean {
  return (
    sql<[{ sessionId: string; candidateId: string }], { n: number }>(
      db,
      `SELECT 1 AS n WHERE EXISTS (SELECT 1 FROM appeal_case c WHERE c.session_id = @sessionId AND c.candidate_id = @candidateId AND ${HOLDING_CASE})
         OR EXISTS (SELECT 1 FROM assessment_appeal ap WHERE ap.session_id = @sessionId AND ap.candidate_id = @candidateId AND ${TUK_UNRECORDED})`,
    ).get({ sessionId, candidateId }) !== undefined
  );
}

/**
 * The seat's decision as the LSP has it now: the pleno's in force (a signed pleno's first, else the newest),
 * or else the assessor's recommendation; null when there is neither.
 */
export function seatDecision(db: Db, sessionId: string, candidateId: string): 'K' | 'BK' | null {
  return (
    sql<[{ sessionId: string; candidateId: string }], { decision: 'K' | 'BK' | null }>(
      db,
      `SELECT coalesce(
         (SELECT d.decision FROM pleno_decision d JOIN pleno p ON p.id = d.pleno_id
          WHERE d.session_id = @sessionId AND d.candidate_id = @candidateId AND ${IN_FORCE}
          ORDER BY (p.status = 'signed') DESC, p.created_at DESC LIMIT 1),
         (SELECT r.recommendation FROM assessment_record r WHERE r.session_id = @sessionId AND r.candidate_id = @candidateId)
       ) AS decision`,
    ).get({ sessionId, candidateId })?.decision ?? null
  );
}

export function sessionCases(db: Db, sessionId: string): { caseId: string; candidateId: string; status: 'open' | 'accepted' | 'rejected'; lodgedAt: 'tuk' | 'lsp'; lodgedOn: string }[] {
  return sql<[string], { caseId: string; candidateId: string; status: 'open' | 'accepted' | 'rejected'; lodgedAt: 'tuk' | 'lsp'; lodgedOn: string }>(
    db,
    'SELECT id AS caseId, candidate_id AS candidateId, status, lodged_at AS lodgedAt, lodged_on AS lodgedOn FROM appeal_case WHERE session_id = ? ORDER BY created_at',
  ).all(sessionId);
}

/** The open appeal against this seat, if any: a case at the LSP, or a TUK FR.AK.04 not yet acted on. */
export function openAppeal(db: Db, sessionId: string, candidateId: string): { lodgedOn: string } | undefined {
  return sql<[{ sessionId: string; candidateId: string }], { lodgedOn: string }>(
    db,
    `SELECT c.lodged_on AS lodgedOn FROM appeal_case c WHERE c.session_id = @sessionId AND c.candidate_id = @candidateId AND c.status = 'open'
     UNION ALL SELECT substr(ap.saved_at, 1, 10) FROM assessment_appeal ap WHERE ap.session_id = @sessionId AND ap.candidate_id = @candidateId AND ${TUK_UNRECORDED}
     LIMIT 1`,
  ).get({ sessionId, candidateId });
}

export function seatExists(db: Db, sessionId: string, candidateId: string): boolean {
  return sql<[string, string], { n: number }>(db, 'SELECT 1 AS n FROM session_candidate WHERE session_id = ? AND candidate_id = ?').get(sessionId, candidateId) !== undefined;
}

/**
 * The re-assessment session of an accepted appeal against this seat, or undefined when none was accepted
 * (code and date null for a case accepted before a re-assessment session was required).
 */
export function acceptedAppeal(db: Db, sessionId: string, candidateId: string): { code: string | null; date: string | null } | undefined {
  return sql<[string, string], { code: string | null; date: string | null }>(
    db,
    `SELECT r.code, r.date FROM appeal_case c LEFT JOIN session r ON r.id = c.reassessment_session_id
     WHERE c.session_id = ? AND c.candidate_id = ? AND c.status = 'accepted' ORDER BY c.closed_at DESC LIMIT 1`,
  ).get(sessionId, candidateId);
}

/** The certificate in force (not revoked) issued from this seat's decision, if any. */
export function certificateInForce(db: Db, sessionId: string, candidateId: string): { certificateId: string; number: string } | undefined {
  return sql<[string, string], { certificateId: string; number: string }>(
    db,
    'SELECT id AS certificateId, number FROM certificate WHERE session_id = ? AND candidate_id = ? AND revoked_at IS NULL',
  ).get(sessionId, candidateId);
}
