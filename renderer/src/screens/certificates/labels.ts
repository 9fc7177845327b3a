import type { BlankoReason, CertificateFieldReason, CounterScope, HolderField } from '../../../../electron/shared/certificates';
import type { TranslationKey } from '../../i18n/keys';
import type { SurveillanceFilter, SurveillanceMethod, SurveillanceResult } from '../../../../electron/shared/surveillance';

export { SKIP_LABEL, SKIP_LABEL_UNPLANNED } from '../../../../electron/shared/certificate-labels';

/** Why a numbering pattern was refused, shown below its input. */
export const FIELD_REASON_LABEL = {
  required: 'certificates.reasons.required',
  too_long: 'certificates.reasons.too_long',
  no_counter: 'certificates.reasons.no_counter',
  counter_twice: 'certificates.reasons.counter_twice',
  counter_width: 'certificates.reasons.counter_width',
  unknown_token: 'certificates.reasons.unknown_token',
  unclosed_brace: 'certificates.reasons.unclosed_brace',
  year_required: 'certificates.reasons.year_required',
} as const satisfies Record<CertificateFieldReason, TranslationKey>;

/** Why a row of a blanko import was refused. */
export const BLANKO_REASON_LABEL = {
  nik_unknown: 'certificates.blanko.nik_unknown',
  nik_ambiguous: 'certificates.blanko.nik_ambiguous',
  number_mismatch: 'certificates.blanko.number_mismatch',
  blanko_taken: 'certificates.blanko.blanko_taken',
  blanko_twice_in_file: 'certificates.blanko.blanko_twice_in_file',
  blanko_already_set: 'certificates.blanko.blanko_already_set',
} as const satisfies Record<BlankoReason, TranslationKey>;

export const COUNTER_SCOPE_LABEL = {
  lsp: 'certificates.counterScope.lsp',
  year: 'certificates.counterScope.year',
} as const satisfies Record<CounterScope, TranslationKey>;

/** How a surveillance was held, in the words of the certificate's page. */
export const SURVEILLANCE_METHOD_LABEL = {
  interview: 'certificateScreens.surveillance.methods.interview',
  portfolio: 'certificateScreens.surveillance.methods.portfolio',
  workplace_visit: 'certificateScreens.surveillance.methods.workplace_visit',
  questionnaire: 'certificateScreens.surveillance.methods.questionnaire',
} as const satisfies Record<SurveillanceMethod, TranslationKey>;

/** What a surveillance found. */
export const SURVEILLANCE_RESULT_LABEL = {
  competent: 'certificateScreens.surveillance.results.competent',
  not_competent: 'certificateScreens.surveillance.results.not_competent',
  unreachable: 'certificateScreens.surveillance.results.unreachable',
} as const satisfies Record<SurveillanceResult, TranslationKey>;

/** The register's surveillance filter. */
export const SURVEILLANCE_FILTER_LABEL = {
  due: 'certificateScreens.register.surveillanceDue',
  decision: 'certificateScreens.register.surveillanceDecision',
} as const satisfies Record<SurveillanceFilter, TranslationKey>;

/** The holder details a print carries, named as on the candidate's form. */
export const HOLDER_FIELD_LABEL = {
  name: 'certificateScreens.holderChanged.fields.name',
  nik: 'certificateScreens.holderChanged.fields.nik',
  birthPlace: 'certificateScreens.holderChanged.fields.birthPlace',
  birthDate: 'certificateScreens.holderChanged.fields.birthDate',
} as const satisfies Record<HolderField, TranslationKey>;
