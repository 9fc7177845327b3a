import type { AppealHold, AppealStatus, PlenoRole, PlenoStatus, ReviewFlag } from '../../../../electron/shared/pleno';
import type { Decision, KnowledgeConclusion } from '../../../../electron/shared/assessment';
import type { SubmitReason } from '../../../../electron/shared/cbt';
import type { AttendanceStatus } from '../../../../electron/shared/exam-day';
import type { TranslationKey } from '../../i18n/keys';

/** Literal keys for the values the decision screens show, so each one is typed and found by the usage test. */
export const DECISION_LABEL = { K: 'plenoScreens.decision.K', BK: 'plenoScreens.decision.BK' } as const satisfies Record<Decision, TranslationKey>;

export const PLENO_STATUS_LABEL = {
  draft: 'plenoScreens.status.draft',
  decided: 'plenoScreens.status.decided',
  signed: 'plenoScreens.status.signed',
} as const satisfies Record<PlenoStatus, TranslationKey>;

export const PLENO_STATUS_TONE = { draft: 'warning', decided: 'info', signed: 'success' } as const satisfies Record<PlenoStatus, 'warning' | 'info' | 'success'>;

export const ROLE_LABEL = {
  chair: 'plenoScreens.role.chair',
  member: 'plenoScreens.role.member',
  secretary: 'plenoScreens.role.secretary',
} as const satisfies Record<PlenoRole, TranslationKey>;

export const FLAG_LABEL = {
  absent: 'plenoScreens.flag.absent',
  unsigned: 'plenoScreens.flag.unsigned',
  noRecommendation: 'plenoScreens.flag.noRecommendation',
  unitsUndecided: 'plenoScreens.flag.unitsUndecided',
  testNotSubmitted: 'plenoScreens.flag.testNotSubmitted',
  testNotTaken: 'plenoScreens.flag.testNotTaken',
  notAcknowledged: 'plenoScreens.flag.notAcknowledged',
  appealOpen: 'plenoScreens.flag.appealOpen',
  incident: 'plenoScreens.flag.incident',
} as const satisfies Record<ReviewFlag, TranslationKey>;

export const ATTENDANCE_LABEL = {
  present: 'plenoScreens.attendance.present',
  absent: 'plenoScreens.attendance.absent',
  not_recorded: 'plenoScreens.attendance.not_recorded',
} as const satisfies Record<AttendanceStatus, TranslationKey>;

export const APPEAL_STATUS_LABEL = {
  open: 'plenoScreens.appeals.statusValue.open',
  accepted: 'plenoScreens.appeals.statusValue.accepted',
  rejected: 'plenoScreens.appeals.statusValue.rejected',
} as const satisfies Record<AppealStatus, TranslationKey>;

export const LODGED_AT_LABEL = { tuk: 'plenoScreens.appeals.lodgedAt.tuk', lsp: 'plenoScreens.appeals.lodgedAt.lsp' } as const satisfies Record<
  'tuk' | 'lsp',
  TranslationKey
>;

export const KNOWLEDGE_LABEL = {
  achieved: 'plenoScreens.results.knowledgeValue.achieved',
  not_yet: 'plenoScreens.results.knowledgeValue.not_yet',
} as const satisfies Record<KnowledgeConclusion, TranslationKey>;

export const FEEDBACK_BY_LABEL = {
  candidate: 'plenoScreens.results.feedbackBy.candidate',
  assessor: 'plenoScreens.results.feedbackBy.assessor',
} as const satisfies Record<'candidate' | 'assessor', TranslationKey>;

/** How the written test was submitted, as the results review says it. */
export const SUBMITTED_LABEL = {
  candidate: 'plenoScreens.results.writtenSubmitted.candidate',
  timeout: 'plenoScreens.results.writtenSubmitted.timeout',
  proctor: 'plenoScreens.results.writtenSubmitted.proctor',
  session_ended: 'plenoScreens.results.writtenSubmitted.session_ended',
} as const satisfies Record<SubmitReason, TranslationKey>;

/** What an appeal holds back: a BK candidate has no certificate, only their row of the BNSP sheet. */
export const APPEAL_HOLD_LABEL = {
  certificate: 'plenoScreens.appeals.held.certificate',
  bnsp_row: 'plenoScreens.appeals.held.bnsp_row',
} as const satisfies Record<AppealHold, TranslationKey>;
