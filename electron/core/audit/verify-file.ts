import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { AuditVerifyResult } from '../../shared/types';
import { DB_FILE_NAME, openDatabase } from '../db/open';
import { headFilePath } from './head-file';
import { verifyAudit } from './verify';

/**
 * `ruang-uji audit verify` on a data folder, without starting a core or signing anyone in: a check of
 * evidence must not change it, so the database is opened read-only and no head is signed first (the
 * contract's audit/verify signs this process's rows before checking; here there are none).
 */
export function verifyAuditReadOnly(dataDir: string): AuditVerifyResult {
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', { what: 'database' });
  const db = openDatabase(file, { readonly: true });
  try {
    return verifyAudit(db, { headFile: headFilePath(dataDir) });
  } finally {
    db.close();
  }
}
