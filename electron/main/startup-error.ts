import { AppError } from '../shared/errors';
import type { Language } from '../shared/i18n';
import { errorText } from '../shared/i18n/error-text';

export type StartupProblem = { message: string; hint: string | null };

/**
 * What the error box says when the app cannot start. An AppError (e.g. a database from a newer
 * version) gets its translated message; anything else gets the generic one plus, on the console, the
 * detail a developer needs.
 */
export function describeStartupError(error: unknown, locale: string): StartupProblem {
  const language: Language = locale.toLowerCase().startsWith('en') ? 'en' : 'id';
  if (error instanceof AppError) return { message: errorText(error.toApiError(), language), hint: null };
  const detail = error instanceof Error ? error.message : String(error);
  // better-sqlite3 built for Node loaded into Electron: the one failure every new checkout meets.
  const hint = /NODE_MODULE_VERSION|better_sqlite3\.node/.test(detail)
    ? 'better-sqlite3 is not built for Electron: run `npm run rebuild:electron-native` once, then start again.'
    : null;
  return { message: errorText(new AppError('INTERNAL', { ref: 'startup' }).toApiError(), language), hint };
}
