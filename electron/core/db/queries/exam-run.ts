import type { TukType } from '../../../shared/types';
import type { Db } from '../open';
import { sql } from '../statements';

export type RunRow = { startedAt: string; endedAt: string | null };
export type TokenRow = { id: number; sessionId: string; token: string; issuedAt: string; rotatesAt: string };

/** What the exam day needs to know about a session, in one row. */
export type ExamSessionRow = {
  id: string;
  code: string;
  schemeId: string;
  schemeCode: string;
  schemeTitleId: string;
  schemeTitleEn: string | null;
  titleId: string;
  titleEn: string | null;
  tukName: string;
  tukType: TukType;
  date: string;
  startTime: string;
  durationMinutes: number;
  settings: string;
  /** Set when the LSP cancelled it and a bundle saying so arrived (sessions/cancel). */
  cancelledAt: string | null;
  cancelReason: string | null;
};

export function findExamSession(db: Db, sessionId: string): ExamSessionRow | undefined {
  return sql<[string], ExamSessionRow>(
    db,
    `SELECT s.id, s.code, s.scheme_id AS schemeId, sc.code AS schemeCode, sc.title_id AS schemeTitleId,
       sc.title_en AS schemeTitleEn, s.title_id AS titleId, s.title_en AS titleEn, t.name AS tukName, t.type AS tukType,
       s.date, s.start_time AS startTime, s.duration_minutes AS durationMinutes, s.settings, s.cancelled_at AS cancelledAt, s.cancel_reason AS cancelReason
     FROM session s JOIN scheme sc ON sc.id = s.scheme_id JOIN tuk t ON t.id = s.tuk_id WHERE s.id = ?`,
  ).get(sessionId);
}

export function findRun(db: Db, sessionId: string): RunRow | undefined {
  return sql<[string], RunRow>(
    db,
    'SELECT started_at AS startedAt, ended_at AS endedAt FROM session_run WHERE session_id = ?',
  ).get(sessionId);
}

export function insertRun(db: Db, sessionId: string, at: string, by: string): void {
  sql<[string, string, string]>(db, 'INSERT INTO session_run (session_id, started_at, started_by) VALUES (?, ?, ?)').run(
    sessionId,
    at,
    by,
  );
}

export function endRun(db: Db, sessionId: string, at: string, by: string): void {
  sql<[string, string, string]>(db, 'UPDATE session_run SET ended_at = ?, ended_by = ? WHERE session_id = ?').run(
    at,
    by,
    sessionId,
  );
}

const TOKEN_COLUMNS = 'id, session_id AS sessionId, token, issued_at AS issuedAt, rotates_at AS rotatesAt';

/** Newest first: the current token, then the one it replaced. */
export function latestTokens(db: Db, sessionId: string): TokenRow[] {
  return sql<[string], TokenRow>(
    db,
    `SELECT ${TOKEN_COLUMNS} FROM session_token WHERE session_id = ? ORDER BY id DESC LIMIT 2`,
  ).all(sessionId);
}

export function tokensMatching(db: Db, token: string): TokenRow[] {
  return sql<[string], TokenRow>(db, `SELECT ${TOKEN_COLUMNS} FROM session_token WHERE token = ? ORDER BY id DESC`).all(
    token,
  );
}

export function insertToken(db: Db, row: Omit<TokenRow, 'id'>): void {
  sql<[Omit<TokenRow, 'id'>]>(
    db,
    `INSERT INTO session_token (session_id, token, issued_at, rotates_at)
     VALUES (@sessionId, @token, @issuedAt, @rotatesAt)`,
  ).run(row);
}

export function setRotatesAt(db: Db, id: number, at: string): void {
  sql<[string, number]>(db, 'UPDATE session_token SET rotates_at = ? WHERE id = ?').run(at, id);
}

export function isCandidateInSession(db: Db, sessionId: string, candidateId: string): boolean {
  return (
    sql<[string, string], { one: number }>(
      db,
      'SELECT 1 AS one FROM session_candidate WHERE session_id = ? AND candidate_id = ?',
    ).get(sessionId, candidateId) !== undefined
  );
}

/** The candidate's sessions on a date, earliest first: which one a wrong token was probably meant for. */
export function candidateSessionsOn(db: Db, candidateId: string, date: string): { id: string }[] {
  return sql<[string, string], { id: string }>(
    db,
    `SELECT s.id FROM session s JOIN session_candidate x ON x.session_id = s.id
     WHERE x.candidate_id = ? AND s.date = ? ORDER BY s.start_time`,
  ).all(candidateId, date);
}

/**
 * The candidate's other sessions here from a date on, not called off, not closed, and their test there not
 * handed in: a card issued now changes the password they sign in to those with too.
 */
export function candidateSessionsAhead(db: Db, candidateId: string, exceptSessionId: string, fromDate: string): { code: string }[] {
  return sql<[{ candidateId: string; exceptSessionId: string; fromDate: string }], { code: string }>(
    db,
    `SELECT s.code FROM session s JOIN session_candidate x ON x.session_id = s.id
     WHERE x.candidate_id = @candidateId AND s.id <> @exceptSessionId AND s.date >= @fromDate AND s.cancelled_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM session_run r WHERE r.session_id = s.id AND r.ended_at IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM attempt a WHERE a.session_id = s.id AND a.candidate_id = @candidateId AND a.submitted_at IS NOT NULL)
     ORDER BY s.date, s.start_time`,
  ).all({ candidateId, exceptSessionId, fromDate });
}

export function seatAssessor(
  db: Db,
  sessionId: string,
  candidateId: string,
): { assessorId: string; name: string; metNumber: string } | undefined {
  return sql<[string, string], { assessorId: string; name: string; metNumber: string }>(
    db,
    `SELECT a.id AS assessorId, a.name, a.met_number AS metNumber FROM session_candidate x
     JOIN assessor a ON a.id = x.assessor_id WHERE x.session_id = ? AND x.candidate_id = ?`,
  ).get(sessionId, candidateId);
}

/** The kinds of evidence the scheme's approved instruments collect (FR.AK.01). */
export function itemKindsOfScheme(db: Db, schemeId: string): string[] {
  return sql<[string], { kind: string }>(db, "SELECT DISTINCT kind FROM item WHERE scheme_id = ? AND status = 'approved'")
    .all(schemeId)
    .map((r) => r.kind)
    .concat(
      sql<[string], { n: number }>(db, "SELECT count(*) AS n FROM observation_item WHERE scheme_id = ? AND status = 'approved'").get(schemeId)
        ?.n
        ? ['observation']
        : [],
    );
}
