import type { AuditFindingKind, AuditFindingSeverity } from './types';

/**
 * Each integrity finding's sentence (i18n `audit.findings.*`), for the admin's screen and `audit verify`
 * alike: one wording of what was found, wherever it is read. Params: from, to, range (row or rows), at.
 */
export const AUDIT_FINDING_TEXT = {
  seq_gap: 'audit.findings.seq_gap',
  prev_mismatch: 'audit.findings.prev_mismatch',
  hash_mismatch: 'audit.findings.hash_mismatch',
  answer_changed: 'audit.findings.answer_changed',
  answer_unrecorded: 'audit.findings.answer_unrecorded',
  truncated: 'audit.findings.truncated',
  head_mismatch: 'audit.findings.head_mismatch',
  head_bad_signature: 'audit.findings.head_bad_signature',
  unsigned_tail: 'audit.findings.unsigned_tail',
  no_head: 'audit.findings.no_head',
  head_file_missing: 'audit.findings.head_file_missing',
  head_file_stale: 'audit.findings.head_file_stale',
  contradicted: 'audit.findings.contradicted',
  adopted: 'audit.findings.adopted',
  restored: 'audit.findings.restored',
  foreign_head: 'audit.findings.foreign_head',
  unpinned_head: 'audit.findings.unpinned_head',
} as const satisfies Record<AuditFindingKind, `audit.findings.${string}`>;

export const AUDIT_SEVERITY_TEXT = {
  broken: 'audit.findings.severity.broken',
  unanchored: 'audit.findings.severity.unanchored',
  notice: 'audit.findings.severity.notice',
} as const satisfies Record<AuditFindingSeverity, `audit.findings.${string}`>;

/** A finding's rows as its sentence names them: one row, or a range. */
export function auditFindingRange(f: { fromSeq: number | null; toSeq: number | null }): 'audit.findings.row' | 'audit.findings.rows' {
  return f.fromSeq === f.toSeq ? 'audit.findings.row' : 'audit.findings.rows';
}
