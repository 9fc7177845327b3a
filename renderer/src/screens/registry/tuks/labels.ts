import type { VerificationResult, VerificationState } from '../../../../../electron/shared/registry';
import type { TranslationKey } from '../../../i18n/keys';

export const VERIFICATION_STATE_LABEL = {
  per_session: 'registryScreens.tuks.verificationStates.per_session',
  ok: 'registryScreens.tuks.verificationStates.ok',
  due: 'registryScreens.tuks.verificationStates.due',
  never: 'registryScreens.tuks.verificationStates.never',
} as const satisfies Record<VerificationState, TranslationKey>;

export const VERIFICATION_STATE_TONE = {
  per_session: 'neutral',
  ok: 'success',
  due: 'warning',
  never: 'warning',
} as const satisfies Record<VerificationState, 'neutral' | 'success' | 'warning'>;

export const VERIFICATION_RESULT_LABEL = {
  fit: 'registryScreens.tuks.results.fit',
  unfit: 'registryScreens.tuks.results.unfit',
} as const satisfies Record<VerificationResult, TranslationKey>;
