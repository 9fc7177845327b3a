import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatDayOf, formatNumber, formatTime, formatTimeOfDay, localTitle, pickBilingual } from './format';
import { useTukZone } from './tuk-zone';
import type { Bilingual } from '../../../electron/shared/types';
import { useLanguage } from './use-language';

/** Formatters bound to the UI language, so screens never pick a locale themselves. */
export function useFormat() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // Inside a session's TukZoneScope, an instant is written on its TUK's clock, the zone named.
  const zone = useTukZone();
  return {
    language,
    date: (isoDate: string) => formatDate(isoDate, language),
    longDate: (isoDate: string) => formatDate(isoDate, language, 'long'),
    /** The day of a timestamp, e.g. when something was signed: at the session's TUK inside its TukZoneScope, else here. */
    dayOf: (iso: string) => formatDayOf(iso, language, zone),
    /** A clock time of the plan (HH:MM, the TUK's wall clock): its zone named inside a TukZoneScope, "08.00 WITA". */
    time: (hhmm: string) => (zone ? `${formatTime(hhmm, language)} ${zone}` : formatTime(hhmm, language)),
    /** An instant with its time, as dayOf: "2 Mar 2026 08.05 WITA" inside a WITA TUK's scope. */
    dateTime: (iso: string) => formatDateTime(iso, language, zone),
    /** The time of day of an instant, as dateTime: "08.05 WITA". */
    timeOfDay: (iso: string) => formatTimeOfDay(iso, language, zone),
    /** The session TUK's zone, for a label beside a time of its plan ("08.00 WITA"); null outside a scope. */
    zone,
    number: (value: number) => formatNumber(value, language),
    /** A registry title in the UI language when it exists (see localTitle), as plain text for an <option>. */
    title: (value: { titleId: string; titleEn: string | null }) => localTitle(value, language),
    /** The same for a title sent as `{ id, en }`; BilingualText does it with a lang mark where markup is allowed. */
    bilingual: (value: Bilingual) => pickBilingual(value, language).text,
    minutes: (minutes: number) => t('common.minutes', { minutes: formatNumber(minutes, language) }),
  };
}
