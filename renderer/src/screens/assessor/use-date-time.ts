import { INTL_LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';

/** A moment (ISO timestamp) as the UI language writes it, for signatures and saves. */
export function useDateTime(): (iso: string) => string {
  const { language } = useLanguage();
  return (iso) =>
    new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
}
