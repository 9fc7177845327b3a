import type { TableRule } from '../rules';

const ATTEMPT_COLUMNS = [
  'id', 'session_id', 'candidate_id', 'seed', 'item_order', 'agreed_at', 'started_at', 'duration_seconds',
  'extension_seconds', 'paused_at', 'paused_seconds', 'position', 'last_seq', 'last_activity_at', 'submitted_at',
  'submit_reason', 'receipt',
] as const;
const ANSWER_COLUMNS = ['attempt_id', 'item_id', 'choice', 'text', 'doubtful', 'seq', 'saved_at'] as const;
const AUDIT_COLUMNS = ['seq', 'at', 'actor_account_id', 'actor_role', 'action', 'entity', 'entity_id', 'details', 'prev_hash', 'hash'] as const;

/**
 * TUK → LSP (and lab PC → proctor station): what happened in one session. Attempts and answers follow
 * "the newer sequence number wins"; audit rows are never changed. Tables from later issues (the
 * assessor's scores and signed decisions, forms, minutes, attendance) are added here as one entry each,
 * decisions with `{ kind: 'keep' }` so that a signed decision is never overwritten silently.
 */
export const resultsRules: readonly TableRule[] = [
  {
    name: 'attempt',
    table: 'attempt',
    key: ['id'],
    columns: ATTEMPT_COLUMNS,
    merge: { kind: 'newer', column: 'last_seq' },
    select: `SELECT ${ATTEMPT_COLUMNS.join(', ')} FROM attempt WHERE session_id = @sessionId ORDER BY id`,
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
