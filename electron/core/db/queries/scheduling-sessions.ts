/** Planned sessions: the rows sessions/create and update write, the list with its derived status, one session's people. */
import type { SessionStatus } from '../../../shared/scheduling';
import type { TukZone } from '../../../shared/time-zones';
import type { Db } from '../open';
import { sql } from '../statements';
import { IN_FORCE } from './pleno-records';
import { notBegunSql, nowOnTukClock } from './session-now';

export type SessionRow = {
  id: string;
  lsp_id: string;
  scheme_id: string;
  tuk_id: string;
  code: string;
  title_id: string;
  title_en: string | null;
  date: string;
  start_time: string;
  duration_minutes: number;
  mode: 'room_server' | 'single_station' | 'standalone';
  changed_at: string | null;
};

const COLUMNS = 'id, lsp_id, scheme_id, tuk_id, code, title_id, title_en, date, start_time, duration_minutes, mode, changed_at';

export const sessionRow = (db: Db, lspId: string, id: string) =>
  sql<[string, string], SessionRow>(db, `SELECT ${COLUMNS} FROM session WHERE lsp_id = ? AND id = ?`).get(lspId, id);

export function insertSession(db: Db, row: SessionRow): void {
  sql<[SessionRow]>(
    db,
    `INSERT INTO session (${COLUMNS}, settings)
     VALUES (@id, @lsp_id, @scheme_id, @tuk_id, @code, @title_id, @title_en, @date, @start_time, @duration_minutes, @mode, @changed_at, '{}')`,
  ).run(row);
}

export function updateSession(db: Db, row: SessionRow): void {
  sql<[SessionRow]>(
    db,
    `UPDATE session SET scheme_id = @scheme_id, tuk_id = @tuk_id, code = @code, title_id = @title_id, title_en = @title_en, date = @date,
       start_time = @start_time, duration_minutes = @duration_minutes, mode = @mode, changed_at = @changed_at
     WHERE id = @id AND lsp_id = @lsp_id`,
  ).run(row);
}

/** The session's assessors: planned ones and those with candidates (a demo or imported session has only the latter). */
export const sessionAssessorIds = (db: Db, sessionId: string): string[] =>
  sql<[string, string], { assessor_id: string }>(
    db,
    `SELECT x.assessor_id FROM (SELECT assessor_id FROM session_assessor WHERE session_id = ? UNION SELECT assessor_id FROM session_candidate WHERE session_id = ?) x
     JOIN assessor a ON a.id = x.assessor_id ORDER BY a.name, a.id`,
  )
    .all(sessionId, sessionId)
    .map((r) => r.assessor_id);

export const deleteSessionAssessors = (db: Db, sessionId: string) => sql<[string]>(db, 'DELETE FROM session_assessor WHERE session_id = ?').run(sessionId);

export const insertSessionAssessor = (db: Db, sessionId: string, assessorId: string) =>
  sql<[string, string]>(db, 'INSERT INTO session_assessor (session_id, assessor_id) VALUES (?, ?)').run(sessionId, assessorId);

export type SeatRow = { candidate_id: string; assessor_id: string; seat: string | null };

export const seatsOf = (db: Db, sessionId: string) =>
  sql<[string], SeatRow>(
    db,
    `SELECT x.candidate_id, x.assessor_id, x.seat FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id
     WHERE x.session_id = ? ORDER BY c.participant_no, c.id`,
  ).all(sessionId);

/**
 * A seat of a plan being saved, on the candidate's current application for the session's scheme version
 * (their newest round; null without one): the seat keeps naming it once the session is over, whatever
 * round the candidate starts later (migration 028).
 */
export const upsertSeat = (db: Db, sessionId: string, schemeId: string, r: SeatRow) =>
  sql<[{ session_id: string; scheme_id: string } & SeatRow]>(
    db,
    `INSERT INTO session_candidate (session_id, candidate_id, assessor_id, seat, apl_application_id)
     VALUES (@session_id, @candidate_id, @assessor_id, @seat,
       (SELECT id FROM apl_application WHERE candidate_id = @candidate_id AND scheme_id = @scheme_id ORDER BY round_no DESC LIMIT 1))
     ON CONFLICT (session_id, candidate_id) DO UPDATE SET assessor_id = excluded.assessor_id, seat = excluded.seat, apl_application_id = excluded.apl_application_id`,
  ).run({ session_id: sessionId, scheme_id: schemeId, ...r });

/** A seat made outside a plan's save (the demo's): on the candidate's current application, as upsertSeat would. */
export const linkSeatApplication = (db: Db, sessionId: string, candidateId: string) =>
  sql<[{ session_id: string; candidate_id: string }]>(
    db,
    `UPDATE session_candidate SET apl_application_id = (
       SELECT a.id FROM apl_application a JOIN session s ON s.id = session_candidate.session_id
       WHERE a.candidate_id = session_candidate.candidate_id AND a.scheme_id = s.scheme_id ORDER BY a.round_no DESC LIMIT 1)
     WHERE session_id = @session_id AND candidate_id = @candidate_id`,
  ).run({ session_id: sessionId, candidate_id: candidateId });

export const deleteSeat = (db: Db, sessionId: string, candidateId: string) =>
  sql<[string, string]>(db, 'DELETE FROM session_candidate WHERE session_id = ? AND candidate_id = ?').run(sessionId, candidateId);

export type PlannedAssessorRow = { id: string; name: string; met_number: string; candidate_count: number };

export const plannedAssessors = (db: Db, sessionId: string) =>
  sql<[string, string, string], PlannedAssessorRow>(
    db,
    `SELECT a.id, a.name, a.met_number, (SELECT count(*) FROM session_candidate y WHERE y.session_id = ? AND y.assessor_id = a.id) AS candidate_count
     FROM assessor a WHERE a.id IN (SELECT assessor_id FROM session_assessor WHERE session_id = ? UNION SELECT assessor_id FROM session_candidate WHERE session_id = ?)
     ORDER BY a.name, a.id`,
  ).all(sessionId, sessionId, sessionId);

export type PlannedCandidateRow = {
  candidate_id: string;
  name: string;
  nik: string;
  participant_no: string;
  assessor_id: string;
  seat: string | null;
  apl_application_id: string | null;
  apl_round: number | null;
};

export const plannedCandidates = (db: Db, sessionId: string) =>
  sql<[string], PlannedCandidateRow>(
    db,
    `SELECT c.id AS candidate_id, c.name, c.nik, c.participant_no, x.assessor_id, x.seat, x.apl_application_id,
       (SELECT round_no FROM apl_application WHERE id = x.apl_application_id) AS apl_round
     FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id WHERE x.session_id = ? ORDER BY c.participant_no, c.id`,
  ).all(sessionId);

/**
 * A session's status from what this installation holds (@now: the current instant, nowInstantMinutes; a session's
 * start and end are compared with it on its TUK's clock, session-now.ts):
 *   certified         — results are here, a pleno in force decided it, and every candidate it decided K in a
 *                       signed pleno holds a certificate (at least one was issued);
 *   pleno_decided     — results are here and a pleno in force (decided or signed, not corrected by a signed one)
 *                       holds it: the certification decision is taken;
 *   decided           — results are here and every candidate is either absent or has a live FR.AK.02 signature
 *                       (the assessor's decision, before any pleno's);
 *   results_in        — a results bundle for it was imported, or it ended here with attempts;
 *   awaiting_results  — it ended here, or its time is over;
 *   running           — it started here, or its time has begun;
 *   upcoming          — none of these;
 *   cancelled         — called off before it started (sessions/cancel), whatever its clock says since; unless
 *                       results came back all the same (a TUK that started early, before the cancellation
 *                       reached it): those are for the pleno, and listing the session as cancelled would hide them.
 * Read through STATUS_FROM's joins: bundle_import has no index by session, so its results sessions are
 * collected once per statement rather than looked up once per session.
 */
export const STATUS_FROM = `LEFT JOIN session_run run ON run.session_id = s.id
  LEFT JOIN (SELECT DISTINCT session_id FROM bundle_import WHERE kind = 'results' AND session_id IS NOT NULL) rb ON rb.session_id = s.id`;
const HAS_RESULTS = `(rb.session_id IS NOT NULL OR (run.ended_at IS NOT NULL AND EXISTS (SELECT 1 FROM attempt a WHERE a.session_id = s.id)))`;
const ALL_DECIDED = `(EXISTS (SELECT 1 FROM session_candidate x WHERE x.session_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM session_candidate x WHERE x.session_id = s.id
    AND NOT EXISTS (SELECT 1 FROM assessment_signature g WHERE g.form = 'AK.02' AND g.session_id = s.id AND g.candidate_id = x.candidate_id AND g.revoked_at IS NULL)
    AND NOT EXISTS (SELECT 1 FROM attendance d WHERE d.session_id = s.id AND d.candidate_id = x.candidate_id AND d.status = 'absent')))`;
/** A pleno in force that has taken its decision (IN_FORCE: no signed correction replaced it). */
const PLENO_DECIDED = `EXISTS (SELECT 1 FROM pleno_session ps JOIN pleno p ON p.id = ps.pleno_id
  WHERE ps.session_id = s.id AND p.status IN ('decided', 'signed') AND ${IN_FORCE})`;
/** Certificates were issued, and none that a signed pleno in force decided K is still without one (held by an appeal, not yet numbered). */
const CERTIFIED = `(EXISTS (SELECT 1 FROM certificate ce WHERE ce.session_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM pleno_decision d JOIN pleno p ON p.id = d.pleno_id
    WHERE d.session_id = s.id AND d.decision = 'K' AND p.status = 'signed' AND ${IN_FORCE}
      AND NOT EXISTS (SELECT 1 FROM certificate ce WHERE ce.session_id = s.id AND ce.candidate_id = d.candidate_id)))`;
export const STATUS_SQL = `CASE
  WHEN ${HAS_RESULTS} THEN CASE WHEN ${PLENO_DECIDED} THEN (CASE WHEN ${CERTIFIED} THEN 'certified' ELSE 'pleno_decided' END)
    WHEN ${ALL_DECIDED} THEN 'decided' ELSE 'results_in' END
  WHEN s.cancelled_at IS NOT NULL THEN 'cancelled'
  WHEN run.ended_at IS NOT NULL OR s.ends_min <= ${nowOnTukClock('@now')} THEN 'awaiting_results'
  WHEN run.started_at IS NOT NULL OR s.starts_min <= ${nowOnTukClock('@now')} THEN 'running'
  ELSE 'upcoming' END`;

/**
 * A scheme version's sessions whose bundle went out and which have not begun: a change to the version's approved
 * bank (a question or benchmark approved or retired) is one the TUK's copy lacks.
 */
export const exportedUpcomingOfScheme = (db: Db, schemeId: string, now: number): string[] =>
  sql<[{ schemeId: string; now: number }], { id: string }>(
    db,
    `SELECT s.id FROM session s ${STATUS_FROM}
     WHERE s.scheme_id = @schemeId AND EXISTS (SELECT 1 FROM session_export e WHERE e.session_id = s.id) AND (${STATUS_SQL}) = 'upcoming'`,
  )
    .all({ schemeId, now })
    .map((r) => r.id);

/**
 * The upcoming sessions whose bundle went out that plan this assessor (planned, or named by a candidate's seat):
 * the bundle carries the assessors' sign-in accounts as they were when it was written.
 */
export const exportedUpcomingOfAssessor = (db: Db, assessorId: string, now: number): string[] =>
  sql<[{ assessorId: string; now: number }], { id: string }>(
    db,
    `SELECT s.id FROM session s ${STATUS_FROM}
     WHERE s.id IN (SELECT session_id FROM session_assessor WHERE assessor_id = @assessorId UNION SELECT session_id FROM session_candidate WHERE assessor_id = @assessorId)
       AND EXISTS (SELECT 1 FROM session_export e WHERE e.session_id = s.id) AND (${STATUS_SQL}) = 'upcoming'`,
  )
    .all({ assessorId, now })
    .map((r) => r.id);

export type ListRow = SessionRow & {
  starts_min: number;
  ends_min: number;
  scheme_code: string;
  scheme_version: number;
  scheme_title_id: string;
  scheme_title_en: string | null;
  tuk_code: string;
  tuk_name: string;
  tuk_type: 'sewaktu' | 'tempat_kerja' | 'mandiri';
  tuk_zone: TukZone | null;
  candidate_count: number;
  assessor_count: number;
  /** When its last session bundle was written (session_export), null before the first. */
  exported_at: string | null;
  /** 1: changed after its last export (CHANGED_SINCE_EXPORT_SQL). */
  changed_since_export: 0 | 1;
  status: SessionStatus;
} & Cancellation;

/** Set together by sessions/cancel, null for a session not called off. */
export type Cancellation = { cancelled_at: string | null; cancelled_by: string | null; cancel_reason: string | null };

/** When the session's last bundle was written (session_export), NULL before the first. */
const EXPORTED_AT_SQL = '(SELECT e.exported_at FROM session_export e WHERE e.session_id = s.id)';

/**
 * Changed (plan, written test, passwords, cancellation) after its last export: the TUK holds an older plan.
 * ISO times compare as text; never exported, or never changed here, is not "changed since" (NULL: 0). The
 * one statement of the rule: the list's changed_since_export and its unsent filter both read it.
 */
const CHANGED_SINCE_EXPORT_SQL = `coalesce(s.changed_at > ${EXPORTED_AT_SQL}, 0)`;

const LIST_SELECT = `SELECT s.id, s.lsp_id, s.scheme_id, s.tuk_id, s.code, s.title_id, s.title_en, s.date, s.start_time, s.duration_minutes, s.mode,
    s.changed_at, s.cancelled_at, s.cancelled_by, s.cancel_reason, ${EXPORTED_AT_SQL} AS exported_at, ${CHANGED_SINCE_EXPORT_SQL} AS changed_since_export, s.starts_min, s.ends_min, sc.code AS scheme_code, sc.version AS scheme_version, sc.title_id AS scheme_title_id,
    sc.title_en AS scheme_title_en, t.code AS tuk_code, t.name AS tuk_name, t.type AS tuk_type, t.time_zone AS tuk_zone,
    (SELECT count(*) FROM session_candidate x WHERE x.session_id = s.id) AS candidate_count,
    (SELECT count(*) FROM (SELECT assessor_id FROM session_assessor WHERE session_id = s.id UNION SELECT assessor_id FROM session_candidate WHERE session_id = s.id)) AS assessor_count,
    ${STATUS_SQL} AS status
  FROM session s JOIN scheme sc ON sc.id = s.scheme_id JOIN tuk t ON t.id = s.tuk_id ${STATUS_FROM}`;

export const listRow = (db: Db, lspId: string, id: string, now: number) =>
  sql<[{ lspId: string; id: string; now: number }], ListRow>(db, `${LIST_SELECT} WHERE s.lsp_id = @lspId AND s.id = @id`).get({ lspId, id, now });

/** One session's row and derived status, without the list's counts and joins (the edit checks read it). */
export const sessionStatus = (db: Db, lspId: string, id: string, now: number) =>
  sql<[{ lspId: string; id: string; now: number }], SessionRow & { status: ListRow['status']; cancelled_at: string | null }>(
    db,
    `SELECT s.id, s.lsp_id, s.scheme_id, s.tuk_id, s.code, s.title_id, s.title_en, s.date, s.start_time, s.duration_minutes, s.mode, s.changed_at,
       s.cancelled_at, ${STATUS_SQL} AS status
     FROM session s ${STATUS_FROM} WHERE s.lsp_id = @lspId AND s.id = @id`,
  ).get({ lspId, id, now });

export type SessionFilter = {
  lspId: string;
  now: number;
  status: string | null;
  /** [from, to) in absolute minutes. */
  fromMin: number | null;
  toMin: number | null;
  tukId: string | null;
  schemeCode: string | null;
  assessorId: string | null;
  prefix: string | null;
  /** Leave cancelled sessions out whatever the status asked (the LSP home's next sessions). */
  liveOnly?: boolean;
  /**
   * Planned here (changed_at set: the demo's session and bundles' sessions were not), not cancelled, and its
   * TUK does not hold the current plan: no bundle left, or the plan changed since (CHANGED_SINCE_EXPORT_SQL).
   */
  unsent?: boolean;
  /** Only these sessions (the core's own reckoning, e.g. those whose plan now breaks a rule); null: any. */
  ids?: readonly string[] | null;
};

type Params = Record<string, string | number>;

/** `idsLead`: the listed ids are looked up (a count); else each row is tested (a page in start order). */
function where(f: SessionFilter, idsLead = false): { text: string; params: Params } {
  const parts = ['s.lsp_id = @lspId'];
  const params: Params = { lspId: f.lspId, now: f.now };
  const add = (text: string, values: Params) => {
    parts.push(text);
    Object.assign(params, values);
  };
  if (f.fromMin !== null) add('s.starts_min >= @fromMin', { fromMin: f.fromMin });
  if (f.toMin !== null) add('s.starts_min < @toMin', { toMin: f.toMin });
  // Upcoming sessions have not begun: a range the index reads instead of every row's status.
  if (f.status === 'upcoming') add(notBegunSql('@now'), {});
  if (f.liveOnly) add('s.cancelled_at IS NULL', {});
  if (f.unsent) {
    add(`s.cancelled_at IS NULL AND s.changed_at IS NOT NULL AND (${EXPORTED_AT_SQL} IS NULL OR ${CHANGED_SINCE_EXPORT_SQL})`, {});
  }
  // A page tests each row the start index gives (+: not a lookup of each id), so it stops at its last row instead of
  // reading every listed session's columns before sorting them; a count looks each id up.
  if (f.ids) add(`${idsLead ? '' : '+'}s.id IN (SELECT value FROM json_each(@ids))`, { ids: JSON.stringify(f.ids) });
  if (f.tukId !== null) add('s.tuk_id = @tukId', { tukId: f.tukId });
  if (f.schemeCode !== null) add('sc.code = @schemeCode', { schemeCode: f.schemeCode });
  if (f.assessorId !== null) {
    add('s.id IN (SELECT session_id FROM session_assessor WHERE assessor_id = @assessorId UNION SELECT session_id FROM session_candidate WHERE assessor_id = @assessorId)', {
      assessorId: f.assessorId,
    });
  }
  if (f.prefix !== null) {
    // The code in any case, as the title: "jdw-2026" typed found nothing where "JDW-2026" found the session.
    add('((s.code >= @lo COLLATE NOCASE AND s.code < @hi COLLATE NOCASE) OR (s.title_id >= @lo COLLATE NOCASE AND s.title_id < @hi COLLATE NOCASE))', {
      lo: f.prefix,
      hi: f.prefix + '\uffff',
    });
  }
  return { text: parts.join(' AND '), params };
}

/** One page in start order (ties by id), after a cursor; the status filter applies to the derived status. */
export function sessionPage(db: Db, f: SessionFilter, order: 'asc' | 'desc', after: { starts: number; id: string } | null, fetch: number): ListRow[] {
  const w = where(f);
  const params: Params = { ...w.params, fetch };
  const cmp = order === 'asc' ? '>' : '<';
  const keyset = after ? ` AND (s.starts_min, s.id) ${cmp} (@afterStarts, @afterId)` : '';
  if (after) Object.assign(params, { afterStarts: after.starts, afterId: after.id });
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  const status = f.status === null ? '' : ` AND ${STATUS_SQL} = @status`;
  if (f.status !== null) params.status = f.status;
  const text = `${LIST_SELECT} WHERE ${w.text}${status}${keyset} ORDER BY s.starts_min ${dir}, s.id ${dir} LIMIT @fetch`;
  return sql<[Params], ListRow>(db, text).all(params);
}

/**
 * How many of the LSP's sessions are in each status, in one pass (the LSP home's "what waits"): the same
 * STATUS_SQL as the list's filter, so each number is what `sessions/list {status}` counts.
 */
export function sessionStatusCounts(db: Db, lspId: string, now: number): Partial<Record<ListRow['status'], number>> {
  const rows = sql<[{ lspId: string; now: number }], { status: ListRow['status']; n: number }>(
    db,
    `SELECT status, count(*) AS n FROM (SELECT ${STATUS_SQL} AS status FROM session s ${STATUS_FROM} WHERE s.lsp_id = @lspId) GROUP BY status`,
  ).all({ lspId, now });
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export function sessionCount(db: Db, f: SessionFilter, cap: number): number {
  const w = where(f, true);
  const params: Params = { ...w.params, cap: cap + 1 };
  const inner =
    f.status === null
      ? `SELECT 1 FROM session s JOIN scheme sc ON sc.id = s.scheme_id WHERE ${w.text}`
      : `SELECT 1 FROM session s JOIN scheme sc ON sc.id = s.scheme_id ${STATUS_FROM} WHERE ${w.text} AND ${STATUS_SQL} = @status`;
  if (f.status !== null) params.status = f.status;
  return sql<[Params], { n: number }>(db, `SELECT count(*) AS n FROM (${inner} LIMIT @cap)`).get(params)!.n;
}

/** Calls a session off (sessions/cancel): the caller checked it has not started. */
export const cancelSession = (db: Db, id: string, at: string, by: string, reason: string) =>
  sql<[{ id: string; at: string; by: string; reason: string }]>(
    db,
    'UPDATE session SET cancelled_at = @at, cancelled_by = @by, cancel_reason = @reason, changed_at = @at WHERE id = @id AND cancelled_at IS NULL',
  ).run({ id, at, by, reason });

/** Whether a session was called off, and when its last bundle left (null: never), for the export's check. */
export const exportState = (db: Db, id: string) =>
  sql<[string], { cancelled_at: string | null; exported_at: string | null }>(
    db,
    'SELECT s.cancelled_at, (SELECT e.exported_at FROM session_export e WHERE e.session_id = s.id) AS exported_at FROM session s WHERE s.id = ?',
  ).get(id);
