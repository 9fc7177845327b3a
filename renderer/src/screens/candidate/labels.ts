import type { SubmitReason } from '../../../../electron/shared/cbt';
import type { QuestionMark } from '../../cbt/answers';
import type { FontSize } from '../../cbt/display-prefs';
import type { SaveStatus } from '../../cbt/save-queue';
import type { TranslationKey } from '../../i18n/keys';

/** The test screens' labels as literal keys (see i18n/keys.ts). */

export const FONT_SIZE_LABEL = {
  normal: 'cbt.display.normal',
  large: 'cbt.display.large',
  xlarge: 'cbt.display.xlarge',
} as const satisfies Record<FontSize, TranslationKey>;

/** A question's state in the grid; 'current' is the legend's name for the open question's frame. */
export const MARK_LABEL = {
  answered: 'cbt.marks.answered',
  doubtful: 'cbt.marks.doubtful',
  unanswered: 'cbt.marks.unanswered',
  current: 'cbt.marks.current',
} as const satisfies Record<QuestionMark | 'current', TranslationKey>;

export const SAVE_STATUS_LABEL = {
  saved: 'cbt.save.saved',
  saving: 'cbt.save.saving',
  unsaved: 'cbt.save.unsaved',
} as const satisfies Record<SaveStatus, TranslationKey>;

export const SUBMIT_REASON_LABEL = {
  candidate: 'cbt.thanks.reason.candidate',
  timeout: 'cbt.thanks.reason.timeout',
  proctor: 'cbt.thanks.reason.proctor',
  session_ended: 'cbt.thanks.reason.session_ended',
} as const satisfies Record<SubmitReason, TranslationKey>;
