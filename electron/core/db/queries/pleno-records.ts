import type { Db } from '../open';
import { sql } from '../statements';

/** The rapat pleno's rows (migration 015). A pleno is "in force" unless a signed pleno corrects it. */

export type PlenoRow = {
  id: string;
  lspId: string;
  heldOn: string;
  place: string | null;
  status: 'draft' | 'decided' | 'signed';
  skNumber: string | null;
  skDate: string | null;
  correctsId: string | null;
  correctionReason: string | null;
  createdAt: string;
  createdByName: string;
  decidedAt: string | null;
  decidedByName: string | null;
  signedAt: string | null;
  signedByName: string | null;
  supersededBy: string | null;
};

export const IN_FORCE = "NOT EXISTS (SELECT 1 FROM pleno c WHERE c.corrects_id = p.id AND c.status = 'signed')";

const PLENO_COLUMNS = `p.id, p.lsp_id AS lspId, p.held_on AS heldOn, p.place, p.status, p.sk_number AS skNumber, p.sk_date AS skDate,
  p.corrects_id AS correctsId, p.correction_reason AS correctionReason, p.created_at AS createdAt, ca.display_name AS createdByName,
  p.decided_at AS decidedAt, da.display_name AS decidedByName, p.signed_at AS signedAt, sa.display_name AS signedByName,
  (SELECT c.id FROM pleno c WHERE c.corrects_id = p.id AND c.status = 'signed') AS supersededBy`;
const PLENO_FROM = `pleno p JOIN account ca ON ca.id = p.created_by LEFT JOIN account da ON da.id = p.decided_by
  LEFT JOIN account sa ON sa.id = p.signed_by`;

export function findPleno(db: Db, lspId: string, plenoId: string): PlenoRow | undefined {
  return sql<[string, string], PlenoRow>(db, `SELECT ${PLENO_COLUMNS} FROM ${PLENO_FROM} WHERE p.lsp_id = ? AND p.id = ?`).get(lspId, plenoId);
}

export function listPlenos(db: Db, lspId: string, f: { sessionId: string | null; status: string | null }): PlenoRow[] {
  return sql<[{ lspId: string; sessionId: string | null; status: string | null }], PlenoRow>(
    db,
    `SELECT ${PLENO_COLUMNS} FROM ${PLENO_FROM} WHERE p.lsp_id = @lspId
       AND (@status IS NULL OR p.status = @status)
       AND (@sessionId IS NULL OR EXISTS (SELECT 1 FROM pleno_session ps WHERE ps.pleno_id = p.id AND ps.session_id = @sessionId))
     ORDER BY p.held_on DESC, p.created_at DESC, p.id`,
  ).all({ lspId, ...f });
}

export function insertPleno(db: Db, r: { id: string; lspId: string; heldOn: string; place: string | null; correctsId: string | null; correctionReason: string | null; at: string; by: string }): void {
  sql<[typeof r]>(
    db,
    `INSERT INTO pleno (id, lsp_id, held_on, place, corrects_id, correction_reason, created_at, created_by)
     VALUES (@id, @lspId, @heldOn, @place, @correctsId, @correctionReason, @at, @by)`,
  ).run(r);
}

export function updatePlenoHeader(db: Db, id: string, heldOn: string, place: string | null): void {
  sql<[string, string | null, string]>(db, 'UPDATE pleno SET held_on = ?, place = ? WHERE id = ?').run(heldOn, place, id);
}

export function markDecided(db: Db, id: string, at: string, by: string): void {
  sql<[string, string, string]>(db, "UPDATE pleno SET status = 'decided', decided_at = ?, decided_by = ? WHERE id = ?").run(at, by, id);
}

/** A decided pleno whose details changed: a draft again, decided anew before it is signed. */
export function markUndecided(db: Db, id: string): void {
  sql<[string]>(db, "UPDATE pleno SET status = 'draft', decided_at = NULL, decided_by = NULL WHERE id = ? AND status = 'decided'").run(id);
}

export function markSigned(db: Db, r: { id: string; skNumber: string; skDate: string; at: string; by: string }): void {
  sql<[typeof r]>(
    db,
    "UPDATE pleno SET status = 'signed', sk_number = @skNumber, sk_date = @skDate, signed_at = @at, signed_by = @by WHERE id = @id AND status = 'decided'",
  ).run(r);
}

export function skTaken(db: Db, lspId: string, skNumber: string, plenoId: string): boolean {
  return sql<[string, string, string], { n: number }>(db, 'SELECT 1 AS n FROM pleno WHERE lsp_id = ? AND sk_number = ? AND id <> ?').get(lspId, skNumber, plenoId) !== undefined;
}

export function setSessions(db: Db, plenoId: string, sessionIds: readonly string[]): void {
  sql<[string]>(db, 'DELETE FROM pleno_decision WHERE pleno_id = ?').run(plenoId);
  sql<[string]>(db, 'DELETE FROM pleno_session WHERE pleno_id = ?').run(plenoId);
  const insert = sql<[string, string]>(db, 'INSERT INTO pleno_session (pleno_id, session_id) VALUES (?, ?)');
  for (const s of sessionIds) insert.run(plenoId, s);
}

export type MemberRow = { position: number; role: 'chair' | 'member' | 'secretary'; name: string; accountId: string | null; assessorId: string | null };

export function setMembers(db: Db, plenoId: string, members: readonly MemberRow[]): void {
  sql<[string]>(db, 'DELETE FROM pleno_member WHERE pleno_id = ?').run(plenoId);
  const insert = sql<[MemberRow & { plenoId: string }]>(
    db,
    'INSERT INTO pleno_member (pleno_id, position, role, name, account_id, assessor_id) VALUES (@plenoId, @position, @role, @name, @accountId, @assessorId)',
  );
  for (const m of members) insert.run({ ...m, plenoId });
}

export function plenoMembers(db: Db, plenoId: string): (MemberRow & { accountUsername: string | null; assessorMet: string | null; accountAssessorId: string | null })[] {
  return sql<[string], MemberRow & { accountUsername: string | null; assessorMet: string | null; accountAssessorId: string | null }>(
    db,
    `SELECT m.position, m.role, m.name, m.account_id AS accountId, m.assessor_id AS assessorId, ac.username AS accountUsername,
       s.met_number AS assessorMet, ac.assessor_id AS accountAssessorId
     FROM pleno_member m LEFT JOIN account ac ON ac.id = m.account_id LEFT JOIN assessor s ON s.id = m.assessor_id
     WHERE m.pleno_id = ? ORDER BY m.position`,
  ).all(plenoId);
}

export function plenoSessionIds(db: Db, plenoId: string): string[] {
  return sql<[string], { sessionId: string }>(db, 'SELECT session_id AS sessionId FROM pleno_session WHERE pleno_id = ? ORDER BY session_id')
    .all(plenoId)
    .map((r) => r.sessionId);
}

export type PlenoSessionRow = {
  sessionId: string;
  code: string;
  titleId: string;
  titleEn: string | null;
  date: string;
  startTime: string;
  schemeId: string;
  schemeCode: string;
  schemeTitleId: string;
  schemeTitleEn: string | null;
  schemeKind: string;
  skkni: string;
  tukId: string;
  tukCode: string;
  tukName: string;
  tukType: string;
  tukAddress: string | null;
  candidates: number;
};

export function plenoSessions(db: Db, plenoId: string): PlenoSessionRow[] {
  return sql<[string], PlenoSessionRow>(
    db,
    `SELECT s.id AS sessionId, s.code, s.title_id AS titleId, s.title_en AS titleEn, s.date, s.start_time AS startTime,
       sc.id AS schemeId, sc.code AS schemeCode, sc.title_id AS schemeTitleId, sc.title_en AS schemeTitleEn, sc.kind AS schemeKind, sc.skkni,
       t.id AS tukId, t.code AS tukCode, t.name AS tukName, t.type AS tukType, t.address AS tukAddress,
       (SELECT count(*) FROM session_candidate x WHERE x.session_id = s.id) AS candidates
     FROM pleno_session ps JOIN session s ON s.id = ps.session_id JOIN scheme sc ON sc.id = s.scheme_id JOIN tuk t ON t.id = s.tuk_id
     WHERE ps.pleno_id = ? ORDER BY s.date, s.start_time, s.code`,
  ).all(plenoId);
}

export type DecisionRow = { sessionId: string; candidateId: string; recommendation: 'K' | 'BK' | null; decision: 'K' | 'BK'; reason: string | null };

export function setDecisions(db: Db, plenoId: string, rows: readonly DecisionRow[]): void {
  sql<[string]>(db, 'DELETE FROM pleno_decision WHERE pleno_id = ?').run(plenoId);
  const insert = sql<[DecisionRow & { plenoId: string }]>(
    db,
    `INSERT INTO pleno_decision (pleno_id, session_id, candidate_id, recommendation, decision, reason)
     VALUES (@plenoId, @sessionId, @candidateId, @recommendation, @decision, @reason)`,
  );
  for (const r of rows) insert.run({ ...r, plenoId });
}

export type DecisionDetailRow = DecisionRow & {
  sessionCode: string;
  participantNo: string;
  name: string;
  nik: string;
  institution: string | null;
  schemeCode: string;
  schemeTitleId: string;
  schemeTitleEn: string | null;
  /** The seat's certificate not revoked (one at most a seat), if any. */
  certificateId: string | null;
  certificateNumber: string | null;
  /** The record now (recordNowColumns). */
  nowRecommendation: 'K' | 'BK' | null;
  nowSigned: number;
};

/**
 * A decided seat's FR.AK.02 as it stands now, beside a `pleno_decision d`: its recommendation, and whether a live
 * signature holds it. A results bundle may bring an assessor's later change (unlocked, changed, signed again at the
 * TUK) after the pleno was signed; what the pleno decided on is its own `recommendation`. The signature is the seat's
 * assessor's, found by the whole of its index (the `|| ''` keeps TEXT affinity off the comparison, which would stop
 * SQLite using the index's expression and read every signature of the session's assessor for each seat).
 */
export const recordNowColumns = (recommendation: string, signed: string) =>
  `(SELECT r.recommendation FROM assessment_record r WHERE r.session_id = d.session_id AND r.candidate_id = d.candidate_id) AS ${recommendation},
   EXISTS (SELECT 1 FROM session_candidate x JOIN assessment_signature g ON g.form = 'AK.02' AND g.session_id = x.session_id AND g.assessor_id = x.assessor_id
       AND coalesce(g.candidate_id, '') = (x.candidate_id || '') AND g.revoked_at IS NULL
     WHERE x.session_id = d.session_id AND x.candidate_id = d.candidate_id) AS ${signed}`;

/** Whether a seat's record moved from what the pleno decided on: another recommendation, or no signature in force. */
export const recordChangedSince = (decidedOn: 'K' | 'BK' | null, now: { recommendation: 'K' | 'BK' | null; signed: number }): boolean =>
  now.signed !== 1 || now.recommendation !== decidedOn;

export function plenoDecisions(db: Db, plenoId: string): DecisionDetailRow[] {
  return sql<[string], DecisionDetailRow>(
    db,
    `SELECT d.session_id AS sessionId, d.candidate_id AS candidateId, d.recommendation, d.decision, d.reason, s.code AS sessionCode,
       c.participant_no AS participantNo, c.name, c.nik, c.institution, sc.code AS schemeCode, sc.title_id AS schemeTitleId, sc.title_en AS schemeTitleEn,
       ce.id AS certificateId, ce.number AS certificateNumber, ${recordNowColumns('nowRecommendation', 'nowSigned')}
     FROM pleno_decision d LEFT JOIN certificate ce ON ce.session_id = d.session_id AND ce.candidate_id = d.candidate_id AND ce.revoked_at IS NULL JOIN session s ON s.id = d.session_id JOIN scheme sc ON sc.id = s.scheme_id JOIN candidate c ON c.id = d.candidate_id
     WHERE d.pleno_id = ? ORDER BY s.date, s.code, c.participant_no`,
  ).all(plenoId);
}

/** Decisions of a session held by plenos in force, with their pleno (to refuse a second and to show it in the review). */
export function decisionsInForce(db: Db, sessionId: string): { plenoId: string; status: 'draft' | 'decided' | 'signed'; candidateId: string; decision: 'K' | 'BK'; skNumber: string | null; heldOn: string }[] {
  return sql<[string], { plenoId: string; status: 'draft' | 'decided' | 'signed'; candidateId: string; decision: 'K' | 'BK'; skNumber: string | null; heldOn: string }>(
    db,
    `SELECT p.id AS plenoId, p.status, d.candidate_id AS candidateId, d.decision, p.sk_number AS skNumber, p.held_on AS heldOn
     FROM pleno_decision d JOIN pleno p ON p.id = d.pleno_id WHERE d.session_id = ? AND ${IN_FORCE}
     ORDER BY (p.status = 'signed') DESC, p.created_at DESC`,
  ).all(sessionId);
}

/**
 * The SK number of a signed pleno that decided this candidate in this session (superseded or not: a
 * signed decision stays on paper either way), or undefined when none did.
 */
export function signedDecisionSk(db: Db, sessionId: string, candidateId: string): string | undefined {
  return sql<[string, string], { skNumber: string }>(
    db,
    `SELECT coalesce(p.sk_number, '') AS skNumber FROM pleno_decision d JOIN pleno p ON p.id = d.pleno_id
     WHERE d.session_id = ? AND d.candidate_id = ? AND p.status = 'signed' ORDER BY p.signed_at LIMIT 1`,
  ).get(sessionId, candidateId)?.skNumber;
}

/** A correction of this pleno not yet signed (only one at a time). */
export function openCorrection(db: Db, plenoId: string): string | undefined {
  return sql<[string], { id: string }>(db, "SELECT id FROM pleno WHERE corrects_id = ? AND status <> 'signed'").get(plenoId)?.id;
}

/** An account or an assessor a member names must be of this LSP (a staff account: its LSP, or none at an LSP installation). */
export function accountOf(db: Db, accountId: string): { id: string; role: string; lspId: string | null; assessorId: string | null; disabled: number } | undefined {
  return sql<[string], { id: string; role: string; lspId: string | null; assessorId: string | null; disabled: number }>(
    db,
    'SELECT id, role, lsp_id AS lspId, assessor_id AS assessorId, disabled FROM account WHERE id = ?',
  ).get(accountId);
}

export function assessorLsp(db: Db, assessorId: string): string | undefined {
  return sql<[string], { lspId: string }>(db, 'SELECT lsp_id AS lspId FROM assessor WHERE id = ?').get(assessorId)?.lspId;
}
