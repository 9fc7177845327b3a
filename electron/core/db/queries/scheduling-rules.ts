/**
 * What the scheduling rules read about a proposed session: the people in it, their other sessions by
 * time (as instants: session.starts_min / ends_min, absolute minutes on the TUK's clock, less its zone's
 * offset from UTC), the TUK's verifications.
 * A cancelled session (cancelled_at set) holds nobody's time or day: every read of other sessions skips it.
 * Many ids travel as one JSON array, so a plan of any size costs the same few statements.
 */
import { TUK_ZONES, zoneOffsetMinutes, type TukZone } from '../../../shared/time-zones';
import type { Db } from '../open';
import { sql } from '../statements';

export type PlanAssessorRow = {
  id: string;
  name: string;
  met_number: string;
  met_expires_on: string;
  tech_cert_expires_on: string | null;
  home_lsp: string | null;
  loan_letter_no: string | null;
  loan_letter_date: string | null;
  active: number;
  /** May assess the scheme code asked for. */
  competent: number;
  /** Has an enabled assessor account: the session bundle carries it to the TUK, where they sign in to assess. */
  has_account: number;
};

/** An assessor (`id`, an SQL expression) with an enabled assessor account: the session bundle carries it to the TUK. */
export const assessorHasAccount = (id: string): string =>
  `EXISTS (SELECT 1 FROM account ac WHERE ac.assessor_id = ${id} AND ac.role = 'assessor' AND ac.disabled = 0)`;

export const planAssessors = (db: Db, lspId: string, idsJson: string, schemeCode: string) =>
  sql<[string, string, string], PlanAssessorRow>(
    db,
    `SELECT a.id, a.name, a.met_number, a.met_expires_on, a.tech_cert_expires_on, a.home_lsp, a.loan_letter_no, a.loan_letter_date, a.active,
       EXISTS (SELECT 1 FROM assessor_scheme x WHERE x.assessor_id = a.id AND x.scheme_code = ?) AS competent,
       ${assessorHasAccount('a.id')} AS has_account
     FROM assessor a WHERE a.lsp_id = ? AND a.id IN (SELECT value FROM json_each(?))`,
  ).all(schemeCode, lspId, idsJson);

export type PlanCandidateRow = { id: string; name: string; nik: string; participant_no: string; active: number };

export const planCandidates = (db: Db, lspId: string, idsJson: string) =>
  sql<[string, string], PlanCandidateRow>(
    db,
    'SELECT id, name, nik, participant_no, active FROM candidate WHERE lsp_id = ? AND id IN (SELECT value FROM json_each(?))',
  ).all(lspId, idsJson);

/** The TUK a session's last bundle went to, when one did: the session's own TUK, which cannot change after. */
export const exportedTo = (db: Db, sessionId: string) =>
  sql<[string], { tuk_id: string; tuk_name: string; exported_at: string }>(
    db,
    `SELECT s.tuk_id, t.name AS tuk_name, e.exported_at FROM session s JOIN session_export e ON e.session_id = s.id JOIN tuk t ON t.id = s.tuk_id
     WHERE s.id = ?`,
  ).get(sessionId);

/**
 * Candidates each assessor already has on that date in other sessions (the day limit). The day is each
 * session's own date, on its own TUK's clock: the date on its plan and its forms, the working day the
 * assessor spends at that TUK. Sessions run by day and Indonesia's zones are at most two hours apart, so a WIB
 * and a WITA session of one date fall on the assessor's one day whichever clock is read; only a session within
 * two hours of midnight could be put on a neighbouring day by another zone's clock, and counting it on its own
 * date keeps the count the same whichever of two sessions is saved first.
 */
export const assessorDayLoad = (db: Db, idsJson: string, date: string, selfId: string) =>
  sql<[string, string, string], { assessor_id: string; n: number }>(
    db,
    `SELECT x.assessor_id, count(*) AS n FROM session_candidate x JOIN session s ON s.id = x.session_id
     WHERE x.assessor_id IN (SELECT value FROM json_each(?)) AND s.date = ? AND s.id <> ? AND s.cancelled_at IS NULL GROUP BY x.assessor_id`,
  ).all(idsJson, date, selfId);

/** zone: the session's TUK's, the clock its date and times are on (WIB for a TUK without one, as its registry record says). */
export type OverlapRow = { person_id: string; code: string; date: string; start_time: string; starts_min: number; ends_min: number; zone: TukZone };

const ZONE_SQL = "coalesce(zt.time_zone, 'WIB') AS zone";

/** The session's TUK (`zt`), for its zone: joined to `s`, as ZONE_SQL and STARTS_AT read it. */
const TUK_JOIN = 'LEFT JOIN tuk zt ON zt.id = s.tuk_id';

/** How far the session's TUK's clock is ahead of UTC, in minutes (WIB for a TUK without a zone). */
const OFFSET_SQL = `CASE zt.time_zone ${TUK_ZONES.map((z) => `WHEN '${z}' THEN ${zoneOffsetMinutes(z)}`).join(' ')} ELSE ${zoneOffsetMinutes('WIB')} END`;

/**
 * The session's start and end as instants, minutes since 1970-01-01 00:00 UTC (time.ts instantMinutesOf): two
 * sessions at TUKs in different zones are compared by these, never by their wall clocks. Read per person's
 * session (the queries start from the people's indexes), so no index on them is needed.
 */
const STARTS_AT = `(s.starts_min - ${OFFSET_SQL})`;
const ENDS_AT = `(s.ends_min - ${OFFSET_SQL})`;

/**
 * A session whose run was closed (at the TUK; at the LSP, once its results came back) is over, whatever time
 * it was planned to end: its assessors and a candidate absent from it can be planned again at once.
 */
export const NOT_CLOSED = 'NOT EXISTS (SELECT 1 FROM session_run r WHERE r.session_id = s.id AND r.ended_at IS NOT NULL)';

/**
 * Other sessions of these assessors (planned, or with candidates) whose time overlaps [start, end), instants
 * (STARTS_AT), at whichever TUK in whichever zone: a session ending exactly when another starts does not overlap.
 */
export const assessorOverlaps = (db: Db, idsJson: string, start: number, end: number, selfId: string) =>
  sql<[{ ids: string; start: number; end: number; self: string }], OverlapRow>(
    db,
    `WITH mine (assessor_id, session_id) AS (
       SELECT assessor_id, session_id FROM session_assessor WHERE assessor_id IN (SELECT value FROM json_each(@ids))
       UNION SELECT assessor_id, session_id FROM session_candidate WHERE assessor_id IN (SELECT value FROM json_each(@ids)))
     SELECT m.assessor_id AS person_id, s.code, s.date, s.start_time, s.starts_min, s.ends_min, ${ZONE_SQL}
     FROM mine m JOIN session s ON s.id = m.session_id ${TUK_JOIN}
     WHERE s.id <> @self AND s.cancelled_at IS NULL AND ${STARTS_AT} < @end AND ${ENDS_AT} > @start AND ${NOT_CLOSED}
     ORDER BY ${STARTS_AT}, s.code`,
  ).all({ ids: idsJson, start, end, self: selfId });

/** Other sessions of these candidates whose time overlaps [start, end), instants, as assessorOverlaps. */
export const candidateOverlaps = (db: Db, idsJson: string, start: number, end: number, selfId: string) =>
  sql<[{ ids: string; start: number; end: number; self: string }], OverlapRow>(
    db,
    `SELECT x.candidate_id AS person_id, s.code, s.date, s.start_time, s.starts_min, s.ends_min, ${ZONE_SQL}
     FROM session_candidate x JOIN session s ON s.id = x.session_id ${TUK_JOIN}
     WHERE x.candidate_id IN (SELECT value FROM json_each(@ids)) AND s.id <> @self AND s.cancelled_at IS NULL AND ${STARTS_AT} < @end AND ${ENDS_AT} > @start
       AND ${NOT_CLOSED}
     ORDER BY ${STARTS_AT}, s.code`,
  ).all({ ids: idsJson, start, end, self: selfId });

/**
 * Other sessions of the same scheme code (any version) these candidates are in that are not over by `now`
 * (an instant, nowInstantMinutes, compared with their ends as instants): a second seat for one certification. A session already held may be followed by a
 * re-assessment, so it does not count.
 */
export const candidateSameScheme = (db: Db, idsJson: string, schemeCode: string, now: number, selfId: string) =>
  sql<[{ ids: string; scheme: string; now: number; self: string }], OverlapRow>(
    db,
    `SELECT x.candidate_id AS person_id, s.code, s.date, s.start_time, s.starts_min, s.ends_min, ${ZONE_SQL}
     FROM session_candidate x JOIN session s ON s.id = x.session_id JOIN scheme sc ON sc.id = s.scheme_id ${TUK_JOIN}
     WHERE x.candidate_id IN (SELECT value FROM json_each(@ids)) AND sc.code = @scheme AND s.id <> @self AND s.cancelled_at IS NULL AND ${ENDS_AT} > @now
       AND ${NOT_CLOSED}
     ORDER BY ${STARTS_AT}, s.code`,
  ).all({ ids: idsJson, scheme: schemeCode, now, self: selfId });

export type VerificationRow = { verified_on: string; result: 'fit' | 'unfit'; note: string | null };

/**
 * The latest verification of this TUK recorded for this session (Sewaktu, Tempat Kerja): a later
 * "unfit" overrides an earlier "fit" and the other way round. Same day: the one recorded last.
 */
export const latestForSession = (db: Db, tukId: string, sessionId: string): VerificationRow | undefined =>
  sql<[string, string], VerificationRow>(
    db,
    'SELECT verified_on, result, note FROM tuk_verification WHERE tuk_id = ? AND session_id = ? ORDER BY verified_on DESC, recorded_at DESC, rowid DESC LIMIT 1',
  ).get(tukId, sessionId);

/** The latest verification of this TUK on or before a date, whatever it found (Mandiri: an unfit one after the last fit one withdraws it). */
export const latestOn = (db: Db, tukId: string, date: string): VerificationRow | undefined =>
  sql<[string, string], VerificationRow>(
    db,
    'SELECT verified_on, result, note FROM tuk_verification WHERE tuk_id = ? AND verified_on <= ? ORDER BY verified_on DESC, recorded_at DESC, rowid DESC LIMIT 1',
  ).get(tukId, date);

export const sessionByCode = (db: Db, code: string) => sql<[string], { id: string }>(db, 'SELECT id FROM session WHERE code = ?').get(code);

/** Codes generated for a date: JDW-YYYYMMDD-NNN, the highest NNN so far. */
export const lastGeneratedCode = (db: Db, prefix: string): string | null =>
  sql<[string, string], { code: string | null }>(db, 'SELECT max(code) AS code FROM session WHERE code >= ? AND code < ?').get(prefix, prefix + '\uffff')!.code;

export type AssessorSessionRow = { id: string; code: string; date: string; scheme_code: string };

/** Sessions from this date on that name this assessor (planned, or for a candidate), soonest first. */
export const assessorSessionsFrom = (db: Db, assessorId: string, date: string) =>
  sql<[{ a: string; date: string }], AssessorSessionRow>(
    db,
    `SELECT s.id, s.code, s.date, sc.code AS scheme_code FROM session s JOIN scheme sc ON sc.id = s.scheme_id
     WHERE s.date >= @date AND s.cancelled_at IS NULL AND s.id IN (SELECT session_id FROM session_assessor WHERE assessor_id = @a UNION SELECT session_id FROM session_candidate WHERE assessor_id = @a)
     ORDER BY s.date, s.start_time, s.code`,
  ).all({ a: assessorId, date });
