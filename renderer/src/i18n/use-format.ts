import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatDayOf, formatNumber, formatTime } from './format';
import { useLanguage } from './use-language';

/** Formatters bound to the UI language, so screens never pick a locale themselves. */
export function useFormat() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return {
    language,
    date: (isoDate: string) => formatDate(isoDate, language),
    longDate: (isoDate: string) => formatDate(isoDate, language, 'long'),
    /** The local day of a timestamp, e.g. when something was signed. */
    dayOf: (iso: string) => formatDayOf(iso, language),
    time: (hhmm: string) => formatTime(hhmm, language),
    dateTime: (iso: string) => formatDateTime(iso, language),
    number: (value: number) => formatNumber(value, language),
    minutes: (minutes: number) => t('common.minutes', { minutes: formatNumber(minutes, language) }),
  };
}
