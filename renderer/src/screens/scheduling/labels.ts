import type {
  Apl01Result,
  Apl02Recommendation,
  AplListState,
  AplPurpose,
  EvidenceKind,
  EvidenceStatus,
  GateMissing,
  SessionMode,
} from '../../../../electron/shared/scheduling';
import type { TranslationKey } from '../../i18n/keys';

// Literal keys per value, so the i18n usage check sees each one (renderer/src/i18n/keys.ts).

export const PURPOSE_LABEL = {
  sertifikasi: 'schedulingScreens.purpose.sertifikasi',
  sertifikasi_ulang: 'schedulingScreens.purpose.sertifikasi_ulang',
  pkt: 'schedulingScreens.purpose.pkt',
  rpl: 'schedulingScreens.purpose.rpl',
  lainnya: 'schedulingScreens.purpose.lainnya',
} as const satisfies Record<AplPurpose, TranslationKey>;

export const EVIDENCE_KIND_LABEL = {
  basic: 'schedulingScreens.evidence.kindBasic',
  administrative: 'schedulingScreens.evidence.kindAdministrative',
} as const satisfies Record<EvidenceKind, TranslationKey>;

export const EVIDENCE_STATUS_LABEL = {
  memenuhi: 'schedulingScreens.evidence.memenuhi',
  tidak_memenuhi: 'schedulingScreens.evidence.tidak_memenuhi',
  tidak_ada: 'schedulingScreens.evidence.tidak_ada',
} as const satisfies Record<EvidenceStatus, TranslationKey>;

export const APL01_RESULT_LABEL = {
  accepted: 'schedulingScreens.apl01.accepted',
  rejected: 'schedulingScreens.apl01.rejected',
} as const satisfies Record<Apl01Result, TranslationKey>;

export const RECOMMENDATION_LABEL = {
  proceed: 'schedulingScreens.apl02.proceed',
  not_proceed: 'schedulingScreens.apl02.notProceed',
} as const satisfies Record<Apl02Recommendation, TranslationKey>;

/** What still stands before a candidate may be scheduled, in words. */
export const GATE_MISSING_LABEL = {
  apl01_missing: 'schedulingScreens.gate.apl01_missing',
  apl01_unverified: 'schedulingScreens.gate.apl01_unverified',
  apl01_rejected: 'schedulingScreens.gate.apl01_rejected',
  apl02_missing: 'schedulingScreens.gate.apl02_missing',
  apl02_incomplete: 'schedulingScreens.gate.apl02_incomplete',
  apl02_unreviewed: 'schedulingScreens.gate.apl02_unreviewed',
  apl02_not_proceed: 'schedulingScreens.gate.apl02_not_proceed',
} as const satisfies Record<GateMissing, TranslationKey>;

export const APL_STATE_LABEL = {
  schedulable: 'schedulingScreens.aplList.stateSchedulable',
  awaiting_verification: 'schedulingScreens.aplList.stateAwaitingVerification',
  awaiting_review: 'schedulingScreens.aplList.stateAwaitingReview',
  refused: 'schedulingScreens.aplList.stateRefused',
} as const satisfies Record<AplListState, TranslationKey>;

export { SESSION_STATUS_LABEL } from '../../../../electron/shared/scheduling-labels';

export const SESSION_MODE_LABEL = {
  room_server: 'schedulingScreens.mode.room_server',
  single_station: 'schedulingScreens.mode.single_station',
  standalone: 'schedulingScreens.mode.standalone',
} as const satisfies Record<SessionMode, TranslationKey>;
