import type { SubmitReason } from '../../../../electron/shared/cbt';
import type { AttendanceStatus, BoardPhase, SessionBoard } from '../../../../electron/shared/exam-day';
import type { TranslationKey } from '../../i18n/keys';
import type { CandidateAction } from './candidate-actions';
import type { ConsoleTab } from './ConsoleTabs';

/** The proctor console's labels as literal keys (see i18n/keys.ts). */

export const CONSOLE_TAB_LABEL = {
  session: 'examDay.tabs.session',
  board: 'examDay.tabs.board',
  attendance: 'examDay.tabs.attendance',
  minutes: 'examDay.tabs.minutes',
  room: 'examDay.tabs.room',
  backups: 'examDay.tabs.backups',
} as const satisfies Record<ConsoleTab, TranslationKey>;

export const SESSION_STATUS_LABEL = {
  not_started: 'examDay.status.not_started',
  running: 'examDay.status.running',
  ended: 'examDay.status.ended',
} as const satisfies Record<SessionBoard['status'], TranslationKey>;

export const BOARD_PHASE_LABEL = {
  absent: 'examDay.board.phase.absent',
  not_signed_in: 'examDay.board.phase.not_signed_in',
  agreement: 'examDay.board.phase.agreement',
  test: 'examDay.board.phase.test',
  paused: 'examDay.board.phase.paused',
  submitted: 'examDay.board.phase.submitted',
} as const satisfies Record<BoardPhase, TranslationKey>;

/** How a test was submitted, short enough to follow the time in a board cell. */
export const SUBMIT_REASON_SHORT = {
  candidate: 'examDay.board.submitReason.candidate',
  timeout: 'examDay.board.submitReason.timeout',
  proctor: 'examDay.board.submitReason.proctor',
  session_ended: 'examDay.board.submitReason.session_ended',
} as const satisfies Record<SubmitReason, TranslationKey>;

export const ATTENDANCE_LABEL = {
  present: 'examDay.attendance.present',
  absent: 'examDay.attendance.absent',
  not_recorded: 'examDay.attendance.unknown',
} as const satisfies Record<AttendanceStatus, TranslationKey>;

/** An action's name: on its button, as the dialog's confirm label and in the notice once done. */
export const ACTION_NAME = {
  extendTime: 'examDay.actions.names.extendTime',
  pause: 'examDay.actions.names.pause',
  resume: 'examDay.actions.names.resume',
  resetLogin: 'examDay.actions.names.resetLogin',
  issueCard: 'examDay.actions.names.issueCard',
  unlock: 'examDay.actions.names.unlock',
  forceSubmit: 'examDay.actions.names.forceSubmit',
  markAbsent: 'examDay.actions.names.markAbsent',
  checkIn: 'examDay.actions.names.checkIn',
} as const satisfies Record<CandidateAction, TranslationKey>;

/** The dialog's title; each takes {{name}}. */
export const ACTION_TITLE = {
  extendTime: 'examDay.actions.titles.extendTime',
  pause: 'examDay.actions.titles.pause',
  resume: 'examDay.actions.titles.resume',
  resetLogin: 'examDay.actions.titles.resetLogin',
  issueCard: 'examDay.actions.titles.issueCard',
  unlock: 'examDay.actions.titles.unlock',
  forceSubmit: 'examDay.actions.titles.forceSubmit',
  markAbsent: 'examDay.actions.titles.markAbsent',
  checkIn: 'examDay.actions.titles.checkIn',
} as const satisfies Record<CandidateAction, TranslationKey>;

/** What the action does to the candidate, said before the proctor confirms it. */
export const ACTION_HELP = {
  extendTime: 'examDay.actions.help.extendTime',
  pause: 'examDay.actions.help.pause',
  resume: 'examDay.actions.help.resume',
  resetLogin: 'examDay.actions.help.resetLogin',
  issueCard: 'examDay.actions.help.issueCard',
  unlock: 'examDay.actions.help.unlock',
  forceSubmit: 'examDay.actions.help.forceSubmit',
  markAbsent: 'examDay.actions.help.markAbsent',
  checkIn: 'examDay.actions.help.checkIn',
} as const satisfies Record<CandidateAction, TranslationKey>;
