import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/i18n';
import type { Db } from '../db/open';
import { getSetting } from '../db/queries/settings';
import { LANGUAGE_SETTING } from './installation';

/**
 * The language a file is written and named in: the one its caller asked for (the screen's), else the
 * installation's (the command line's), else Indonesian.
 */
export function askedLanguage(db: Db, asked: Language | undefined): Language {
  const setting = getSetting(db, LANGUAGE_SETTING);
  return asked ?? LANGUAGES.find((l) => l === setting) ?? DEFAULT_LANGUAGE;
}
