import { useTranslation } from 'react-i18next';
import { formatRemaining, warningLevel } from '../../cbt/server-clock';

/** Not a live region: a screen reader announcing every second would drown the question. The warnings speak instead. */
export function Countdown({ remaining, paused }: { remaining: number; paused: boolean }) {
  const { t } = useTranslation();
  const level = warningLevel(remaining);
  return (
    <div
      className="countdown"
      data-testid="cbt-countdown"
      data-remaining-ms={remaining}
      data-paused={paused}
      data-level={level ?? 'none'}
    >
      <span className="countdown__label">{t('cbt.timeLeft')}</span>
      <span className="countdown__value mono" role="timer">
        {formatRemaining(remaining)}
      </span>
      {paused && <span className="badge badge--warning">{t('cbt.pausedShort')}</span>}
    </div>
  );
}
