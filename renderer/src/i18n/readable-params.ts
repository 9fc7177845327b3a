import { useTranslation } from 'react-i18next';
import type { ErrorParams } from '../../../electron/shared/errors';
import { formatDate, formatTime } from './format';
import type { Language } from './languages';
import { useLanguage } from './use-language';

/** The params by which the core's messages name a calendar day or a clock time (rules, refusals). */
const DAY_PARAMS = new Set(['date', 'endDate', 'expiresOn', 'lastVerifiedOn', 'validUntil', 'verifiedOn']);
const CLOCK_PARAMS = new Set(['startTime', 'endTime']);

/**
 * An error's params as the rest of the UI writes days and times ("15 Des 2026", "08.00"): the core sends
 * them as ISO so any language can read them, and its messages would otherwise print "2026-12-15". Only a
 * whole ISO day or HH:MM is rewritten; anything else under those names stays as sent.
 */
export function readableParams(params: ErrorParams, language: Language): ErrorParams {
  const out: ErrorParams = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    if (DAY_PARAMS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = formatDate(value, language);
    else if (CLOCK_PARAMS.has(key) && /^\d{2}:\d{2}$/.test(value)) out[key] = formatTime(value, language);
  }
  return out;
}

/**
 * An error (or a rule's conflict, which carries the same key and params) in the UI's language, its days
 * and times written as the rest of the UI writes them: the one way ErrorMessage and ConflictText word one.
 */
export function useErrorText(): (error: { code: string; messageKey: string; params: ErrorParams }) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // The core names the parameters at run time, so the default-value overload is the honest typing.
  return (error) => t(error.messageKey, { ...readableParams(error.params, language), defaultValue: error.code });
}
