import { useTranslation } from 'react-i18next';
import type { ProctorAction, ProctorActionKind } from '../../../../electron/shared/exam-day';
import type { TranslationKey } from '../../i18n/keys';

const ACTION_LABEL = {
  extended: 'forms.minutes.action.extended',
  paused: 'forms.minutes.action.paused',
  resumed: 'forms.minutes.action.resumed',
  resetLogin: 'forms.minutes.action.resetLogin',
  forceSubmitted: 'forms.minutes.action.forceSubmitted',
  extendedAll: 'forms.minutes.action.extendedAll',
  pausedAll: 'forms.minutes.action.pausedAll',
  resumedAll: 'forms.minutes.action.resumedAll',
  markedAllAbsent: 'forms.minutes.action.markedAllAbsent',
  markedAbsent: 'forms.minutes.action.markedAbsent',
  checkedInAgain: 'forms.minutes.action.checkedInAgain',
  sessionEnded: 'forms.minutes.action.sessionEnded',
  collectedAtEnd: 'forms.minutes.action.collectedAtEnd',
} as const satisfies Record<ProctorActionKind, TranslationKey>;

/** Who a room-wide action concerned, in the cells a one-candidate action gives its number and name. */
function everyoneLabel(action: ProctorActionKind): TranslationKey {
  if (action === 'markedAllAbsent') return 'forms.minutes.everyoneMissing';
  if (action === 'sessionEnded') return 'forms.minutes.everyoneCollected';
  return 'forms.minutes.everyoneWorking';
}

/**
 * A proctor action in words, the same on the printed berita acara and in the console's minutes tab, so
 * the proctor reads on screen what will be printed.
 */
export function useProctorActionText() {
  const { t } = useTranslation();
  return {
    what: (a: ProctorAction) =>
      a.action === 'resumed' && a.minutes === 0 ? t('forms.minutes.action.resumedShort') : t(ACTION_LABEL[a.action], { count: a.minutes ?? 0 }),
    /** Null for one candidate's action, which names the candidate instead. */
    everyone: (a: ProctorAction) => (a.candidates === null ? null : t(everyoneLabel(a.action), { count: a.candidates })),
  };
}
