import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warningLevel } from '../../cbt/server-clock';

/** Polite, dismissable, and back again at the next threshold: 10 minutes, then 5. */
export function TimeWarning({ remaining, paused }: { remaining: number; paused: boolean }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<number | null>(null);
  const level = paused ? null : warningLevel(remaining);
  const visible = level !== null && dismissed !== level;
  return (
    <div className="status-slot" role="status" aria-live="polite">
      {visible && (
        <div className="notice notice--warning time-warning" data-testid="cbt-time-warning" data-level={level}>
          <p className="notice__text">{level === 5 ? t('cbt.warning5') : t('cbt.warning10')}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => setDismissed(level)}>
            {t('cbt.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
