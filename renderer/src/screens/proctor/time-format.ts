import { INTL_LOCALES, type Language } from '../../i18n/languages';

/** "3 menit yang lalu" / "3 minutes ago", from how long ago something happened. */
export function formatAgo(msAgo: number, language: Language): string {
  const rtf = new Intl.RelativeTimeFormat(INTL_LOCALES[language], { numeric: 'auto' });
  const seconds = Math.max(0, Math.round(msAgo / 1000));
  if (seconds < 60) return rtf.format(-seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  return rtf.format(-Math.floor(minutes / 60), 'hour');
}

/** The time of day of an instant, on the session TUK's clock when its zone is given (shared formatInstant). */
export { formatTimeOfDay } from '../../../../electron/shared/i18n/format';

/** File sizes as people read them: "1,2 MB". */
export function formatBytes(bytes: number, language: Language): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(INTL_LOCALES[language], { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
