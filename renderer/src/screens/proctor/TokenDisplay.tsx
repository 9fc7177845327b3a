import { useTranslation } from 'react-i18next';
import { formatCountdown, msUntil } from './server-time';
import type { TokenReading } from './use-session-token';
import { useNow } from './use-now';

type Props = { reading: TokenReading };

/** The token as the room reads it from the back row: large, letters spaced, with its time to live. */
export function TokenDisplay({ reading }: Props) {
  const { t } = useTranslation();
  const now = useNow(500);
  const { state, offsetMs } = reading;
  const left = state.rotatesAt ? msUntil(state.rotatesAt, offsetMs, now) : null;
  return (
    <div className="token">
      <p className="token__label">{t('examDay.session.tokenLabel')}</p>
      <p className="token__value" data-testid="session-token" aria-live="polite">
        {state.token}
      </p>
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
