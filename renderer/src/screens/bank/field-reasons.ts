import type { BankFieldReason } from '../../../../electron/shared/bank';
import type { TranslationKey } from '../../i18n/keys';

/** The message of each reason a bank entry's field is refused for (BANK_INVALID's `fields`), written out in full. */
export const BANK_FIELD_REASON_LABEL = {
  required: 'bank.reasons.required',
  too_long: 'bank.reasons.too_long',
  format: 'bank.reasons.format',
  taken: 'bank.reasons.taken',
  duplicate: 'bank.reasons.duplicate',
  unknown_kuk: 'bank.reasons.unknown_kuk',
  not_for_kind: 'bank.reasons.not_for_kind',
  over_limit: 'bank.reasons.over_limit',
  key_count: 'bank.reasons.key_count',
} as const satisfies Record<BankFieldReason, TranslationKey>;
