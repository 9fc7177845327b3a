import { useTranslation } from 'react-i18next';
import type { ProctorAction } from '../../../../electron/shared/exam-day';
import { useFormat } from '../../i18n/use-format';
import { useProctorActionText } from './proctor-action-text';

/**
 * The berita acara's list of what proctors did to candidates' tests, each with its time, reason and
 * proctor; a room-wide action is one row naming how many candidates it concerned.
 */
export function ProctorActions({ actions }: { actions: readonly ProctorAction[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useProctorActionText();
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
              <th>{t('forms.minutes.proctor')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a, i) => (
              <tr key={i} data-testid="minutes-action" data-action={a.action}>
                {/* The day over the time: one line with the zone ("21 Nov 2026, 08.05 WITA") widened the column and wrapped the others. */}
                <td className="nowrap">
                  {f.dayOf(a.at)}
                  <br />
                  {f.timeOfDay(a.at)}
                </td>
                {text.everyone(a) === null ? (
                  <>
                    <td className="mono nowrap">{a.participantNo}</td>
                    <td>{a.candidateName}</td>
                  </>
                ) : (
                  <td colSpan={2} data-testid="minutes-action-everyone">
                    {text.everyone(a)}
                  </td>
                )}
                <td>{text.what(a)}</td>
                <td>{a.reason}</td>
                <td>{text.by(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
