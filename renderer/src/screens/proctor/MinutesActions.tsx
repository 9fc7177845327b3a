import { useTranslation } from 'react-i18next';
import type { ProctorAction } from '../../../../electron/shared/exam-day';
import { useFormat } from '../../i18n/use-format';
import { useProctorActionText } from '../print/proctor-action-text';

/**
 * The proctor actions the berita acara prints (extensions, pauses, closing the session and the tests it
 * collected …), read from the same record: incidents are only the notes a proctor writes, so without
 * this the tab said nothing of what will be printed under "Tindakan proktor".
 */
export function MinutesActions({ actions }: { actions: readonly ProctorAction[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useProctorActionText();
  return (
    <>
      <h3 className="subheading">{t('examDay.minutes.actions', { total: actions.length })}</h3>
      <p className="muted small">{t('examDay.minutes.actionsHint')}</p>
      {actions.length === 0 ? (
        <p className="empty" data-testid="minutes-tab-no-actions">
          {t('examDay.minutes.noActions')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact" data-testid="minutes-tab-actions">
            <thead>
              <tr>
                <th scope="col">{t('forms.minutes.actionTime')}</th>
                <th scope="col">{t('examDay.minutes.actionCandidate')}</th>
                <th scope="col">{t('forms.minutes.actionWhat')}</th>
                <th scope="col">{t('forms.minutes.actionReason')}</th>
                <th scope="col">{t('forms.minutes.proctor')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a, i) => (
                <tr key={i} data-testid="minutes-tab-action" data-action={a.action}>
                  <td className="nowrap">{f.timeOfDay(a.at)}</td>
                  <td>
                    {text.everyone(a) ?? (
                      <>
                        <span className="mono">{a.participantNo}</span> {a.candidateName}
                      </>
                    )}
                  </td>
                  <td>{text.what(a)}</td>
                  <td>{a.reason}</td>
                  <td>{text.by(a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
