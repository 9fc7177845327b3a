import type { TableRule } from '../rules';

const ATTEMPT_COLUMNS = [
  'id', 'session_id', 'candidate_id', 'seed', 'item_order', 'options_in_order', 'agreed_at', 'started_at', 'duration_seconds',
  'extension_seconds', 'paused_at', 'paused_seconds', 'position', 'last_activity_at', 'focus_lost', 'submitted_at',
  'submit_reason', 'receipt',
] as const;
const ANSWER_COLUMNS = ['attempt_id', 'item_id', 'choice', 'text', 'doubtful', 'seq', 'saved_at'] as const;
const AUDIT_COLUMNS = ['seq', 'at', 'actor_account_id', 'actor_role', 'action', 'entity', 'entity_id', 'details', 'prev_hash', 'hash'] as const;
const HEAD_COLUMNS = ['n', 'seq', 'hash', 'signed_at', 'reason', 'signing_public', 'payload', 'signature'] as const;
/** The last row the exporter's signed head covers: the bundle sends exactly the signed part of its log. */
const SIGNED_SEQ = '(SELECT coalesce(max(h.seq), 0) FROM audit_head h WHERE h.installation_id = @installationId)';
/** The attempt's sequence number is its highest answer's: an attempt that went further is newer. */
const ATTEMPT_SEQ = '(SELECT coalesce(max(a.seq), 0) FROM answer a WHERE a.attempt_id = attempt.id)';
const RUN_ENDED = '(CASE WHEN session_run.ended_at IS NULL THEN 0 ELSE 1 END)';

/** A candidate's assessment is signed (FR.AK.02) while a signature for it is not revoked. */
const signedAk02 = (t: string) =>
  `EXISTS (SELECT 1 FROM assessment_signature s WHERE s.form = 'AK.02' AND s.revoked_at IS NULL AND s.session_id = ${t}.session_id AND s.candidate_id = ${t}.candidate_id)`;
const SIGNED_AK05 = `EXISTS (SELECT 1 FROM assessment_signature s WHERE s.form = 'AK.05' AND s.revoked_at IS NULL
  AND s.session_id = assessment_report.session_id AND s.assessor_id = assessment_report.assessor_id)`;
const SIGNATURE_COLUMNS = ['form', 'session_id', 'assessor_id', 'candidate_id', 'signed_at', 'signed_by', 'revoked_at', 'revoked_by', 'revoke_reason'] as const;
const SIGNATURE_REVOKED = '(CASE WHEN assessment_signature.revoked_at IS NULL THEN 0 ELSE 1 END)';

/**
 * Who owns a results row, as SQL giving a session id: the row's session, and only when the candidate it
 * names sits in that session. A results bundle may only touch rows of the session it answers (merge.ts
 * checks before and after), so rows slipped in for another session or candidate are refused.
 */
const inSession = (t: string) =>
  `(SELECT sc.session_id FROM session_candidate sc WHERE sc.session_id = ${t}.session_id AND sc.candidate_id = ${t}.candidate_id)`;
const OF_SESSION = (t: string) => `${t}.session_id`;
/** An answer belongs to its attempt's session, and only for an item of that session's scheme. */
const ANSWER_OWNER = `(SELECT t.session_id FROM attempt t JOIN session s ON s.id = t.session_id
  JOIN item i ON i.id = answer.item_id AND i.scheme_id = s.scheme_id WHERE t.id = answer.attempt_id)`;

/**
 * The assessor's records, newest `seq` wins (the TUK refuses changes to a signed record, so a newer
 * one was unlocked and signed again there); replacing a row that is signed here is listed, never silent.
 */
function assessed(table: string, key: readonly string[], columns: readonly string[], signedWhen?: string): TableRule {
  return {
    name: table,
    table,
    key,
    columns,
    merge: { kind: 'newer', column: 'seq' },
    owner: columns.includes('candidate_id') ? inSession(table) : OF_SESSION(table),
    signedWhen,
    select: `SELECT ${columns.join(', ')} FROM ${table} WHERE session_id = @sessionId ORDER BY ${key.join(', ')}`,
  };
}
const SAVED = ['seq', 'saved_at', 'saved_by'] as const;

const KEY_CORRECTION_COLUMNS = ['session_id', 'item_id', 'action', 'accepted_option', 'reason', 'assessor_id', 'corrected_at'] as const;
const KEY_WITHDRAWAL_COLUMNS = ['session_id', 'item_id', 'action', 'accepted_option', 'corrected_at', 'reason', 'assessor_id', 'withdrawn_at'] as const;
/** A key correction's row belongs to its session only for a multiple-choice question of the session's scheme. */
const SCHEME_QUESTION = (t: string) => `(SELECT s.id FROM session s JOIN item i ON i.scheme_id = s.scheme_id AND i.kind = 'multiple_choice'
  WHERE s.id = ${t}.session_id AND i.id = ${t}.item_id)`;

/**
 * TUK → LSP (and lab PC → proctor station): what happened in one session. Attempts and answers follow
 * "the newer sequence number wins"; audit rows and minutes are never changed. Who at the TUK did
 * something (a TUK-local account) travels in the audit log, not as a column the LSP could not resolve.
 * The assessor's records (issue 4) follow the same rule, with `signedWhen`: a signed decision is never
 * replaced silently. A new table is one more entry here.
 */
export const resultsRules: readonly TableRule[] = [
  {
    name: 'session_run',
    table: 'session_run',
    key: ['session_id'],
    columns: ['session_id', 'started_at', 'ended_at', 'notes'],
    merge: { kind: 'newer', column: 'ended' },
    owner: OF_SESSION('session_run'),
    derived: { ended: RUN_ENDED },
    select: `SELECT session_id, started_at, ended_at, notes, ${RUN_ENDED} AS ended FROM session_run WHERE session_id = @sessionId`,
  },
  {
    // The seats of candidates who started the test here. A newer session bundle that takes a candidate out after they
    // started (before anyone answered) leaves their seat at the TUK (bundles/session-replan.ts); without it here, the
    // LSP dropped their test, answers and records as rows naming no seat. Never changes a seat the LSP holds; the
    // candidate and assessor must be the session's LSP's. The PC label and FR.APL application stay the LSP's.
    name: 'session_candidate',
    table: 'session_candidate',
    // A TUK's app before this rule sends none.
    addedLater: true,
    key: ['session_id', 'candidate_id'],
    columns: ['session_id', 'candidate_id', 'assessor_id'],
    merge: { kind: 'keep' },
    owner: `(SELECT s.id FROM session s WHERE s.id = session_candidate.session_id
      AND s.lsp_id = (SELECT c.lsp_id FROM candidate c WHERE c.id = session_candidate.candidate_id)
      AND s.lsp_id = (SELECT a.lsp_id FROM assessor a WHERE a.id = session_candidate.assessor_id))`,
    select: `SELECT sc.session_id, sc.candidate_id, sc.assessor_id FROM session_candidate sc WHERE sc.session_id = @sessionId
      AND EXISTS (SELECT 1 FROM attempt t WHERE t.session_id = sc.session_id AND t.candidate_id = sc.candidate_id) ORDER BY sc.candidate_id`,
  },
  {
    name: 'attendance',
    table: 'attendance',
    key: ['session_id', 'candidate_id'],
    columns: ['session_id', 'candidate_id', 'status', 'at'],
    merge: { kind: 'newer', column: 'at' },
    owner: inSession('attendance'),
    select: 'SELECT session_id, candidate_id, status, at FROM attendance WHERE session_id = @sessionId ORDER BY candidate_id',
  },
  {
    name: 'attempt',
    table: 'attempt',
    key: ['id'],
    columns: ATTEMPT_COLUMNS,
    merge: { kind: 'newer', column: 'answer_seq' },
    owner: inSession('attempt'),
    derived: { answer_seq: ATTEMPT_SEQ },
    // A TUK before migration 034 sends no options_in_order: its attempts shuffled every question's options, which
    // the column's default ('[]') says, so the LSP prints the letters that TUK's candidates saw.
    optional: ['options_in_order'],
    select: `SELECT ${ATTEMPT_COLUMNS.join(', ')}, ${ATTEMPT_SEQ} AS answer_seq FROM attempt WHERE session_id = @sessionId ORDER BY id`,
  },
  {
    name: 'answer',
    table: 'answer',
    key: ['attempt_id', 'item_id'],
    columns: ANSWER_COLUMNS,
    merge: { kind: 'newer', column: 'seq' },
    owner: ANSWER_OWNER,
    select: `SELECT ${ANSWER_COLUMNS.map((c) => 'a.' + c).join(', ')} FROM answer a JOIN attempt t ON t.id = a.attempt_id
      WHERE t.session_id = @sessionId ORDER BY a.attempt_id, a.item_id`,
  },
  assessed(
    'assessment_score',
    ['session_id', 'candidate_id', 'instrument', 'target_id'],
    ['session_id', 'candidate_id', 'instrument', 'target_id', 'verdict', 'score', 'response', 'note', ...SAVED],
    signedAk02('assessment_score'),
  ),
  assessed(
    'unit_decision',
    ['session_id', 'candidate_id', 'unit_id'],
    ['session_id', 'candidate_id', 'unit_id', 'decision', 'suggestion', 'comment', 'extra_evidence', ...SAVED],
    signedAk02('unit_decision'),
  ),
  assessed(
    'assessment_record',
    ['session_id', 'candidate_id'],
    ['session_id', 'candidate_id', 'knowledge_conclusion', 'knowledge_note', 'recommendation', 'follow_up', 'comment', ...SAVED],
    signedAk02('assessment_record'),
  ),
  {
    // The one results row a candidate saves: their account may be one the TUK made for a card, which the LSP lacks.
    ...assessed('assessment_feedback', ['session_id', 'candidate_id'], ['session_id', 'candidate_id', 'answers', 'comment', 'entered_by_role', ...SAVED]),
    candidateAccount: { column: 'saved_by', enteredBy: 'entered_by_role' },
  },
  assessed(
    'assessment_appeal',
    ['session_id', 'candidate_id'],
    ['session_id', 'candidate_id', 'process_explained', 'discussed_with_assessor', 'involve_other', 'reasons', ...SAVED],
  ),
  assessed(
    'assessment_report',
    ['session_id', 'assessor_id'],
    ['session_id', 'assessor_id', 'positives', 'negatives', 'rejections', 'suggestions', ...SAVED],
    SIGNED_AK05,
  ),
  {
    // Local ids differ between computers: a signature is who signed what when. A revocation arriving
    // later updates it; oldest first, so a revoked signature is closed before its successor arrives.
    name: 'assessment_signature',
    table: 'assessment_signature',
    key: ['form', 'session_id', 'assessor_id', 'candidate_id', 'signed_at'],
    columns: SIGNATURE_COLUMNS,
    merge: { kind: 'newer', column: 'revoked' },
    owner: OF_SESSION('assessment_signature'),
    derived: { revoked: SIGNATURE_REVOKED },
    select: `SELECT ${SIGNATURE_COLUMNS.join(', ')}, ${SIGNATURE_REVOKED} AS revoked FROM assessment_signature
      WHERE session_id = @sessionId ORDER BY signed_at, form, assessor_id, candidate_id`,
  },
  {
    // The candidate's acknowledgement of a signed FR.AK.02 names that signature by its natural key; once
    // given it never changes.
    name: 'assessment_acknowledgement',
    table: 'assessment_acknowledgement',
    key: ['session_id', 'candidate_id', 'assessor_id', 'signed_at'],
    columns: ['session_id', 'candidate_id', 'assessor_id', 'signed_at', 'acknowledged_at'],
    merge: { kind: 'keep' },
    owner: inSession('assessment_acknowledgement'),
    select: `SELECT session_id, candidate_id, assessor_id, signed_at, acknowledged_at FROM assessment_acknowledgement
      WHERE session_id = @sessionId ORDER BY candidate_id, assessor_id, signed_at`,
  },
  {
    // Key corrections (ralat kunci, soal dianulir): append-only, what was done to which question and when the key, never
    // changed (a correction withdrawn and made again is a second row). Only for a question of the session's own scheme,
    // so a bundle cannot annul another scheme's question.
    name: 'key_correction',
    table: 'key_correction',
    // A TUK's app before ralat kunci (migration 031, 032) sends none.
    addedLater: true,
    key: ['session_id', 'item_id', 'action', 'accepted_option', 'corrected_at'],
    columns: KEY_CORRECTION_COLUMNS,
    merge: { kind: 'keep' },
    owner: SCHEME_QUESTION('key_correction'),
    select: `SELECT ${KEY_CORRECTION_COLUMNS.join(', ')} FROM key_correction WHERE session_id = @sessionId ORDER BY corrected_at, rowid`,
  },
  {
    // Their withdrawals, append-only too, each naming its correction: a later bundle of the session brings the ones
    // made since, so the LSP ends with the TUK's corrections in force (a deleted row would have stayed at the LSP).
    name: 'key_correction_withdrawal',
    table: 'key_correction_withdrawal',
    // A TUK's app before ralat kunci (migration 031, 032) sends none.
    addedLater: true,
    key: ['session_id', 'item_id', 'action', 'accepted_option', 'corrected_at'],
    columns: KEY_WITHDRAWAL_COLUMNS,
    merge: { kind: 'keep' },
    owner: SCHEME_QUESTION('key_correction_withdrawal'),
    select: `SELECT ${KEY_WITHDRAWAL_COLUMNS.join(', ')} FROM key_correction_withdrawal WHERE session_id = @sessionId ORDER BY withdrawn_at, rowid`,
  },
  {
    // Berita acara entries: local ids differ between computers, so the entry itself is the key.
    name: 'incident',
    table: 'incident',
    key: ['session_id', 'at', 'text'],
    columns: ['session_id', 'at', 'text'],
    merge: { kind: 'keep' },
    owner: OF_SESSION('incident'),
    select: 'SELECT session_id, at, text FROM incident WHERE session_id = @sessionId ORDER BY at, text',
  },
  {
    name: 'audit',
    table: 'remote_audit_log',
    key: ['source_installation_id', 'seq'],
    columns: ['source_installation_id', ...AUDIT_COLUMNS],
    merge: { kind: 'keep' },
    // This installation's own log up to its signed head (export signs it first), plus the logs it already
    // received from lab PCs, passed on unchanged.
    select: `SELECT @installationId AS source_installation_id, ${AUDIT_COLUMNS.join(', ')} FROM audit_log WHERE seq <= ${SIGNED_SEQ}
      UNION ALL SELECT source_installation_id, ${AUDIT_COLUMNS.join(', ')} FROM remote_audit_log
      ORDER BY 1, 2`,
  },
  {
    // The signed heads those logs are checked against at the receiver (audit verify): the exporter's own,
    // signed just before the snapshot, and the heads that came with the lab PCs' logs.
    name: 'audit_head',
    table: 'remote_audit_head',
    key: ['source_installation_id', 'n'],
    columns: ['source_installation_id', ...HEAD_COLUMNS],
    merge: { kind: 'keep' },
    select: `SELECT installation_id AS source_installation_id, ${HEAD_COLUMNS.join(', ')} FROM audit_head WHERE installation_id = @installationId
      UNION ALL SELECT source_installation_id, ${HEAD_COLUMNS.join(', ')} FROM remote_audit_head
      ORDER BY 1, 2`,
  },
];
