import i18next, { type i18n } from 'i18next';
import type { ApiError } from '../errors';
import { resources, type Language } from './index';
import { readableParams } from './readable-params';

/*
 * An error's message outside the renderer (the CLI, the app's start-up error box), rendered by i18next
 * itself so that a message with a count picks its plural form exactly as the screens do.
 */
const translators = new Map<Language, i18n>();

function translator(language: Language): i18n {
  let instance = translators.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({ lng: language, resources, initAsync: false, interpolation: { escapeValue: false } });
    translators.set(language, instance);
  }
  return instance;
}

/**
 * The message, then each of its reasons' (a refused export's broken rules) in its own words, their days and
 * instants written as the screens write them.
 */
export function errorText(error: ApiError, language: Language): string {
  const t = translator(language).t;
  const text = t(error.messageKey, { ...readableParams(error.params, language), defaultValue: error.code });
  const reasons = (error.reasons ?? []).map((r) => t(`errors.${r.code}`, { ...readableParams(r.params, language), defaultValue: r.code }));
  return [text, ...reasons].join(' ');
}

/** Any message outside the renderer by its key (a bank import's reasons and notes for the CLI), the way errorText renders one. */
export function messageText(key: string, params: Readonly<Record<string, string | number>>, language: Language): string {
  return translator(language).t(key, { ...params, defaultValue: key });
}
