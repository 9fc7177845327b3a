import type { Db } from '../open';
import { sql } from '../statements';

/** The assessor's records for one candidate (a seat: session + candidate). Every write keeps only a newer `seq`. */

export type Seat = { sessionId: string; candidateId: string };

export type ScoreRow = {
  instrument: 'essay' | 'oral' | 'observation' | 'supporting';
  targetId: string;
  verdict: 'yes' | 'no' | 'k' | 'bk' | 'further' | null;
  score: number | null;
  response: string | null;
  note: string | null;
  seq: number;
  savedAt: string;
};

export function listScores(db: Db, seat: Seat): ScoreRow[] {
  return sql<[string, string], ScoreRow>(
    db,
    `SELECT instrument, target_id AS targetId, verdict, score, response, note, seq, saved_at AS savedAt
     FROM assessment_score WHERE session_id = ? AND candidate_id = ?`,
  ).all(seat.sessionId, seat.candidateId);
}

type Saved = { seq: number; savedAt: string; savedBy: string };

export function upsertScore(db: Db, seat: Seat, s: Omit<ScoreRow, 'savedAt'> & Saved): boolean {
  return (
    sql<[Seat & Omit<ScoreRow, 'savedAt'> & Saved]>(
      db,
      `INSERT INTO assessment_score (session_id, candidate_id, instrument, target_id, verdict, score, response, note, seq, saved_at, saved_by)
       VALUES (@sessionId, @candidateId, @instrument, @targetId, @verdict, @score, @response, @note, @seq, @savedAt, @savedBy)
       ON CONFLICT (session_id, candidate_id, instrument, target_id) DO UPDATE SET verdict = excluded.verdict,
         score = excluded.score, response = excluded.response, note = excluded.note, seq = excluded.seq,
         saved_at = excluded.saved_at, saved_by = excluded.saved_by
       WHERE excluded.seq > assessment_score.seq`,
    ).run({ ...seat, ...s }).changes > 0
  );
}

export type DecisionRow = {
  unitId: string;
  decision: 'K' | 'BK' | null;
  suggestion: 'K' | 'BK';
  comment: string | null;
  extraEvidence: string;
  seq: number;
  savedAt: string;
};

export function listDecisions(db: Db, seat: Seat): DecisionRow[] {
  return sql<[string, string], DecisionRow>(
    db,
    `SELECT unit_id AS unitId, decision, suggestion, comment, extra_evidence AS extraEvidence, seq, saved_at AS savedAt
     FROM unit_decision WHERE session_id = ? AND candidate_id = ?`,
  ).all(seat.sessionId, seat.candidateId);
}

export function upsertDecision(db: Db, seat: Seat, d: Omit<DecisionRow, 'savedAt'> & Saved): boolean {
  return (
    sql<[Seat & Omit<DecisionRow, 'savedAt'> & Saved]>(
      db,
      `INSERT INTO unit_decision (session_id, candidate_id, unit_id, decision, suggestion, comment, extra_evidence, seq, saved_at, saved_by)
       VALUES (@sessionId, @candidateId, @unitId, @decision, @suggestion, @comment, @extraEvidence, @seq, @savedAt, @savedBy)
       ON CONFLICT (session_id, candidate_id, unit_id) DO UPDATE SET decision = excluded.decision,
         suggestion = excluded.suggestion, comment = excluded.comment, extra_evidence = excluded.extra_evidence,
         seq = excluded.seq, saved_at = excluded.saved_at, saved_by = excluded.saved_by
       WHERE excluded.seq > unit_decision.seq`,
    ).run({ ...seat, ...d }).changes > 0
  );
}

export type RecordRow = {
  knowledgeConclusion: 'achieved' | 'not_yet' | null;
  knowledgeNote: string | null;
  recommendation: 'K' | 'BK' | null;
  followUp: string | null;
  comment: string | null;
  seq: number;
  savedAt: string;
};

export function findRecord(db: Db, seat: Seat): RecordRow | undefined {
  return sql<[string, string], RecordRow>(
    db,
    `SELECT knowledge_conclusion AS knowledgeConclusion, knowledge_note AS knowledgeNote, recommendation,
       follow_up AS followUp, comment, seq, saved_at AS savedAt
     FROM assessment_record WHERE session_id = ? AND candidate_id = ?`,
  ).get(seat.sessionId, seat.candidateId);
}

export function upsertRecord(db: Db, seat: Seat, r: Omit<RecordRow, 'savedAt'> & Saved): boolean {
  return (
    sql<[Seat & Omit<RecordRow, 'savedAt'> & Saved]>(
      db,
      `INSERT INTO assessment_record (session_id, candidate_id, knowledge_conclusion, knowledge_note, recommendation, follow_up, comment, seq, saved_at, saved_by)
       VALUES (@sessionId, @candidateId, @knowledgeConclusion, @knowledgeNote, @recommendation, @followUp, @comment, @seq, @savedAt, @savedBy)
       ON CONFLICT (session_id, candidate_id) DO UPDATE SET knowledge_conclusion = excluded.knowledge_conclusion,
         knowledge_note = excluded.knowledge_note, recommendation = excluded.recommendation, follow_up = excluded.follow_up,
         comment = excluded.comment, seq = excluded.seq, saved_at = excluded.saved_at, saved_by = excluded.saved_by
       WHERE excluded.seq > assessment_record.seq`,
    ).run({ ...seat, ...r }).changes > 0
  );
}

/** The highest sequence number among the assessor's records for this candidate. */
export function lastSeq(db: Db, seat: Seat): number {
  return (
    sql<[Seat], { n: number }>(
      db,
      `SELECT max(
         (SELECT coalesce(max(seq), 0) FROM assessment_score WHERE session_id = @sessionId AND candidate_id = @candidateId),
         (SELECT coalesce(max(seq), 0) FROM unit_decision WHERE session_id = @sessionId AND candidate_id = @candidateId),
         (SELECT coalesce(max(seq), 0) FROM assessment_record WHERE session_id = @sessionId AND candidate_id = @candidateId),
         (SELECT coalesce(max(seq), 0) FROM assessment_appeal WHERE session_id = @sessionId AND candidate_id = @candidateId),
         (SELECT coalesce(max(seq), 0) FROM assessment_feedback WHERE session_id = @sessionId AND candidate_id = @candidateId)
       ) AS n`,
    ).get(seat)?.n ?? 0
  );
}

export type FeedbackRow = {
  answers: string;
  comment: string | null;
  enteredByRole: 'candidate' | 'assessor';
  seq: number;
  savedAt: string;
};

export function findFeedback(db: Db, seat: Seat): FeedbackRow | undefined {
  return sql<[string, string], FeedbackRow>(
    db,
    `SELECT answers, comment, entered_by_role AS enteredByRole, seq, saved_at AS savedAt
     FROM assessment_feedback WHERE session_id = ? AND candidate_id = ?`,
  ).get(seat.sessionId, seat.candidateId);
}

export function upsertFeedback(db: Db, seat: Seat, f: Omit<FeedbackRow, 'savedAt'> & Saved): boolean {
  return (
    sql<[Seat & Omit<FeedbackRow, 'savedAt'> & Saved]>(
      db,
      `INSERT INTO assessment_feedback (session_id, candidate_id, answers, comment, entered_by_role, seq, saved_at, saved_by)
       VALUES (@sessionId, @candidateId, @answers, @comment, @enteredByRole, @seq, @savedAt, @savedBy)
       ON CONFLICT (session_id, candidate_id) DO UPDATE SET answers = excluded.answers, comment = excluded.comment,
         entered_by_role = excluded.entered_by_role, seq = excluded.seq, saved_at = excluded.saved_at, saved_by = excluded.saved_by
       WHERE excluded.seq > assessment_feedback.seq`,
    ).run({ ...seat, ...f }).changes > 0
  );
}

export type AppealRow = {
  processExplained: 0 | 1;
  discussedWithAssessor: 0 | 1;
  involveOther: 0 | 1;
  reasons: string;
  seq: number;
  savedAt: string;
};

export function findAppeal(db: Db, seat: Seat): AppealRow | undefined {
  return sql<[string, string], AppealRow>(
    db,
    `SELECT process_explained AS processExplained, discussed_with_assessor AS discussedWithAssessor,
       involve_other AS involveOther, reasons, seq, saved_at AS savedAt
     FROM assessment_appeal WHERE session_id = ? AND candidate_id = ?`,
  ).get(seat.sessionId, seat.candidateId);
}

export function upsertAppeal(db: Db, seat: Seat, a: Omit<AppealRow, 'savedAt'> & Saved): boolean {
  return (
    sql<[Seat & Omit<AppealRow, 'savedAt'> & Saved]>(
      db,
      `INSERT INTO assessment_appeal (session_id, candidate_id, process_explained, discussed_with_assessor, involve_other, reasons, seq, saved_at, saved_by)
       VALUES (@sessionId, @candidateId, @processExplained, @discussedWithAssessor, @involveOther, @reasons, @seq, @savedAt, @savedBy)
       ON CONFLICT (session_id, candidate_id) DO UPDATE SET process_explained = excluded.process_explained,
         discussed_with_assessor = excluded.discussed_with_assessor, involve_other = excluded.involve_other,
         reasons = excluded.reasons, seq = excluded.seq, saved_at = excluded.saved_at, saved_by = excluded.saved_by
       WHERE excluded.seq > assessment_appeal.seq`,
    ).run({ ...seat, ...a }).changes > 0
  );
}

export type ReportRow = {
  positives: string | null;
  negatives: string | null;
  rejections: string | null;
  suggestions: string | null;
  seq: number;
  savedAt: string;
};

export function findReport(db: Db, sessionId: string, assessorId: string): ReportRow | undefined {
  return sql<[string, string], ReportRow>(
    db,
    `SELECT positives, negatives, rejections, suggestions, seq, saved_at AS savedAt
     FROM assessment_report WHERE session_id = ? AND assessor_id = ?`,
  ).get(sessionId, assessorId);
}

export function upsertReport(
  db: Db,
  key: { sessionId: string; assessorId: string },
  r: Omit<ReportRow, 'savedAt'> & Saved,
): boolean {
  return (
    sql<[{ sessionId: string; assessorId: string } & Omit<ReportRow, 'savedAt'> & Saved]>(
      db,
      `INSERT INTO assessment_report (session_id, assessor_id, positives, negatives, rejections, suggestions, seq, saved_at, saved_by)
       VALUES (@sessionId, @assessorId, @positives, @negatives, @rejections, @suggestions, @seq, @savedAt, @savedBy)
       ON CONFLICT (session_id, assessor_id) DO UPDATE SET positives = excluded.positives, negatives = excluded.negatives,
         rejections = excluded.rejections, suggestions = excluded.suggestions, seq = excluded.seq,
         saved_at = excluded.saved_at, saved_by = excluded.saved_by
       WHERE excluded.seq > assessment_report.seq`,
    ).run({ ...key, ...r }).changes > 0
  );
}

export type SignatureRow = { id: number; signedAt: string; signedByName: string };
export type SignatureKey = { form: 'AK.02' | 'AK.05'; sessionId: string; assessorId: string; candidateId: string | null };

/** The signature in force (not revoked), if any. */
export function liveSignature(db: Db, key: SignatureKey): SignatureRow | undefined {
  return sql<[SignatureKey], SignatureRow>(
    db,
    `SELECT s.id, s.signed_at AS signedAt, a.display_name AS signedByName
     FROM assessment_signature s JOIN account a ON a.id = s.signed_by
     WHERE s.form = @form AND s.session_id = @sessionId AND s.assessor_id = @assessorId
       AND coalesce(s.candidate_id, '') = coalesce(@candidateId, '') AND s.revoked_at IS NULL`,
  ).get(key);
}

export function insertSignature(db: Db, key: SignatureKey, at: string, by: string): number {
  return Number(
    sql<[SignatureKey & { at: string; by: string }]>(
      db,
      `INSERT INTO assessment_signature (form, session_id, assessor_id, candidate_id, signed_at, signed_by)
       VALUES (@form, @sessionId, @assessorId, @candidateId, @at, @by)`,
    ).run({ ...key, at, by }).lastInsertRowid,
  );
}

export function revokeSignature(db: Db, id: number, at: string, by: string, reason: string): void {
  sql<[string, string, string, number]>(
    db,
    'UPDATE assessment_signature SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL',
  ).run(at, by, reason, id);
}
