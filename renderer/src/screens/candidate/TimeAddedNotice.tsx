import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesAdded } from './time-added';

/**
 * The proctor's extension reaches this PC as a fresh clock reading (`cbt/clockChanged`); the countdown
 * jumping up without a word would look like a fault. Said once, politely, until dismissed or replaced.
 */
type Props = { remaining: number; known: boolean; onDismissed: () => void };

export function TimeAddedNotice({ remaining, known, onDismissed }: Props) {
  const { t } = useTranslation();
  // Before the first reading there is nothing to compare with: the first one is the time there is.
  const last = useRef<number | null>(known ? remaining : null);
  const [added, setAdded] = useState<number | null>(null);
  useEffect(() => {
    if (!known) return;
    const minutes = last.current === null ? null : minutesAdded(last.current, remaining);
    last.current = remaining;
    if (minutes !== null) setAdded((shown) => (shown ?? 0) + minutes);
  }, [remaining, known]);
  return (
    <div className="status-slot" role="status" aria-live="polite">
      {added !== null && (
        <div className="notice notice--info time-added" data-testid="cbt-time-added" data-minutes={added}>
          <p className="notice__text">{t('cbt.timeAdded', { count: added })}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setAdded(null);
              // The button goes away with the notice: without somewhere to go, the focus fell to the page.
              onDismissed();
            }}
          >
            {t('cbt.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
