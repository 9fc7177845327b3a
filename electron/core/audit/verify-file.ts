import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { AuditVerifyResult } from '../../shared/types';
import { DB_FILE_NAME, openDatabase } from '../db/open';
import { actionsBetween } from '../db/queries/audit';
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

/**
 * What the app writes, and audits, while its keys are locked, and so cannot sign until a key holder
 * signs in: refused sign-ins (core/auth/sign-in.ts), which no one need be signed in for, the locks they
 * made lifting by themselves (core/auth/lock-lapse.ts), and the room server's restart during a running
 * session (core/exam-day/restarts.ts), written as it starts.
 */
const WRITTEN_WHILE_LOCKED: ReadonlySet<string> = new Set(['auth.failed', 'auth.locked', 'auth.lockLifted', 'exam.serverRestarted']);

/**
 * The actions of rows from–to when every one of them is such a row, else null: verify still reports
 * them as unanchored (anyone could have added such a row), but can say what they most likely are.
 */
export function writtenWhileLocked(dataDir: string, fromSeq: number, toSeq: number): string[] | null {
  const db = openDatabase(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    const actions = actionsBetween(db, fromSeq, toSeq);
    return actions.length > 0 && actions.every((a) => WRITTEN_WHILE_LOCKED.has(a)) ? actions : null;
  } finally {
    db.close();
  }
}
