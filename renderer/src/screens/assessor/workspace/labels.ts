import type { AttemptStatus, OverviewColumn, Progress, ReasonKind } from '../../../../../electron/shared/assessment';
import type { TranslationKey } from '../../../i18n/keys';
import type { CandidateTab } from './view';

/** The workspace's labels as literal keys (see i18n/keys.ts). */

export const TAB_LABEL = {
  ia05: 'assess.tabs.ia05',
  ia06: 'assess.tabs.ia06',
  ia07: 'assess.tabs.ia07',
  ia01: 'assess.tabs.ia01',
  ia03: 'assess.tabs.ia03',
  decisions: 'assess.tabs.decisions',
  ak03: 'assess.tabs.ak03',
  ak04: 'assess.tabs.ak04',
  print: 'assess.tabs.print',
} as const satisfies Record<CandidateTab, TranslationKey>;

export const OVERVIEW_COLUMN_LABEL = {
  ia05: 'assess.columns.ia05',
  ia06: 'assess.columns.ia06',
  ia07: 'assess.columns.ia07',
  ia01: 'assess.columns.ia01',
  ia03: 'assess.columns.ia03',
  decision: 'assess.columns.decision',
} as const satisfies Record<OverviewColumn, TranslationKey>;

export const PROGRESS_LABEL = {
  not_started: 'assess.progress.not_started',
  in_progress: 'assess.progress.in_progress',
  scored: 'assess.progress.scored',
  decided: 'assess.progress.decided',
  signed: 'assess.progress.signed',
  not_used: 'assess.progress.not_used',
} as const satisfies Record<Progress, TranslationKey>;

export const ATTEMPT_LABEL = {
  absent: 'assess.attempt.absent',
  in_progress: 'assess.attempt.in_progress',
  submitted: 'assess.attempt.submitted',
} as const satisfies Record<AttemptStatus, TranslationKey>;

/** Why the app suggests BK or waits for a KUK; each text takes {{kuk}} and {{refs}}. */
export const REASON_LABEL = {
  bk: 'assess.decisions.reason.bk',
  further: 'assess.decisions.reason.further',
  missing: 'assess.decisions.reason.missing',
  not_achieved: 'assess.decisions.reason.not_achieved',
  no_evidence: 'assess.decisions.reason.no_evidence',
} as const satisfies Record<ReasonKind, TranslationKey>;
