import type { SessionBnspCodes } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import * as q from '../db/queries/certificates-bnsp';
import type { Db } from '../db/open';

const blank = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v.trim());

/** The BNSP codes of one of the LSP's sessions (all null until set). */
export function sessionCodes(db: Db, lspId: string, sessionId: string): SessionBnspCodes {
  if (!q.sessionOfLsp(db, lspId, sessionId)) throw new AppError('NOT_FOUND', { what: 'session' });
  const row = q.sessionBnsp(db, sessionId);
  return { scheduleCode: row?.schedule_code ?? null, fundingCode: row?.funding_code ?? null, ministryCode: row?.ministry_code ?? null };
}

export function setSessionCodes(db: Db, principal: Principal, lspId: string, sessionId: string, codes: SessionBnspCodes, now: Date): SessionBnspCodes {
  const before = sessionCodes(db, lspId, sessionId);
  q.setSessionBnsp(db, sessionId, { schedule_code: blank(codes.scheduleCode), funding_code: blank(codes.fundingCode), ministry_code: blank(codes.ministryCode) });
  const after = sessionCodes(db, lspId, sessionId);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    appendAudit(db, principal, { action: 'certificates.sessionCodes', entity: 'session', entityId: sessionId, details: { before, after } }, now);
  }
  return after;
}
