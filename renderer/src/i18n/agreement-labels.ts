import type { AgreementEvidence } from '../../../electron/shared/cbt';
import type { TranslationKey } from './keys';

/** FR.AK.01's evidence as literal keys (see keys.ts): on the candidate's screen and on the printed form. */

/** What the candidate agrees will be collected. */
export const AGREEMENT_EVIDENCE_LABEL = {
  portfolio: 'agreement.evidence.portfolio',
  observation: 'agreement.evidence.observation',
  written: 'agreement.evidence.written',
  oral: 'agreement.evidence.oral',
  interview: 'agreement.evidence.interview',
} as const satisfies Record<AgreementEvidence, TranslationKey>;

/** L (direct), TL (indirect) or T (supplementary), as BNSP classifies each kind of evidence. */
export const AGREEMENT_EVIDENCE_KIND = {
  portfolio: 'agreement.evidenceKind.portfolio',
  observation: 'agreement.evidenceKind.observation',
  written: 'agreement.evidenceKind.written',
  oral: 'agreement.evidenceKind.oral',
  interview: 'agreement.evidenceKind.interview',
} as const satisfies Record<AgreementEvidence, TranslationKey>;

/** The printed form's checklist, each line prefixed with its class as the BNSP template writes it. */
export const AK01_EVIDENCE_LABEL = {
  portfolio: 'forms.ak01.portfolio',
  observation: 'forms.ak01.observation',
  written: 'forms.ak01.written',
  oral: 'forms.ak01.oral',
  interview: 'forms.ak01.interview',
} as const satisfies Record<AgreementEvidence, TranslationKey>;
