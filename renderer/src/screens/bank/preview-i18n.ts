import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../../../electron/shared/i18n';
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages';

const instances = new Map<Language, i18n>();

/**
 * A translation instance of its own for the preview, so the admin sees the question in either language
 * (as a candidate who switched would) while the page stays in theirs. Unlike the app's (i18n/setup.ts) it
 * never touches <html lang> or the stored choice; resources are bundled, so it is ready at once.
 */
export function previewI18n(language: Language): i18n {
  let found = instances.get(language);
  if (!found) {
    found = i18next.createInstance();
    found.use(initReactI18next);
    void found.init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: ['id', 'en'],
      defaultNS: 'translation',
      initAsync: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      returnNull: false,
    });
    instances.set(language, found);
  }
  return found;
}
