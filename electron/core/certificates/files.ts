import crypto from 'node:crypto';
import path from 'node:path';
import { transferDir } from '../bundles/transfers';
import { sweepOlder } from '../registry-import/files';

// Named in Indonesian like every download (registry-import/files.ts); the English names of older versions still swept.
const CERTIFICATE_FILE = /^(sertifikat|certificates)-(bnsp|register)-[0-9a-f]{8}\.xlsx$/;

/** A fresh name under the exports folder, served at /files/exports/<fileName> like the registry's sheets. */
export function exportPath(dataDir: string, what: 'bnsp' | 'register'): { fileName: string; file: string } {
  const fileName = `sertifikat-${what}-${crypto.randomUUID().slice(0, 8)}.xlsx`;
  return { fileName, file: path.join(transferDir(dataDir, 'exports'), fileName) };
}

/** Workbooks hold personal data in plain text: older ones go once a new one is written (registry-import/files.ts). */
export const sweepCertificateFiles = (fresh: string): void => sweepOlder(fresh, CERTIFICATE_FILE);
