import { installationLanguageOf } from '../core';
import { DEFAULT_LANGUAGE, type Language } from '../shared/i18n';
import { messageText } from '../shared/i18n/error-text';
import type { Translation } from '../shared/i18n';

/**
 * The command line speaks the installation's language, as its screens do: the language chosen at set-up
 * (read-only, so asking changes nothing), else the app's default, which is also what a demo or an empty
 * folder shows on screen. A command's own --language goes first where it takes one.
 */
export function languageOf(dataDir: string, chosen?: Language): Language {
  return chosen ?? installationLanguageOf(dataDir) ?? DEFAULT_LANGUAGE;
}

/** A plural form's key (`x_other`) is called by its base (`x`, with a count), as i18next reads it. */
type Base<K extends string> = K extends `${infer B}_other` ? B : K extends `${infer B}_one` ? B : K;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the command line's own texts (electron/shared/i18n/cli.*.ts), checked against them. */
export type CliKey = `cli.${Leaves<Translation['cli']>}`;

/** The audit log's words (its actions, areas, integrity findings), which the admin's screen says alike. */
export type AuditTextKey = `audit.${Leaves<Translation['audit']>}`;

/** A session's status as the sessions screen words it, which the command line's list says alike. */
export type SessionStatusTextKey = `schedulingScreens.status.${keyof Translation['schedulingScreens']['status'] & string}`;

/** One of the command line's lines in `language`. */
export function say(language: Language, key: CliKey | AuditTextKey | SessionStatusTextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return messageText(key, params, language);
}

/** Whether a text is one of LANGUAGES, for a --language flag. */
export function languageFlag(value: string | undefined): Language | undefined | null {
  if (value === undefined) return undefined;
  return value === 'id' || value === 'en' ? value : null;
}
