import type { SkipReason } from './certificates';
import type { Translation } from './i18n';

/** A `certificates.skip.*` translation key (the screens check each against the resources, and the command line's say() too). */
type SkipKey = `certificates.skip.${keyof Translation['certificates']['skip'] & string}`;

/**
 * Why a K decision got no certificate (certificates/issue's skipped rows), in words, for the issue panel and
 * `ruang-uji certificates issue` alike (literal keys, scanned by test/shared/i18n-usage.test.ts).
 */
export const SKIP_LABEL = {
  already_issued: 'certificates.skip.already_issued',
  revoked: 'certificates.skip.revoked',
  held_by_appeal: 'certificates.skip.held_by_appeal',
  appeal_accepted: 'certificates.skip.appeal_accepted',
  issued_before_appeal: 'certificates.skip.issued_before_appeal',
  record_changed: 'certificates.skip.record_changed',
  kbli_missing: 'certificates.skip.kbli_missing',
  level_missing: 'certificates.skip.level_missing',
} as const satisfies Record<SkipReason, SkipKey>;

/** The same for a skip caused by an accepted appeal with no re-assessment session to name. */
export const SKIP_LABEL_UNPLANNED = {
  appeal_accepted: 'certificates.skip.appeal_accepted_unplanned',
  issued_before_appeal: 'certificates.skip.issued_before_appeal_unplanned',
} as const satisfies Partial<Record<SkipReason, SkipKey>>;
