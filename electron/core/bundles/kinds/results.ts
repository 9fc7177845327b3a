import type { TableRule } from '../rules';

const ATTEMPT_COLUMNS = [
  'id', 'session_id', 'candidate_id', 'seed', 'item_order', 'agreed_at', 'started_at', 'duration_seconds',
  'extension_seconds', 'paused_at', 'paused_seconds', 'position', 'last_activity_at', 'focus_lost', 'submitted_at',
  'submit_reason', 'receipt',
] as const;
const ANSWER_COLUMNS = ['attempt_id', 'item_id', 'choice', 'text', 'doubtful', 'seq', 'saved_at'] as const;
const AUDIT_COLUMNS = ['seq', 'at', 'actor_account_id', 'actor_role', 'action', 'entity', 'entity_id', 'details', 'prev_hash', 'hash'] as const;
/** The attempt's sequence number is its highest answer's: an attempt that went further is newer. */
const ATTEMPT_SEQ = '(SELECT coalesce(max(a.seq), 0) FROM answer a WHERE a.attempt_id = attempt.id)';
const RUN_ENDED = '(CASE WHEN session_run.ended_at IS NULL THEN 0 ELSE 1 END)';

/**
 * TUK → LSP (and lab PC → proctor station): what happened in one session. Attempts and answers follow
 * "the newer sequence number wins"; audit rows and minutes are never changed. Who at the TUK did
 * something (a TUK-local account) travels in the audit log, not as a column the LSP could not resolve.
 * Tables from later issues (the assessor's scores and signed decisions, forms) are added here as one
 * entry each, decisions with `{ kind: 'keep' }` so that a signed decision is never overwritten silently.
 */
export const resultsRules: readonly TableRule[] = [
  {
    name: 'session_run',
    table: 'session_run',
    key: ['session_id'],
    columns: ['session_id', 'started_at', 'ended_at', 'notes'],
    merge: { kind: 'newer', column: 'ended' },
    derived: { ended: RUN_ENDED },
    select: `SELECT session_id, started_at, ended_at, notes, ${RUN_ENDED} AS ended FROM session_run WHERE session_id = @sessionId`,
  },
  {
    name: 'attendance',
    table: 'attendance',
    key: ['session_id', 'candidate_id'],
    columns: ['session_id', 'candidate_id', 'status', 'at'],
    merge: { kind: 'newer', column: 'at' },
    select: 'SELECT session_id, candidate_id, status, at FROM attendance WHERE session_id = @sessionId ORDER BY candidate_id',
  },
  {
    name: 'attempt',
    table: 'attempt',
    key: ['id'],
    columns: ATTEMPT_COLUMNS,
    merge: { kind: 'newer', column: 'answer_seq' },
    derived: { answer_seq: ATTEMPT_SEQ },
    select: `SELECT ${ATTEMPT_COLUMNS.join(', ')}, ${ATTEMPT_SEQ} AS answer_seq FROM attempt WHERE session_id = @sessionId ORDER BY id`,
  },
  {
    name: 'answer',
    table: 'answer',
    key: ['attempt_id', 'item_id'],
    columns: ANSWER_COLUMNS,
    merge: { kind: 'newer', column: 'seq' },
    select: `SELECT ${ANSWER_COLUMNS.map((c) => 'a.' + c).join(', ')} FROM answer a JOIN attempt t ON t.id = a.attempt_id
      WHERE t.session_id = @sessionId ORDER BY a.attempt_id, a.item_id`,
  },
  {
    // Berita acara entries: local ids differ between computers, so the entry itself is the key.
    name: 'incident',
    table: 'incident',
    key: ['session_id', 'at', 'text'],
    columns: ['session_id', 'at', 'text'],
    merge: { kind: 'keep' },
    select: 'SELECT session_id, at, text FROM incident WHERE session_id = @sessionId ORDER BY at, text',
  },
  {
    name: 'audit',
    table: 'remote_audit_log',
    key: ['source_installation_id', 'seq'],
    columns: ['source_installation_id', ...AUDIT_COLUMNS],
    merge: { kind: 'keep' },
    // This installation's own log, plus the logs it already received from lab PCs, passed on unchanged.
    select: `SELECT @installationId AS source_installation_id, ${AUDIT_COLUMNS.join(', ')} FROM audit_log
      UNION ALL SELECT source_installation_id, ${AUDIT_COLUMNS.join(', ')} FROM remote_audit_log
      ORDER BY 1, 2`,
  },
];
