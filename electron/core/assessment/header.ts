import type { FormHeader } from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import * as content from '../db/queries/assessment-content';

export function sessionHeaderOrThrow(db: Db, sessionId: string): content.HeaderRow {
  const row = content.sessionHeader(db, sessionId);
  if (!row) throw new AppError('NOT_FOUND', { what: 'session' });
  return row;
}

/** The common header of every BNSP form. */
export function formHeader(row: content.HeaderRow, sessionId: string, assessor: { name: string; met: string }): FormHeader {
  return {
    lspName: row.lspName,
    lspLicenceNo: row.lspLicenceNo,
    schemeCode: row.schemeCode,
    schemeTitle: { id: row.schemeTitleId, en: row.schemeTitleEn },
    sessionId,
    sessionCode: row.sessionCode,
    sessionTitle: { id: row.sessionTitleId, en: row.sessionTitleEn },
    tukName: row.tukName,
    tukType: row.tukType,
    tukZone: row.tukZone,
    date: row.date,
    startTime: row.startTime,
    assessorName: assessor.name,
    assessorMet: assessor.met,
  };
}
