import type { TukZone } from '../../../shared/time-zones';
import type { SubmitReason } from '../../../shared/cbt';
import type { Db } from '../open';
import { sql } from '../statements';
import { lateAnswersSql } from './attempts';
import { heldRefusedSql } from './held-refusals';

/**
 * The results review reads a whole session at once (issue 17: 400 candidates within 300 ms): one query
 * per kind of record for every seat, never one workspace per candidate.
 */

export type ResultsSessionRow = {
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
  tukId: string;
  tukCode: string;
  tukName: string;
  tukType: string;
  tukZone: TukZone | null;
  lspName: string;
  resultsImportedAt: string | null;
};

const SESSION_COLUMNS = `s.id AS sessionId, s.code, s.title_id AS titleId, s.title_en AS titleEn, s.date, s.start_time AS startTime,
  sc.id AS schemeId, sc.code AS schemeCode, sc.title_id AS schemeTitleId, sc.title_en AS schemeTitleEn,
  t.id AS tukId, t.code AS tukCode, t.name AS tukName, t.type AS tukType, t.time_zone AS tukZone, l.name AS lspName,
  (SELECT max(b.imported_at) FROM bundle_import b WHERE b.kind = 'results' AND b.session_id = s.id) AS resultsImportedAt`;
const SESSION_FROM = 'session s JOIN scheme sc ON sc.id = s.scheme_id JOIN tuk t ON t.id = s.tuk_id JOIN lsp l ON l.id = s.lsp_id';
/** Results are at the LSP once a results bundle came in, or an assessor's record or a test exists here. */
const HAS_RESULTS = `(EXISTS (SELECT 1 FROM bundle_import b WHERE b.kind = 'results' AND b.session_id = s.id)
  OR EXISTS (SELECT 1 FROM assessment_record r WHERE r.session_id = s.id)
  OR EXISTS (SELECT 1 FROM attempt a WHERE a.session_id = s.id))`;

/**
 * No rapat pleno holds the session yet, whatever its status: once one does (a draft, a decided or a
 * signed one, or a correction, which copies its sessions) the pleno is what waits, not the session.
 */
const WITHOUT_PLENO = 'NOT EXISTS (SELECT 1 FROM pleno_session ps WHERE ps.session_id = s.id)';

/** Newest first, a page at a time: each listed session's counts read its seats (loadSeats). */
export function resultsSessions(db: Db, lspId: string, page: { limit: number; offset: number; withoutPleno: boolean }): ResultsSessionRow[] {
  return sql<[string, number, number], ResultsSessionRow>(
    db,
    `SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE s.lsp_id = ? AND ${HAS_RESULTS}${page.withoutPleno ? ` AND ${WITHOUT_PLENO}` : ''}
     ORDER BY s.date DESC, s.start_time DESC, s.code LIMIT ? OFFSET ?`,
  ).all(lspId, page.limit, page.offset);
}

/** The LSP home's "sessions with results that no pleno holds yet": the rows of results/sessions {withoutPleno}. */
export function resultsWithoutPlenoCount(db: Db, lspId: string): number {
  return sql<[string], number>(db, `SELECT count(*) FROM session s WHERE s.lsp_id = ? AND ${HAS_RESULTS} AND ${WITHOUT_PLENO}`)
    .pluck()
    .get(lspId) as number;
}

export function resultsSession(db: Db, lspId: string, sessionId: string): (ResultsSessionRow & { hasResults: 0 | 1 }) | undefined {
  return sql<[string, string], ResultsSessionRow & { hasResults: 0 | 1 }>(
    db,
    `SELECT ${SESSION_COLUMNS}, ${HAS_RESULTS} AS hasResults FROM ${SESSION_FROM} WHERE s.lsp_id = ? AND s.id = ?`,
  ).get(lspId, sessionId);
}

export type ReviewSeatRow = {
  candidateId: string;
  participantNo: string;
  name: string;
  nik: string;
  institution: string | null;
  seat: string | null;
  assessorId: string;
  assessorName: string;
  assessorMet: string;
  recorded: 'present' | 'absent' | null;
  attemptId: string | null;
  itemOrder: string | null;
  submittedAt: string | null;
  submitReason: SubmitReason | null;
  extensionSeconds: number | null;
  /** As the workspace and the board count them (attempts.lateAnswersSql, held-refusals.heldRefusedSql); 0 without an attempt. */
  lateAnswers: number;
  heldRefused: number;
  recommendation: 'K' | 'BK' | null;
  followUp: string | null;
  recordComment: string | null;
  knowledgeConclusion: 'achieved' | 'not_yet' | null;
  unitsDecided: number;
  signedAt: string | null;
  signedByName: string | null;
  acknowledgedAt: string | null;
  feedbackBy: 'candidate' | 'assessor' | null;
  feedbackAt: string | null;
  tukAppealReasons: string | null;
  tukAppealAt: string | null;
};

/**
 * Every seat of a session with the facts its flags come from; the signature in force only (never a
 * revoked one). The seats drive the query (CROSS JOIN keeps SQLite from walking the whole candidate
 * register for the order), and the session's live signatures are read once: their index has no
 * candidate column, so a join per seat would read every signature of the assessor each time.
 */
export function reviewSeats(db: Db, sessionId: string): ReviewSeatRow[] {
  return sql<[{ sessionId: string }], ReviewSeatRow>(
    db,
    `WITH sg AS MATERIALIZED (
       SELECT candidate_id, assessor_id, signed_at, signed_by FROM assessment_signature
       WHERE form = 'AK.02' AND session_id = @sessionId AND revoked_at IS NULL),
     ud AS MATERIALIZED (
       SELECT candidate_id, count(*) AS n FROM unit_decision WHERE session_id = @sessionId AND decision IS NOT NULL GROUP BY candidate_id)
     SELECT x.candidate_id AS candidateId, c.participant_no AS participantNo, c.name, c.nik, c.institution, x.seat,
       a.id AS assessorId, a.name AS assessorName, a.met_number AS assessorMet, att.status AS recorded,
       t.id AS attemptId, t.item_order AS itemOrder, t.submitted_at AS submittedAt, t.submit_reason AS submitReason,
       t.extension_seconds AS extensionSeconds,
       CASE WHEN t.id IS NULL THEN 0 ELSE ${lateAnswersSql('t')} END AS lateAnswers,
       CASE WHEN t.id IS NULL THEN 0 ELSE ${heldRefusedSql('x.candidate_id', 't.id')} END AS heldRefused,
       r.recommendation, r.follow_up AS followUp, r.comment AS recordComment, r.knowledge_conclusion AS knowledgeConclusion, coalesce(ud.n, 0) AS unitsDecided,
       sg.signed_at AS signedAt, coalesce(sa.display_name, a.name) AS signedByName, k.acknowledged_at AS acknowledgedAt,
       f.entered_by_role AS feedbackBy, f.saved_at AS feedbackAt, ap.reasons AS tukAppealReasons, ap.saved_at AS tukAppealAt
     FROM session_candidate x
     CROSS JOIN candidate c ON c.id = x.candidate_id
     CROSS JOIN assessor a ON a.id = x.assessor_id
     LEFT JOIN attendance att ON att.session_id = x.session_id AND att.candidate_id = x.candidate_id
     LEFT JOIN attempt t ON t.session_id = x.session_id AND t.candidate_id = x.candidate_id
     LEFT JOIN assessment_record r ON r.session_id = x.session_id AND r.candidate_id = x.candidate_id
     LEFT JOIN ud ON ud.candidate_id = x.candidate_id
     LEFT JOIN sg ON sg.candidate_id = x.candidate_id AND sg.assessor_id = x.assessor_id
     LEFT JOIN account sa ON sa.id = sg.signed_by
     LEFT JOIN assessment_acknowledgement k ON k.session_id = x.session_id AND k.candidate_id = x.candidate_id
       AND k.assessor_id = x.assessor_id AND k.signed_at = sg.signed_at
     LEFT JOIN assessment_feedback f ON f.session_id = x.session_id AND f.candidate_id = x.candidate_id
     LEFT JOIN assessment_appeal ap ON ap.session_id = x.session_id AND ap.candidate_id = x.candidate_id
     WHERE x.session_id = @sessionId ORDER BY c.participant_no`,
  ).all({ sessionId });
}

export type SchemeUnitRow = { unitId: string; unitCode: string; titleId: string; titleEn: string | null };

export function schemeUnits(db: Db, schemeId: string): SchemeUnitRow[] {
  return sql<[string], SchemeUnitRow>(
    db,
    'SELECT id AS unitId, code AS unitCode, title_id AS titleId, title_en AS titleEn FROM unit WHERE scheme_id = ? ORDER BY ordinal',
  ).all(schemeId);
}

export type SessionDecisionRow = {
  candidateId: string;
  unitId: string;
  decision: 'K' | 'BK' | null;
  suggestion: 'K' | 'BK';
  comment: string | null;
  extraEvidence: string;
};

export function sessionUnitDecisions(db: Db, sessionId: string): SessionDecisionRow[] {
  return sql<[string], SessionDecisionRow>(
    db,
    `SELECT candidate_id AS candidateId, unit_id AS unitId, decision, suggestion, comment, extra_evidence AS extraEvidence
     FROM unit_decision WHERE session_id = ?`,
  ).all(sessionId);
}

export type ScoreCountRow = {
  candidateId: string;
  instrument: 'essay' | 'oral' | 'observation' | 'supporting';
  scored: number;
  /** A question's Ya, or an essay's 0–3 score from `achievedFrom` up (workspace.ts, questionState). */
  achieved: number;
  k: number;
  bk: number;
  further: number;
};

/**
 * The assessor's scores counted per candidate and instrument (a session holds tens of thousands of them):
 * grouped by what decides the count (the verdict, an essay score reaching `achievedFrom`), so SQLite only
 * counts rows and the few groups are added up here.
 */
export function sessionScoreCounts(db: Db, sessionId: string, achievedFrom: number): ScoreCountRow[] {
  const groups = sql<[{ sessionId: string; achievedFrom: number }], { candidateId: string; instrument: ScoreCountRow['instrument']; verdict: string | null; reached: 0 | 1 | null; n: number }>(
    db,
    `SELECT candidate_id AS candidateId, instrument, verdict, score >= @achievedFrom AS reached, count(*) AS n
     FROM assessment_score WHERE session_id = @sessionId GROUP BY candidate_id, instrument, verdict, reached`,
  ).all({ sessionId, achievedFrom });
  const counts = new Map<string, ScoreCountRow>();
  for (const g of groups) {
    const key = `${g.candidateId}:${g.instrument}`;
    let c = counts.get(key);
    if (!c) {
      c = { candidateId: g.candidateId, instrument: g.instrument, scored: 0, achieved: 0, k: 0, bk: 0, further: 0 };
      counts.set(key, c);
    }
    if (g.verdict === null && g.reached === null) continue;
    c.scored += g.n;
    if (g.reached !== null ? g.reached === 1 : g.verdict === 'yes') c.achieved += g.n;
    if (g.verdict === 'k') c.k += g.n;
    else if (g.verdict === 'bk') c.bk += g.n;
    else if (g.verdict === 'further') c.further += g.n;
  }
  return [...counts.values()];
}

/** Multiple-choice answers of every test of the session (original option ordinals). */
export function sessionChoices(db: Db, sessionId: string): { candidateId: string; itemId: string; choice: number | null }[] {
  return sql<[string], { candidateId: string; itemId: string; choice: number | null }>(
    db,
    `SELECT t.candidate_id AS candidateId, n.item_id AS itemId, n.choice FROM attempt t JOIN answer n ON n.attempt_id = t.id
     WHERE t.session_id = ? AND n.choice IS NOT NULL`,
  ).all(sessionId);
}

/** Observation points of the scheme (one per KUK that has a benchmark, any status but draft). */
export function observationCount(db: Db, schemeId: string): number {
  return (
    sql<[string], { n: number }>(
      db,
      "SELECT count(DISTINCT kuk_id) AS n FROM observation_item WHERE scheme_id = ? AND status <> 'draft'",
    ).get(schemeId)?.n ?? 0
  );
}

export function sessionAssessors(db: Db, sessionId: string): { assessorId: string; name: string; met: string }[] {
  return sql<[string, string], { assessorId: string; name: string; met: string }>(
    db,
    `SELECT a.id AS assessorId, a.name, a.met_number AS met FROM assessor a WHERE a.id IN (
       SELECT assessor_id FROM session_assessor WHERE session_id = ? UNION SELECT assessor_id FROM session_candidate WHERE session_id = ?)
     ORDER BY a.name`,
  ).all(sessionId, sessionId);
}
