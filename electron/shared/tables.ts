/**
 * Every table of the schema, by its SQL name. Bundle previews and results count rows per table, and a
 * screen names each in words (renderer/src/screens/bundles/table-labels.ts); a core test fails when a
 * migration adds a table missing here, so no raw name reaches a screen.
 */
export const TABLE_NAMES = [
  'account',
  'answer',
  'apl_application',
  'apl_evidence',
  'apl_self_answer',
  'apl_self_assessment',
  'assessment_acknowledgement',
  'assessment_appeal',
  'assessment_feedback',
  'assessment_record',
  'assessment_report',
  'assessment_score',
  'assessment_signature',
  'assessor',
  'assessor_scheme',
  'attachment',
  'attempt',
  'attempt_pause',
  'attendance',
  'audit_head',
  'audit_log',
  'auth_session',
  'bundle_conflict',
  'bundle_import',
  'candidate',
  'element',
  'incident',
  'installation_key',
  'item',
  'item_image',
  'item_kuk',
  'item_option',
  'key_wrap',
  'kuk',
  'lsp',
  'observation_item',
  'remote_audit_head',
  'remote_audit_log',
  'scheme',
  'session',
  'session_assessor',
  'session_candidate',
  'session_export',
  'session_run',
  'session_token',
  'setting',
  'signer_pin',
  'tuk',
  'tuk_verification',
  'unit',
  'unit_decision',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}
