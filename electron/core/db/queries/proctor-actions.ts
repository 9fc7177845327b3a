import type { ProctorAction, ProctorActionKind } from '../../../shared/exam-day';
import type { Db } from '../open';
import { sql } from '../statements';

/** The audit actions the berita acara lists, by the name it gives them. */
const KIND_OF_ACTION: Record<string, ProctorActionKind> = {
  'exam.extended': 'extended',
  'exam.paused': 'paused',
  'exam.resumed': 'resumed',
  'exam.resetLogin': 'resetLogin',
  'exam.passwordIssued': 'passwordIssued',
  'exam.forceSubmitted': 'forceSubmitted',
  'exam.extendedAll': 'extendedAll',
  'exam.pausedAll': 'pausedAll',
  'exam.resumedAll': 'resumedAll',
  'exam.markedAllAbsent': 'markedAllAbsent',
  'exam.unlockedAll': 'unlockedAll',
  'exam.markedAbsent': 'markedAbsent',
  'exam.checkedIn': 'checkedInAgain',
  'exam.ended': 'sessionEnded',
  'cbt.submitted': 'collectedAtEnd',
  'exam.serverRestarted': 'serverRestarted',
};

type Row = Omit<ProctorAction, 'action' | 'minutes' | 'candidates' | 'since'> & {
  since: string | null;
  auditAction: string;
  extended: number | null;
  credited: number | null;
  leftSeconds: number | null;
  candidates: number | null;
};

/**
 * What proctors did to the session's candidates, oldest first, read from the audit log where each was
 * recorded with its reason in the same transaction as the change. Per-attempt actions name the attempt;
 * a login reset and a new card name the account and the session in its details; a room-wide action names the
 * session and lists the candidates it changed. Attendance names the candidate and the session in its
 * details; a check-in is listed only when it undid a recorded absence (a plain one is the daftar hadir's).
 * Closing the session is listed with how many tests it collected, then each of those tests with the time
 * its candidate still had (from the attempt's own record: a pause under way at closing ended then and is
 * credited like any other) and the closing's reason, since that closing is why it was collected.
 * A restart of the room server during the session is a row no one did, with the last activity before it.
 */
export function proctorActions(db: Db, sessionId: string): ProctorAction[] {
  const rows = sql<[{ sessionId: string }], Row>(
    db,
    `WITH closing AS (
       SELECT seq, coalesce(json_extract(details, '$.reason'), '') AS reason FROM audit_log
       WHERE action = 'exam.ended' AND entity = 'session' AND entity_id = @sessionId
     )
     SELECT l.at, l.action AS auditAction, coalesce(c.participant_no, '') AS participantNo, coalesce(c.name, '') AS candidateName,
       CASE WHEN l.action = 'cbt.submitted' THEN coalesce((SELECT reason FROM closing), '')
         ELSE coalesce(json_extract(l.details, '$.reason'), '') END AS reason,
       json_extract(l.details, '$.minutes') AS extended, json_extract(l.details, '$.lastActivityAt') AS since, json_extract(l.details, '$.creditedSeconds') AS credited,
       CASE WHEN l.action = 'cbt.submitted' THEN
         t.duration_seconds + t.extension_seconds + t.paused_seconds
         + coalesce((SELECT sum((julianday(p.resumed_at) - julianday(p.paused_at)) * 86400) FROM attempt_pause p
                     WHERE p.attempt_id = t.id AND p.resumed_at = t.submitted_at), 0)
         - (julianday(t.submitted_at) - julianday(t.started_at)) * 86400 END AS leftSeconds,
       CASE WHEN l.action = 'exam.ended' THEN (SELECT count(*) FROM attempt a WHERE a.session_id = @sessionId AND a.submit_reason = 'session_ended')
         WHEN l.action = 'exam.serverRestarted' THEN NULL
         WHEN l.entity = 'session' THEN json_array_length(l.details, '$.candidateIds') END AS candidates,
       coalesce(who.display_name, '') AS by
     FROM audit_log l
       LEFT JOIN attempt t ON l.entity = 'attempt' AND t.id = l.entity_id
       LEFT JOIN account acc ON l.entity = 'account' AND acc.id = l.entity_id
       LEFT JOIN candidate c ON c.id = CASE WHEN l.entity = 'candidate' THEN l.entity_id ELSE coalesce(t.candidate_id, acc.candidate_id) END
       LEFT JOIN account who ON who.id = l.actor_account_id
     WHERE ((l.action IN ('exam.extended', 'exam.paused', 'exam.resumed', 'exam.forceSubmitted')
             AND l.entity = 'attempt' AND t.session_id = @sessionId)
         OR (l.action IN ('exam.resetLogin', 'exam.passwordIssued') AND l.entity = 'account' AND c.id IS NOT NULL
             AND json_extract(l.details, '$.sessionId') = @sessionId)
         OR (l.entity = 'candidate' AND json_extract(l.details, '$.sessionId') = @sessionId
             AND (l.action = 'exam.markedAbsent' OR (l.action = 'exam.checkedIn' AND json_extract(l.details, '$.previously') = 'absent')))
         OR (l.action IN ('exam.extendedAll', 'exam.pausedAll', 'exam.resumedAll', 'exam.markedAllAbsent', 'exam.unlockedAll', 'exam.ended', 'exam.serverRestarted')
             AND l.entity = 'session' AND l.entity_id = @sessionId)
         OR (l.action = 'cbt.submitted' AND l.entity = 'attempt' AND t.session_id = @sessionId
             AND json_extract(l.details, '$.reason') = 'session_ended'))
     -- The tests a closing collected are written before the closing itself; listed after it, where they belong.
     ORDER BY CASE WHEN l.action = 'cbt.submitted' THEN coalesce((SELECT seq FROM closing), l.seq) ELSE l.seq END,
       l.action = 'cbt.submitted', l.seq`,
  ).all({ sessionId });
  return rows.map(({ auditAction, extended, credited, leftSeconds, since, ...r }) => ({
    ...r,
    ...(since !== null ? { since } : {}),
    action: KIND_OF_ACTION[auditAction],
    minutes: extended ?? (credited !== null ? Math.round(credited / 60) : leftSeconds !== null ? minutesLeft(leftSeconds) : null),
  }));
}

/** Whole minutes, as the countdown's minutes read: 65 min 40 s left is "65", never more than the candidate had. */
function minutesLeft(seconds: number): number {
  // julianday arithmetic leaves a few microseconds of float error around exact seconds.
  return Math.floor(Math.max(0, Math.round(seconds)) / 60);
}
