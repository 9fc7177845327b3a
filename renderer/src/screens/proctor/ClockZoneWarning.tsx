import { useTranslation } from 'react-i18next';
import type { ProctorToday } from '../../../../electron/shared/types';
import { INTL_LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';

/**
 * A station whose clock is set to another zone than its TUK's reads its sessions' dates and start times on the
 * wrong hours, and stamps the exam's instants so: said on the proctor's home, with the zone to set.
 */
export function ClockZoneWarning({ clockOff }: { clockOff: ProctorToday['clockOff'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!clockOff) return null;
  const hours = Math.abs(clockOff.aheadMinutes) / 60;
  const duration = new Intl.NumberFormat(INTL_LOCALES[language], { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 2 }).format(hours);
  const params = { duration, zone: clockOff.tukZone };
  return (
    <div className="notice notice--error" role="alert" data-testid="clock-zone-warning">
      <p className="notice__text">{clockOff.aheadMinutes > 0 ? t('proctor.clockAhead', params) : t('proctor.clockBehind', params)}</p>
    </div>
  );
}
