import { useTranslation } from 'react-i18next';
import type { ProctorAction, ProctorActionKind } from '../../../../electron/shared/exam-day';
import type { TranslationKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/use-format';

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
 * The berita acara's list of what proctors did to candidates' tests, each with its time, reason and
 * proctor; a room-wide action is one row naming how many candidates it concerned.
 */
export function ProctorActions({ actions }: { actions: readonly ProctorAction[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <h2 className="print-form__section">{t('forms.minutes.actions')}</h2>
      {actions.length === 0 ? (
        <p data-testid="minutes-no-actions">{t('forms.minutes.noActions')}</p>
      ) : (
        <table className="print-table" data-testid="minutes-actions">
          <thead>
            <tr>
              <th>{t('forms.minutes.actionTime')}</th>
              <th>{t('forms.card.participantNo')}</th>
              <th>{t('forms.name')}</th>
              <th>{t('forms.minutes.actionWhat')}</th>
              <th>{t('forms.minutes.actionReason')}</th>
              <th>{t('forms.minutes.proctors')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a, i) => (
              <tr key={i} data-testid="minutes-action" data-action={a.action}>
                <td className="nowrap">{f.dateTime(a.at)}</td>
                {a.candidates === null ? (
                  <>
                    <td className="mono nowrap">{a.participantNo}</td>
                    <td>{a.candidateName}</td>
                  </>
                ) : (
                  <td colSpan={2} data-testid="minutes-action-everyone">
                    {t(everyoneLabel(a.action), { count: a.candidates })}
                  </td>
                )}
                <td>{a.action === 'resumed' && a.minutes === 0 ? t('forms.minutes.action.resumedShort') : t(ACTION_LABEL[a.action], { count: a.minutes ?? 0 })}</td>
                <td>{a.reason}</td>
                <td>{a.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
