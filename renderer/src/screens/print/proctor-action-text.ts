import { useTranslation } from 'react-i18next';
import type { ProctorAction, ProctorActionKind } from '../../../../electron/shared/exam-day';
import type { TranslationKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/use-format';

const ACTION_LABEL = {
  extended: 'forms.minutes.action.extended',
  paused: 'forms.minutes.action.paused',
  resumed: 'forms.minutes.action.resumed',
  resetLogin: 'forms.minutes.action.resetLogin',
  passwordIssued: 'forms.minutes.action.passwordIssued',
  forceSubmitted: 'forms.minutes.action.forceSubmitted',
  extendedAll: 'forms.minutes.action.extendedAll',
  pausedAll: 'forms.minutes.action.pausedAll',
  resumedAll: 'forms.minutes.action.resumedAll',
  markedAllAbsent: 'forms.minutes.action.markedAllAbsent',
  unlockedAll: 'forms.minutes.action.unlockedAll',
  markedAbsent: 'forms.minutes.action.markedAbsent',
  checkedInAgain: 'forms.minutes.action.checkedInAgain',
  sessionEnded: 'forms.minutes.action.sessionEnded',
  collectedAtEnd: 'forms.minutes.action.collectedAtEnd',
  serverRestarted: 'forms.minutes.action.serverRestarted',
} as const satisfies Record<ProctorActionKind, TranslationKey>;

/** Who a room-wide action concerned, in the cells a one-candidate action gives its number and name. */
function everyoneLabel(action: ProctorActionKind): TranslationKey {
  if (action === 'markedAllAbsent') return 'forms.minutes.everyoneMissing';
  if (action === 'sessionEnded') return 'forms.minutes.everyoneCollected';
  if (action === 'unlockedAll') return 'forms.minutes.everyoneLocked';
  return 'forms.minutes.everyoneWorking';
}

/**
 * A proctor action in words, the same on the printed berita acara and in the console's minutes tab, so
 * the proctor reads on screen what will be printed.
 */
export function useProctorActionText() {
  const { t } = useTranslation();
  const f = useFormat();
  // How long nothing was recorded before the restart: seconds for a quick one, whole minutes otherwise.
  const gap = (since: string, at: string) => {
    const seconds = Math.max(0, Math.round((Date.parse(at) - Date.parse(since)) / 1000));
    return seconds < 60 ? t('forms.minutes.gapSeconds', { count: seconds }) : t('forms.minutes.gapMinutes', { count: Math.floor(seconds / 60) });
  };
  return {
    /** Also for the results review's list of one candidate's actions, which carries only these fields. */
    what: (a: Pick<ProctorAction, 'action' | 'minutes' | 'at' | 'since'>) => {
      if (a.action === 'serverRestarted') {
        const since = a.since ?? a.at;
        return t('forms.minutes.action.serverRestarted', { since: f.dateTime(since), gap: gap(since, a.at) });
      }
      return a.action === 'resumed' && a.minutes === 0 ? t('forms.minutes.action.resumedShort') : t(ACTION_LABEL[a.action], { count: a.minutes ?? 0 });
    },
    /** Null for one candidate's action, which names the candidate instead; a restart concerned the whole room. */
    everyone: (a: ProctorAction) => {
      if (a.action === 'serverRestarted') return t('forms.minutes.wholeRoom');
      return a.candidates === null ? null : t(everyoneLabel(a.action), { count: a.candidates });
    },
    /** A system row was done by no proctor. */
    by: (a: ProctorAction) => a.by || t('forms.minutes.bySystem'),
  };
}
