import { useTranslation } from 'react-i18next';
import { formatCountdown, msUntil } from './server-time';
import type { TokenReading } from './use-session-token';
import { useNow } from './use-now';

/** `stale`: the room server is unreachable, so the reading is only what was last heard. */
type Props = { reading: TokenReading; stale?: boolean };

/**
 * The token as the room reads it from the back row: large, letters spaced, with its time to live. While
 * the room server is unreachable it is greyed and marked last known, with no countdown: the server may
 * have rotated it meanwhile, and a running countdown would pass it off as live.
 */
export function TokenDisplay({ reading, stale = false }: Props) {
  const { t } = useTranslation();
  const now = useNow(500);
  const { state, offsetMs } = reading;
  const left = state.rotatesAt && !stale ? msUntil(state.rotatesAt, offsetMs, now) : null;
  return (
    <div className={stale ? 'token token--stale' : 'token'} data-testid="token-display" data-stale={stale}>
      <p className="token__label">
        {t('examDay.session.tokenLabel')}
        {stale && (
          <>
            {' '}
            <span className="token__last-known" data-testid="token-last-known">
              {t('examDay.link.lastKnownShort')}
            </span>
          </>
        )}
      </p>
      <p className="token__value" data-testid="session-token" aria-live="polite">
        {state.token}
      </p>
      {stale && state.rotatesAt && (
        <p className="token__countdown" data-testid="token-countdown-stopped">
          {t('examDay.link.countdownStopped')}
        </p>
      )}
      {left !== null && (
        <p className="token__countdown">
          <span>{t('examDay.session.rotatesIn')}</span>{' '}
          <span className="token__time" data-testid="token-countdown" role="timer">
            {formatCountdown(left)}
          </span>
        </p>
      )}
    </div>
  );
}
