import type { FieldReason } from '../../../../electron/shared/registry';
import type { TranslationKey } from '../../i18n/keys';

/** The message of each reason a registry field is refused for (REGISTRY_INVALID's `fields`), written out in full. */
export const FIELD_REASON_LABEL = {
  required: 'registry.reasons.required',
  too_long: 'registry.reasons.too_long',
  format: 'registry.reasons.format',
  nik_length: 'registry.reasons.nik_length',
  nik_digits: 'registry.reasons.nik_digits',
  nik_region: 'registry.reasons.nik_region',
  nik_birth_date: 'registry.reasons.nik_birth_date',
  nik_serial: 'registry.reasons.nik_serial',
  nik_birth_date_mismatch: 'registry.reasons.nik_birth_date_mismatch',
  nik_sex_mismatch: 'registry.reasons.nik_sex_mismatch',
  nik_number_lost: 'registry.reasons.nik_number_lost',
  nik_taken: 'registry.reasons.nik_taken',
  date_format: 'registry.reasons.date_format',
  date_range: 'registry.reasons.date_range',
  date_future: 'registry.reasons.date_future',
  email_format: 'registry.reasons.email_format',
  phone_format: 'registry.reasons.phone_format',
  code_format: 'registry.reasons.code_format',
  region_code: 'registry.reasons.region_code',
  choice: 'registry.reasons.choice',
  number_range: 'registry.reasons.number_range',
  taken: 'registry.reasons.taken',
  duplicate: 'registry.reasons.duplicate',
  unknown_scheme: 'registry.reasons.unknown_scheme',
  loan_letter_incomplete: 'registry.reasons.loan_letter_incomplete',
  in_use: 'registry.reasons.in_use',
  unknown_session: 'registry.reasons.unknown_session',
  empty: 'registry.reasons.empty',
} as const satisfies Record<FieldReason, TranslationKey>;
