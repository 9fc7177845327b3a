import type { TableRule } from '../rules';

const replace = { kind: 'replace' } as const;
const IN_SCHEME = 'scheme_id = @schemeId';
const SESSION_ASSESSORS = 'SELECT assessor_id FROM session_candidate WHERE session_id = @sessionId';
const SESSION_CANDIDATES = 'SELECT candidate_id FROM session_candidate WHERE session_id = @sessionId';

function rule(name: string, columns: readonly string[], where: string, key: readonly string[] = ['id']): TableRule {
  return { name, table: name, key, columns, merge: replace, select: `SELECT ${columns.join(', ')} FROM ${name} WHERE ${where} ORDER BY ${key.join(', ')}` };
}

/**
 * LSP → TUK: everything a TUK needs to run one session, parents before children. The LSP owns this
 * data, so a differing row is replaced. Accounts carry password hashes only, and not the TUK's own
 * lockout state (failed attempts, locks), which stays local.
 */
export const sessionRules: readonly TableRule[] = [
  rule('lsp', ['id', 'code', 'name', 'license_no', 'address'], 'id = @lspId'),
  rule('tuk', ['id', 'lsp_id', 'code', 'name', 'type', 'address', 'verified_on'], 'id = @tukId'),
  rule('scheme', ['id', 'lsp_id', 'code', 'kind', 'skkni', 'title_id', 'title_en', 'settings'], 'id = @schemeId'),
  rule('unit', ['id', 'scheme_id', 'ordinal', 'code', 'title_id', 'title_en'], IN_SCHEME),
  rule('element', ['id', 'unit_id', 'ordinal', 'title_id', 'title_en'], `unit_id IN (SELECT id FROM unit WHERE ${IN_SCHEME})`),
  rule(
    'kuk',
    ['id', 'element_id', 'ordinal', 'number', 'text_id', 'text_en', 'dimensions'],
    `element_id IN (SELECT e.id FROM element e JOIN unit u ON u.id = e.unit_id WHERE u.${IN_SCHEME})`,
  ),
  rule(
    'item',
    ['id', 'scheme_id', 'kind', 'ref', 'ordinal', 'kuk_id', 'dimensions', 'prompt_id', 'prompt_en', 'expected_id', 'expected_en', 'scoring'],
    IN_SCHEME,
  ),
  rule(
    'item_option',
    ['item_id', 'ordinal', 'text_id', 'text_en', 'is_correct'],
    `item_id IN (SELECT id FROM item WHERE ${IN_SCHEME})`,
    ['item_id', 'ordinal'],
  ),
  rule('observation_item', ['id', 'scheme_id', 'kuk_id', 'benchmark_id', 'benchmark_en'], IN_SCHEME),
  rule('assessor', ['id', 'lsp_id', 'name', 'met_number', 'met_expires_on', 'tech_cert_expires_on'], `id IN (${SESSION_ASSESSORS})`),
  rule('candidate', ['id', 'lsp_id', 'participant_no', 'name', 'nik', 'institution'], `id IN (${SESSION_CANDIDATES})`),
  rule(
    'session',
    ['id', 'lsp_id', 'scheme_id', 'tuk_id', 'code', 'title_id', 'title_en', 'date', 'start_time', 'duration_minutes', 'settings'],
    'id = @sessionId',
  ),
  rule('session_candidate', ['session_id', 'candidate_id', 'assessor_id', 'seat'], 'session_id = @sessionId', ['session_id', 'candidate_id']),
  rule(
    'account',
    ['id', 'role', 'username', 'display_name', 'password_hash', 'lsp_id', 'assessor_id', 'candidate_id', 'disabled', 'created_at'],
    `assessor_id IN (${SESSION_ASSESSORS}) OR candidate_id IN (${SESSION_CANDIDATES})`,
  ),
  rule(
    'attachment',
    ['id', 'owner_table', 'owner_id', 'name', 'media_type', 'sha256', 'size'],
    `owner_table = 'candidate' AND owner_id IN (${SESSION_CANDIDATES})`,
  ),
];
