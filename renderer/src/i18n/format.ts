import type { Bilingual } from '../../../electron/shared/types';
import { INTL_LOCALES, type Language } from './languages';

// Days, clock times and instants are written the one way the CLI's messages write them too (errorText).
export { formatDate, formatDateTime, formatDayOf, formatTime, formatTimeOfDay } from '../../../electron/shared/i18n/format';

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language]).format(value);
}

const HAS_LETTER = /\p{L}/u;

export type PickedText = { text: string; lang: Language; fallback: boolean };

/** English when the UI is English and the LSP provided it; otherwise the Indonesian original, flagged. */
export function pickBilingual(value: Bilingual, language: Language): PickedText {
  if (language === 'en' && value.en) return { text: value.en, lang: 'en', fallback: false };
  // Flagged only where there are words to read: an option "0" or "-1" reads the same in English.
  return { text: value.id, lang: 'id', fallback: language !== 'id' && HAS_LETTER.test(value.id) };
}

/**
 * A title the registry keeps as `titleId` and `titleEn` (a scheme, a unit, an element, a KUK): the one in
 * the UI language when the LSP wrote it, else the other. The one way a screen picks which title to show.
 */
export function localTitle(value: { titleId: string; titleEn: string | null }, language: Language): string {
  if (language === 'id' && !value.titleId && value.titleEn) return value.titleEn;
  return pickBilingual({ id: value.titleId, en: value.titleEn }, language).text;
}
