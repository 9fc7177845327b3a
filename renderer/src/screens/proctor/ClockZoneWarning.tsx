import { useTranslation } from 'react-i18next';
import type { ProctorToday } from '../../../../electron/shared/types';
import { INTL_LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import type { Language } from '../../../../electron/shared/i18n';

const hoursText = (aheadMinutes: number, language: Language) =>
  new Intl.NumberFormat(INTL_LOCALES[language], { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 2 }).format(Math.abs(aheadMinutes) / 60);

/**
 * A station whose clock is set to another zone than its TUK's reads its sessions' dates and start times on the
 * wrong hours, and stamps the exam's instants so: said on the proctor's home, with the zone to set. An LSP office
 * that runs a session itself is told the same of each TUK whose session it runs, the TUK and its sessions named.
 */
export function ClockZoneWarning({ clockOff, tukClocksOff }: Pick<ProctorToday, 'clockOff' | 'tukClocksOff'>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const station = clockOff && { ahead: clockOff.aheadMinutes > 0, params: { duration: hoursText(clockOff.aheadMinutes, language), zone: clockOff.tukZone } };
  return (
    <>
      {station && (
        <div className="notice notice--error" role="alert" data-testid="clock-zone-warning">
          <p className="notice__text">{station.ahead ? t('proctor.clockAhead', station.params) : t('proctor.clockBehind', station.params)}</p>
        </div>
      )}
      {tukClocksOff.map((off) => {
        const params = {
          duration: hoursText(off.aheadMinutes, language),
          zone: off.tukZone,
          tuk: off.tukName,
          sessions: off.sessionCodes.join(', '),
          count: off.sessionCodes.length,
        };
        return (
          <div key={`${off.tukName}-${off.tukZone}`} className="notice notice--error" role="alert" data-testid="tuk-clock-zone-warning">
            <p className="notice__text">{off.aheadMinutes > 0 ? t('proctor.tukClockAhead', params) : t('proctor.tukClockBehind', params)}</p>
          </div>
        );
      })}
    </>
  );
}
