import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { StatusBadge } from '../../components/StatusBadge';
import { formatTimeOfDay } from './time-format';

/**
 * A locked account, with when its lock lifts by itself (core/auth/lock-lapse.ts): the proctor can tell
 * the candidate at the desk to wait, or unlock now.
 */
export function LockedBadge({ text, lockedUntil }: { text: string; lockedUntil?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <StatusBadge tone="danger">{text}</StatusBadge>
      {lockedUntil && (
        <span className="cell-sub" data-testid="locked-until">
          {t('proctor.lockedUntil', { time: formatTimeOfDay(lockedUntil, language) })}
        </span>
      )}
    </>
  );
}
