import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../../electron/shared/i18n';

export { DEFAULT_LANGUAGE, LANGUAGES, type Language };

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((lang) => lang === value);
}

export { INTL_LOCALES } from '../../../electron/shared/i18n/format';

const STORAGE_KEY = 'ruang-uji.language';

/** The choice survives restarts of the lab PC's browser and of the app. */
export function readStoredLanguage(storage: Storage | null = safeLocalStorage()): Language {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Whether this computer has a language of its own; without one it shows the installation's. */
export function hasStoredLanguage(storage: Storage | null = safeLocalStorage()): boolean {
  try {
    return isLanguage(storage?.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

export function storeLanguage(language: Language, storage: Storage | null = safeLocalStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled in a locked-down kiosk browser; the switch still works for this page.
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
