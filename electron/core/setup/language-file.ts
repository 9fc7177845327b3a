import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../../shared/i18n';
import { DB_FILE_NAME, openDatabase, type Db } from '../db/open';
import { getSetting } from '../db/queries/settings';
import { LANGUAGE_SETTING } from './installation';

/** The language an installation was set up in, from a started core's database; null when none was chosen (the demo). */
export function installationLanguage(db: Db): Language | null {
  const chosen = getSetting(db, LANGUAGE_SETTING);
  return LANGUAGES.find((language) => language === chosen) ?? null;
}

/**
 * The same, read from a data folder without starting a core (the CLI's read-only commands, and its
 * errors before a core runs): opened read-only, so asking never creates or migrates a database. Null
 * when there is no database, or one this version cannot read (its own error says so later).
 */
export function installationLanguageOf(dataDir: string): Language | null {
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!fs.existsSync(file)) return null;
  try {
    const db = openDatabase(file, { readonly: true });
    try {
      return installationLanguage(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
