import crypto from 'node:crypto';
import path from 'node:path';
import type { Language } from '../../shared/i18n';
import { transferDir } from '../bundles/transfers';
import { sweepOlder } from '../registry-import/files';

// Named in the language asked in like every download (registry-import/files.ts); both languages' names are swept.
const CERTIFICATE_FILE = /^(sertifikat|certificates)-(bnsp|register)-[0-9a-f]{8}\.xlsx$/;
const FILE_WORD = { id: 'sertifikat', en: 'certificates' } as const satisfies Record<Language, string>;

/**
 * A fresh name under the exports folder, served at /files/exports/<fileName> like the registry's sheets.
 * The name is in the screen's language; the sheet inside keeps BNSP's and the register's Indonesian columns.
 */
export function exportPath(dataDir: string, what: 'bnsp' | 'register', language: Language): { fileName: string; file: string } {
  const fileName = `${FILE_WORD[language]}-${what}-${crypto.randomUUID().slice(0, 8)}.xlsx`;
  return { fileName, file: path.join(transferDir(dataDir, 'exports'), fileName) };
}

/** Workbooks hold personal data in plain text: older ones go once a new one is written (registry-import/files.ts). */
export const sweepCertificateFiles = (fresh: string): void => sweepOlder(fresh, CERTIFICATE_FILE);
