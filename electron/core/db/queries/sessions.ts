import type { TukZone } from '../../../shared/time-zones';
import type { ProctorAssessor, ProctorCandidate, SessionSummary, TukType } from '../../../shared/types';
import type { Db } from '../open';
import { lockLiftsAt } from '../../auth/lock-lapse';
import { sql } from '../statements';
import { lockedAtSql, signsIn } from './accounts';

type SessionRow = {
  id: string;
  code: string;
  titleId: string;
  titleEn: string | null;
  date: string;
  startTime: string;
  durationMinutes: number;
  schemeCode: string;
  schemeTitleId: string;
  schemeTitleEn: string | null;
  tukName: string;
  tukType: TukType;
  tukZone: TukZone | null;
  candidateCount: number;
  assessorNames: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  startedHere: 0 | 1;
  otherDurations: string;
};

/**
 * The ids of a session's assessors: the planned ones (session_assessor, with or without candidates yet)
 * and those with candidates (a demo or imported session has only these). Reading session_candidate alone
 * left an assessor planned before any candidate off the home's table and off their own assigned sessions.
 */
const assessorsOf = (session: string) =>
  `SELECT assessor_id FROM session_assessor WHERE session_id = ${session} UNION SELECT assessor_id FROM session_candidate WHERE session_id = ${session}`;

/** The ids of an assessor's sessions, planned for them or with candidates of theirs (as assessorsOf). */
const sessionsOf = (assessor: string) =>
  `SELECT session_id FROM session_assessor WHERE assessor_id = ${assessor} UNION SELECT session_id FROM session_candidate WHERE assessor_id = ${assessor}`;

const SUMMARY = `SELECT s.id, s.code, s.title_id AS titleId, s.title_en AS titleEn, s.date, s.start_time AS startTime,
    s.duration_minutes AS durationMinutes, sc.code AS schemeCode, sc.title_id AS schemeTitleId,
    sc.title_en AS schemeTitleEn, t.name AS tukName, t.type AS tukType, t.time_zone AS tukZone,
    s.cancelled_at AS cancelledAt, s.cancelled_by AS cancelledBy, s.cancel_reason AS cancelReason,
    EXISTS (SELECT 1 FROM session_run r WHERE r.session_id = s.id) AS startedHere,
    (SELECT count(*) FROM session_candidate x WHERE x.session_id = s.id) AS candidateCount,
    (SELECT json_group_array(json_object('minutes', d.minutes, 'candidates', d.n)) FROM (
       SELECT round(a.duration_seconds / 60.0) AS minutes, count(*) AS n FROM attempt a
       WHERE a.session_id = s.id AND a.duration_seconds <> s.duration_minutes * 60 GROUP BY a.duration_seconds ORDER BY a.duration_seconds) d) AS otherDurations,
    (SELECT json_group_array(name) FROM (SELECT a.name FROM assessor a WHERE a.id IN (${assessorsOf('s.id')}) ORDER BY a.name, a.id)) AS assessorNames
  FROM session s JOIN scheme sc ON sc.id = s.scheme_id JOIN tuk t ON t.id = s.tuk_id`;

function toSummary(r: SessionRow): SessionSummary {
  return {
    id: r.id,
    code: r.code,
    title: { id: r.titleId, en: r.titleEn },
    date: r.date,
    startTime: r.startTime,
    durationMinutes: r.durationMinutes,
    schemeCode: r.schemeCode,
    schemeTitle: { id: r.schemeTitleId, en: r.schemeTitleEn },
    tukName: r.tukName,
    tukType: r.tukType,
    tukZone: r.tukZone,
    candidateCount: r.candidateCount,
    assessorNames: parseNames(r.assessorNames),
    // A session is started only while not cancelled here (exam/startSession): a run means the cancellation came after it.
    cancellation: r.cancelledAt !== null ? { at: r.cancelledAt, by: r.cancelledBy ?? '', reason: r.cancelReason ?? '', afterStart: r.startedHere === 1 } : null,
    startedWithOtherDuration: JSON.parse(r.otherDurations) as SessionSummary['startedWithOtherDuration'],
  };
}

function parseNames(json: string | null): string[] {
  const value: unknown = JSON.parse(json ?? '[]');
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The proctor's day: the sessions dated @date, and any session of an earlier day still running or closed
 * at or after @closedSince. An evening session runs past the venue's midnight; dated yesterday, it left
 * the proctor's list (and the console, which finds its session there) while candidates still wrote, and
 * the berita acara and results of a session closed after midnight could no longer be reached.
 */
export function listForProctorDay(db: Db, date: string, closedSince: string): SessionSummary[] {
  return sql<[{ date: string; closedSince: string }], SessionRow>(
    db,
    `${SUMMARY} WHERE s.date = @date
       OR s.id IN (SELECT session_id FROM session_run WHERE ended_at IS NULL OR ended_at >= @closedSince)
     ORDER BY s.date, s.start_time, s.code`,
  )
    .all({ date, closedSince })
    .map(toSummary);
}

/** The sessions held here whose day is after @date, soonest first: a TUK's imported bundles for days to come. */
export function listAfter(db: Db, date: string): SessionSummary[] {
  return sql<[string], SessionRow>(db, `${SUMMARY} WHERE s.date > ? ORDER BY s.date, s.start_time, s.code`).all(date).map(toSummary);
}

/** The assessor's sessions from @date on: planned for them, or with candidates of theirs; a cancelled one is not theirs to hold. */
export function listForAssessor(db: Db, assessorId: string, fromDate: string): SessionSummary[] {
  return sql<[{ assessorId: string; fromDate: string }], SessionRow>(
    db,
    `${SUMMARY} WHERE s.date >= @fromDate AND s.cancelled_at IS NULL AND s.id IN (${sessionsOf('@assessorId')}) ORDER BY s.date, s.start_time`,
  )
    .all({ assessorId, fromDate })
    .map(toSummary);
}

/** How many of the session's candidates have no account: the LSP issued them no password yet. */
export function withoutAccount(db: Db, sessionId: string): number {
  return sql<[string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM session_candidate x LEFT JOIN account acc ON acc.candidate_id = x.candidate_id AND ${signsIn('acc')}
     WHERE x.session_id = ? AND acc.id IS NULL`,
  ).get(sessionId)!.n;
}

/** Every seated candidate, those without an account too (the LSP issued them no password yet): the proctor is told, not shown fewer. */
export function proctorCandidates(db: Db, sessionId: string): ProctorCandidate[] {
  return sql<[string], Omit<ProctorCandidate, 'locked' | 'lockedUntil'> & { locked: number; lockedAt: string | null }>(
    db,
    `SELECT c.id AS candidateId, c.participant_no AS participantNo, c.name, c.nik, x.seat,
       a.name AS assessorName, acc.id AS accountId, ${lockedAtSql('acc')} IS NOT NULL AS locked, ${lockedAtSql('acc')} AS lockedAt
     FROM session_candidate x
       JOIN candidate c ON c.id = x.candidate_id
       JOIN assessor a ON a.id = x.assessor_id
       LEFT JOIN account acc ON acc.candidate_id = c.id AND ${signsIn('acc')}
     WHERE x.session_id = ? ORDER BY c.participant_no`,
  )
    .all(sessionId)
    .map(({ lockedAt, ...r }) => ({ ...r, locked: r.locked === 1, ...lockedUntilOf(lockedAt) }));
}

/** The session's assessors that have an account, planned or with candidates, for the proctor's unlock. */
export function proctorAssessors(db: Db, sessionId: string): ProctorAssessor[] {
  return sql<[{ sessionId: string }], Omit<ProctorAssessor, 'locked' | 'lockedUntil'> & { locked: number; lockedAt: string | null }>(
    db,
    `SELECT a.id AS assessorId, a.name, acc.id AS accountId, ${lockedAtSql('acc')} IS NOT NULL AS locked, ${lockedAtSql('acc')} AS lockedAt
     FROM assessor a JOIN account acc ON acc.assessor_id = a.id
     WHERE a.id IN (${assessorsOf('@sessionId')}) ORDER BY a.name`,
  )
    .all({ sessionId })
    .map(({ lockedAt, ...r }) => ({ ...r, locked: r.locked === 1, ...lockedUntilOf(lockedAt) }));
}

/** Whether the assessor assesses in a session on that day, planned or with candidates (the proctor's reach over staff accounts). */
export function assessorServesOn(db: Db, assessorId: string, date: string): boolean {
  return (
    sql<[{ assessorId: string; date: string }], { n: number }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM session s WHERE s.date = @date AND s.id IN (${sessionsOf('@assessorId')})) AS n`,
    ).get({ assessorId, date })!.n === 1
  );
}

export function assessorCandidates(
  db: Db,
  sessionId: string,
  assessorId: string,
): { candidateId: string; participantNo: string; name: string; seat: string | null }[] {
  return sql<[string, string], { candidateId: string; participantNo: string; name: string; seat: string | null }>(
    db,
    `SELECT c.id AS candidateId, c.participant_no AS participantNo, c.name, x.seat
     FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id
     WHERE x.session_id = ? AND x.assessor_id = ? ORDER BY c.participant_no`,
  ).all(sessionId, assessorId);
}

export function candidateSession(
  db: Db,
  candidateId: string,
  fromDate: string,
): (SessionSummary & { seat: string | null }) | undefined {
  const row = sql<[string, string], SessionRow & { seat: string | null }>(
    db,
    `SELECT q.*, x.seat FROM (${SUMMARY}) q JOIN session_candidate x ON x.session_id = q.id
     WHERE x.candidate_id = ? AND q.date >= ? AND q.cancelledAt IS NULL ORDER BY q.date, q.startTime LIMIT 1`,
  ).get(candidateId, fromDate);
  return row ? { ...toSummary(row), seat: row.seat } : undefined;
}

/** When a lock lifts by itself, for the proctor's lists (nothing while unlocked). */
function lockedUntilOf(lockedAt: string | null): { lockedUntil?: string } {
  return lockedAt ? { lockedUntil: lockLiftsAt(lockedAt).toISOString() } : {};
}
