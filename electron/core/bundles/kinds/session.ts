import { ownPassword } from '../../db/queries/accounts';
import type { TableRule } from '../rules';

const replace = { kind: 'replace' } as const;
const IN_SCHEME = 'scheme_id = @schemeId';
const NOT_DRAFT = "status <> 'draft'";
const SENT_ITEMS = `SELECT id FROM item WHERE ${IN_SCHEME} AND ${NOT_DRAFT}`;
// Assessors with candidates, and those planned without any yet (session_assessor, issue 16).
const SESSION_ASSESSORS =
  'SELECT assessor_id FROM session_candidate WHERE session_id = @sessionId UNION SELECT assessor_id FROM session_assessor WHERE session_id = @sessionId';
const SESSION_CANDIDATES = 'SELECT candidate_id FROM session_candidate WHERE session_id = @sessionId';

/**
 * Who owns a row, as SQL giving an LSP id: the LSP itself, or the LSP of the parent the row hangs from.
 * A session bundle may only touch rows of the LSP whose key signed it (merge.ts checks before and after).
 */
const LSP_OF_SCHEME = (schemeId: string) => `(SELECT lsp_id FROM scheme WHERE id = ${schemeId})`;
const LSP_OF_UNIT = (unitId: string) => LSP_OF_SCHEME(`(SELECT scheme_id FROM unit WHERE id = ${unitId})`);
const LSP_OF_ELEMENT = (elementId: string) => LSP_OF_UNIT(`(SELECT unit_id FROM element WHERE id = ${elementId})`);
const LSP_OF_CANDIDATE = (id: string) => `(SELECT lsp_id FROM candidate WHERE id = ${id})`;
const LSP_OF_ASSESSOR = (id: string) => `(SELECT lsp_id FROM assessor WHERE id = ${id})`;
/**
 * An LSP sends only the accounts of its assessors and candidates: a staff account of the TUK (the
 * proctor) has no owner here, so a bundle naming it is refused instead of replacing its password.
 */
const ACCOUNT_OWNER = `CASE
  WHEN account.role = 'assessor' AND account.candidate_id IS NULL THEN ${LSP_OF_ASSESSOR('account.assessor_id')}
  WHEN account.role = 'candidate' AND account.assessor_id IS NULL THEN ${LSP_OF_CANDIDATE('account.candidate_id')}
END`;

function rule(name: string, columns: readonly string[], where: string, owner: string, key: readonly string[] = ['id']): TableRule {
  return { name, table: name, key, columns, merge: replace, owner, select: `SELECT ${columns.join(', ')} FROM ${name} WHERE ${where} ORDER BY ${key.join(', ')}` };
}

/**
 * LSP → TUK: everything a TUK needs to run one session, parents before children. The LSP owns this
 * data, so a differing row is replaced. Accounts carry password hashes only, and not the TUK's own
 * lockout state (failed attempts, locks), which stays local.
 */
export const sessionRules: readonly TableRule[] = [
  rule('lsp', ['id', 'code', 'name', 'license_no', 'address'], 'id = @lspId', 'lsp.id'),
  // time_zone (migration 036), which the station states the exam's instants in, is absent from bundles written
  // before it: such a row leaves the station's as it is, and a TUK new to it has none (its times on the
  // station's clock, as before).
  { ...rule('tuk', ['id', 'lsp_id', 'code', 'name', 'type', 'address', 'verified_on', 'time_zone'], 'id = @tukId', 'tuk.lsp_id'), optional: ['time_zone'] },
  // The version travels: a TUK may hold two versions of one code (sessions made before and after an
  // edit), and UNIQUE (lsp_id, code, version) would refuse the second at its default version.
  rule('scheme', ['id', 'lsp_id', 'code', 'kind', 'skkni', 'title_id', 'title_en', 'settings', 'version'], 'id = @schemeId', 'scheme.lsp_id'),
  // The scheme's settings travel for the pass hint the assessor's workspace shows at the TUK.
  rule(
    'scheme_policy',
    ['lsp_id', 'scheme_code', 'test_duration_minutes', 'pass_hint_percent', 'certificate_validity_years', 'kbli_code'],
    'lsp_id = @lspId AND scheme_code = (SELECT code FROM scheme WHERE id = @schemeId)',
    'scheme_policy.lsp_id',
    ['lsp_id', 'scheme_code'],
  ),
  rule('unit', ['id', 'scheme_id', 'ordinal', 'code', 'title_id', 'title_en'], IN_SCHEME, LSP_OF_SCHEME('unit.scheme_id')),
  rule('element', ['id', 'unit_id', 'ordinal', 'title_id', 'title_en'], `unit_id IN (SELECT id FROM unit WHERE ${IN_SCHEME})`, LSP_OF_UNIT('element.unit_id')),
  rule(
    'kuk',
    ['id', 'element_id', 'ordinal', 'number', 'text_id', 'text_en', 'dimensions'],
    `element_id IN (SELECT e.id FROM element e JOIN unit u ON u.id = e.unit_id WHERE u.${IN_SCHEME})`,
    LSP_OF_ELEMENT('kuk.element_id'),
  ),
  // The bank's live entries: approved ones make papers, retired ones stay for the papers and scores that
  // name them (and their retirement must reach a TUK that has them). Drafts stay at the LSP, as do who
  // wrote and approved an entry, its tags and its import source.
  // options_in_order (migration 034) is absent from bundles written before it: such a row leaves the TUK's
  // setting as it is (rules.ts, optional), which for a question that LSP sent is the default, shuffled.
  {
    ...rule(
      'item',
      [
        'id', 'scheme_id', 'kind', 'ref', 'ordinal', 'kuk_id', 'dimensions', 'prompt_id', 'prompt_en', 'expected_id', 'expected_en', 'guide_id', 'guide_en', 'scoring',
        'options_in_order', 'status',
      ],
      `${IN_SCHEME} AND ${NOT_DRAFT}`,
      LSP_OF_SCHEME('item.scheme_id'),
    ),
    optional: ['options_in_order'],
  },
  rule(
    'item_option',
    ['item_id', 'ordinal', 'text_id', 'text_en', 'is_correct'],
    `item_id IN (${SENT_ITEMS})`,
    LSP_OF_SCHEME('(SELECT scheme_id FROM item WHERE id = item_option.item_id)'),
    ['item_id', 'ordinal'],
  ),
  rule(
    'item_kuk',
    ['item_id', 'kuk_id', 'ordinal'],
    `item_id IN (${SENT_ITEMS})`,
    LSP_OF_SCHEME('(SELECT scheme_id FROM item WHERE id = item_kuk.item_id)'),
    ['item_id', 'kuk_id'],
  ),
  rule(
    'item_image',
    ['item_id', 'place', 'ordinal', 'sha256'],
    `item_id IN (${SENT_ITEMS})`,
    LSP_OF_SCHEME('(SELECT scheme_id FROM item WHERE id = item_image.item_id)'),
    ['item_id', 'place', 'ordinal'],
  ),
  rule(
    'observation_item',
    ['id', 'scheme_id', 'kuk_id', 'benchmark_id', 'benchmark_en', 'status'],
    `${IN_SCHEME} AND ${NOT_DRAFT}`,
    LSP_OF_SCHEME('observation_item.scheme_id'),
  ),
  /*
   * People travel with the least a TUK needs on exam day: who they are (name; a candidate's NIK, checked
   * against the KTP at the door, and participant number, the sign-in), the institution on the attendance
   * list, an assessor's MET for the forms. Birth date and place, sex, address, phone, e-mail, region,
   * education and occupation codes, loan letters and active flags stay at the LSP office: a lab PC's
   * database is not the place for the personal data the LSP reports to BNSP, and at the TUK the columns
   * keep their defaults (null, active). So do a TUK's capacity, contact and verification records.
   */
  rule('assessor', ['id', 'lsp_id', 'name', 'met_number', 'met_expires_on', 'tech_cert_expires_on'], `id IN (${SESSION_ASSESSORS})`, 'assessor.lsp_id'),
  rule('candidate', ['id', 'lsp_id', 'participant_no', 'name', 'nik', 'institution'], `id IN (${SESSION_CANDIDATES})`, 'candidate.lsp_id'),
  rule(
    'session',
    // settings holds the assembled written test (its rule, pools and seed), so every installation draws the same papers.
    // A cancellation travels in a bundle exported again: the TUK holding the session then holds it cancelled.
    ['id', 'lsp_id', 'scheme_id', 'tuk_id', 'code', 'title_id', 'title_en', 'date', 'start_time', 'duration_minutes', 'mode', 'settings', 'cancelled_at', 'cancelled_by', 'cancel_reason'],
    'id = @sessionId',
    // A session of this LSP, with its scheme, at a TUK of this LSP.
    `CASE WHEN ${LSP_OF_SCHEME('session.scheme_id')} = session.lsp_id AND (SELECT lsp_id FROM tuk WHERE id = session.tuk_id) = session.lsp_id
      THEN session.lsp_id END`,
  ),
  rule('session_candidate', ['session_id', 'candidate_id', 'assessor_id', 'seat'], 'session_id = @sessionId',
    `(SELECT s.lsp_id FROM session s WHERE s.id = session_candidate.session_id
      AND s.lsp_id = ${LSP_OF_CANDIDATE('session_candidate.candidate_id')} AND s.lsp_id = ${LSP_OF_ASSESSOR('session_candidate.assessor_id')})`,
    ['session_id', 'candidate_id'],
  ),
  rule('session_assessor', ['session_id', 'assessor_id'], 'session_id = @sessionId',
    `(SELECT s.lsp_id FROM session s WHERE s.id = session_assessor.session_id AND s.lsp_id = ${LSP_OF_ASSESSOR('session_assessor.assessor_id')})`,
    ['session_id', 'assessor_id'],
  ),
  /*
   * must_change_password travels with the hash: a temporary password the LSP admin set (and may have
   * handed over on paper) is to be changed at the TUK too. A password chosen there is kept beside the
   * account (local_password) and satisfies it; see auth/own-password.ts. Bundles from before it
   * travelled lack it: such a row leaves the TUK's flag as it is (rules.ts, optional).
   * An account without a password (made here for a TUK's results, bundles/card-accounts.ts) stays: the
   * TUK's board would take it for a password issued, and a card there makes the same account.
   */
  {
    ...rule(
      'account',
      ['id', 'role', 'username', 'display_name', 'password_hash', 'must_change_password', 'lsp_id', 'assessor_id', 'candidate_id', 'disabled', 'created_at'],
      `(assessor_id IN (${SESSION_ASSESSORS}) OR candidate_id IN (${SESSION_CANDIDATES})) AND ${ownPassword('password_hash')}`,
      ACCOUNT_OWNER,
    ),
    optional: ['must_change_password'],
  },
  // The session's candidates' files, and the images of the questions sent: their blobs travel beside the rows.
  rule(
    'attachment',
    ['id', 'owner_table', 'owner_id', 'name', 'media_type', 'sha256', 'size'],
    `(owner_table = 'candidate' AND owner_id IN (${SESSION_CANDIDATES})) OR (owner_table = 'item' AND owner_id IN (${SENT_ITEMS}))`,
    `CASE WHEN attachment.owner_table = 'candidate' THEN ${LSP_OF_CANDIDATE('attachment.owner_id')}
      WHEN attachment.owner_table = 'item' THEN ${LSP_OF_SCHEME('(SELECT scheme_id FROM item WHERE id = attachment.owner_id)')} END`,
  ),
];
