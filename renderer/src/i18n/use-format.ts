import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatDayOf, formatNumber, formatTime, localTitle, pickBilingual } from './format';
import type { Bilingual } from '../../../electron/shared/types';
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
    /** A registry title in the UI language when it exists (see localTitle), as plain text for an <option>. */
    title: (value: { titleId: string; titleEn: string | null }) => localTitle(value, language),
    /** The same for a title sent as `{ id, en }`; BilingualText does it with a lang mark where markup is allowed. */
    bilingual: (value: Bilingual) => pickBilingual(value, language).text,
    minutes: (minutes: number) => t('common.minutes', { minutes: formatNumber(minutes, language) }),
  };
}
