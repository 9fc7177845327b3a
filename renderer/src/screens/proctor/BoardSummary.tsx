import { useTranslation } from 'react-i18next';
import type { BoardSummary as Summary } from './board-state';

type Props = { summary: Summary };

/** The counts a proctor scans first; offline and locked turn red when they are not zero. */
export function BoardSummary({ summary }: Props) {
  const { t } = useTranslation();
  const items = [
    { key: 'registered', label: 'examDay.summary.registered', value: summary.registered, alert: false },
    { key: 'present', label: 'examDay.summary.present', value: summary.present, alert: false },
    { key: 'absent', label: 'examDay.summary.absent', value: summary.absent, alert: false },
    { key: 'notRecorded', label: 'examDay.summary.notRecorded', value: summary.notRecorded, alert: false },
    { key: 'inTest', label: 'examDay.summary.inTest', value: summary.inTest, alert: false },
    { key: 'submitted', label: 'examDay.summary.submitted', value: summary.submitted, alert: false },
    { key: 'offline', label: 'examDay.summary.offline', value: summary.offline, alert: summary.offline > 0 },
    { key: 'locked', label: 'examDay.summary.locked', value: summary.locked, alert: summary.locked > 0 },
  ] as const;
  return (
    <dl className="board-summary" data-testid="board-summary" aria-label={t('examDay.summary.label')}>
      {items.map((item) => (
        <div key={item.key} className={`board-summary__item${item.alert ? ' board-summary__item--alert' : ''}`} data-summary={item.key} data-value={item.value}>
          <dt className="board-summary__label">{t(item.label)}</dt>
          <dd className="board-summary__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
