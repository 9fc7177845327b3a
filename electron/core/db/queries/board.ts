import type { Attendance } from '../../../shared/exam-day';
import type { SubmitReason } from '../../../shared/cbt';
import type { Db } from '../open';
import { sql } from '../statements';
import { lockedAtSql, signsIn } from './accounts';
import { lateAnswersSql } from './attempts';
import { heldRefusedSql } from './held-refusals';

export type BoardSqlRow = {
  candidateId: string;
  participantNo: string;
  name: string;
  seat: string | null;
  assessorName: string;
  /** Null for a seat whose account no bundle brought yet (sent before the LSP's passwords): it is seated all the same. */
  accountId: string | null;
  locked: 0 | 1;
  lockedAt: string | null;
  attendance: Attendance | null;
  signedIn: 0 | 1;
  attemptId: string | null;
  startedAt: string | null;
  durationSeconds: number | null;
  extensionSeconds: number | null;
  pausedAt: string | null;
  pausedSeconds: number | null;
  itemOrder: string | null;
  lastActivityAt: string | null;
  lastSavedAt: string | null;
  focusLost: number | null;
  submittedAt: string | null;
  submitReason: SubmitReason | null;
  answered: number;
  doubtful: number;
  /** As attempts.lateAnswerCount. */
  lateAnswers: number;
  /** As held-refusals.heldRefusedCount. */
  heldRefused: number;
  sessionEnded: 0 | 1;
};

/** One row per candidate of the session, with a sign-in account or not yet; `only` narrows to some candidates (for pushed updates). */
export function boardRows(db: Db, sessionId: string, now: string, only: readonly string[] | null = null): BoardSqlRow[] {
  return sql<[{ sessionId: string; now: string; only: string | null }], BoardSqlRow>(
    db,
    `SELECT c.id AS candidateId, c.participant_no AS participantNo, c.name, x.seat, asr.name AS assessorName,
       acc.id AS accountId, ${lockedAtSql('acc')} IS NOT NULL AS locked, ${lockedAtSql('acc')} AS lockedAt, att.status AS attendance,
       EXISTS (SELECT 1 FROM auth_session s WHERE s.account_id = acc.id AND s.exam_session_id = x.session_id
               AND s.revoked_at IS NULL AND s.expires_at > @now) AS signedIn,
       a.id AS attemptId, a.started_at AS startedAt, a.duration_seconds AS durationSeconds,
       a.extension_seconds AS extensionSeconds, a.paused_at AS pausedAt, a.paused_seconds AS pausedSeconds,
       a.item_order AS itemOrder, a.last_activity_at AS lastActivityAt, a.focus_lost AS focusLost,
       a.submitted_at AS submittedAt, a.submit_reason AS submitReason,
       (SELECT max(saved_at) FROM answer w WHERE w.attempt_id = a.id) AS lastSavedAt,
       (SELECT count(*) FROM answer w WHERE w.attempt_id = a.id AND (w.choice IS NOT NULL OR length(trim(coalesce(w.text, ''))) > 0)) AS answered,
       (SELECT count(*) FROM answer w WHERE w.attempt_id = a.id AND w.doubtful = 1) AS doubtful,
       ${lateAnswersSql('a')} AS lateAnswers,
       CASE WHEN a.id IS NULL THEN 0 ELSE ${heldRefusedSql('c.id', 'a.id')} END AS heldRefused,
       coalesce((SELECT r.ended_at IS NOT NULL FROM session_run r WHERE r.session_id = x.session_id), 0) AS sessionEnded
     FROM session_candidate x
       JOIN candidate c ON c.id = x.candidate_id
       JOIN assessor asr ON asr.id = x.assessor_id
       LEFT JOIN account acc ON acc.candidate_id = c.id AND ${signsIn('acc')}
       LEFT JOIN attendance att ON att.session_id = x.session_id AND att.candidate_id = x.candidate_id
       LEFT JOIN attempt a ON a.session_id = x.session_id AND a.candidate_id = x.candidate_id
     WHERE x.session_id = @sessionId
       AND (@only IS NULL OR x.candidate_id IN (SELECT value FROM json_each(@only)))
     ORDER BY x.seat, c.participant_no`,
  ).all({ sessionId, now, only: only ? JSON.stringify(only) : null });
}

/** What the proctor recorded for this seat, if anything (not the status derived from the attempt). */
export function recordedAttendance(db: Db, seat: { sessionId: string; candidateId: string }): Attendance | undefined {
  return sql<[typeof seat], { status: Attendance }>(
    db,
    'SELECT status FROM attendance WHERE session_id = @sessionId AND candidate_id = @candidateId',
  ).get(seat)?.status;
}

export function setAttendance(db: Db, a: { sessionId: string; candidateId: string; status: Attendance; at: string; by: string }): void {
  sql<[typeof a]>(
    db,
    `INSERT INTO attendance (session_id, candidate_id, status, at, by_account_id)
     VALUES (@sessionId, @candidateId, @status, @at, @by)
     ON CONFLICT (session_id, candidate_id) DO UPDATE SET status = excluded.status, at = excluded.at,
       by_account_id = excluded.by_account_id`,
  ).run(a);
}

/** The call that reports it is noted as activity by exam-day/heard-log.ts, only while the test takes answers. */
export function addFocusLost(db: Db, attemptId: string, count: number): void {
  sql<[number, string]>(db, 'UPDATE attempt SET focus_lost = focus_lost + ? WHERE id = ?').run(count, attemptId);
}

export function insertIncident(db: Db, i: { sessionId: string; at: string; text: string; by: string }): void {
  sql<[typeof i]>(db, 'INSERT INTO incident (session_id, at, text, by_account_id) VALUES (@sessionId, @at, @text, @by)').run(i);
}

export function incidents(db: Db, sessionId: string): { id: number; at: string; text: string; by: string }[] {
  return sql<[string], { id: number; at: string; text: string; by: string }>(
    db,
    `SELECT i.id, i.at, i.text, coalesce(a.display_name, '') AS by FROM incident i
     LEFT JOIN account a ON a.id = i.by_account_id WHERE i.session_id = ? ORDER BY i.at, i.id`,
  ).all(sessionId);
}

export function setNotes(db: Db, sessionId: string, notes: string): number {
  return sql<[string, string]>(db, 'UPDATE session_run SET notes = ? WHERE session_id = ?').run(notes, sessionId).changes;
}

export function runNotes(db: Db, sessionId: string): string {
  return sql<[string], { notes: string }>(db, 'SELECT notes FROM session_run WHERE session_id = ?').get(sessionId)?.notes ?? '';
}

/** Staff who acted on this session (started it, ended it, or wrote in the audit log about it), by role. */
export function proctorNames(db: Db, sessionId: string): string[] {
  return sql<[string, string, string], { name: string }>(
    db,
    `SELECT DISTINCT a.display_name AS name FROM account a WHERE a.role = 'proctor' AND (
       a.id IN (SELECT started_by FROM session_run WHERE session_id = ?)
       OR a.id IN (SELECT ended_by FROM session_run WHERE session_id = ?)
       OR a.id IN (SELECT actor_account_id FROM audit_log WHERE entity = 'session' AND entity_id = ?))
     ORDER BY name`,
  )
    .all(sessionId, sessionId, sessionId)
    .map((r) => r.name);
}
