import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../../electron/shared/i18n';
import { DEFAULT_LANGUAGE, isLanguage, storeLanguage, type Language } from './languages';

/**
 * One instance per app (and per test), initialised synchronously from the bundled resources: there is
 * nothing to fetch, so the first paint is already translated.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['id', 'en'],
    defaultNS: 'translation',
    initAsync: false,
    // React escapes text itself; escaping here too would show &amp; in names.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    returnNull: false,
  });
  applyToDocument(language);
  instance.on('languageChanged', (lng) => {
    if (isLanguage(lng)) applyToDocument(lng);
  });
  return instance;
}

/** Screen readers and hyphenation follow <html lang>, so it tracks the UI language. */
function applyToDocument(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  storeLanguage(language);
  await instance.changeLanguage(language);
}
