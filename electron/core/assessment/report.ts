import type { AssessmentReport, ReportInput, SaveResult, SignatureState } from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as records from '../db/queries/assessment';
import * as content from '../db/queries/assessment-content';
import { findAssessor } from '../db/queries/catalog';
import { formHeader, sessionHeaderOrThrow } from './header';
import { loadWorkspace } from './workspace';

const reportKey = (sessionId: string, assessorId: string) => ({ form: 'AK.05' as const, sessionId, assessorId, candidateId: null });

/** FR.AK.05: every candidate of the assessor in the session with K / BK and the BK units named. */
export function loadReport(db: Db, sessionId: string, assessorId: string): AssessmentReport {
  const headerRow = sessionHeaderOrThrow(db, sessionId);
  const assessor = findAssessor(db, assessorId);
  if (!assessor) throw new AppError('NOT_FOUND', { what: 'assessor' });
  const signature = records.liveSignature(db, reportKey(sessionId, assessorId));
  const rows = content.assessorSeats(db, sessionId, assessorId).map((seat) => {
    const ws = loadWorkspace(db, seat, sessionId);
    return {
      candidate: ws.candidate,
      recommendation: ws.record?.recommendation ?? null,
      signed: ws.signature !== null,
      attempt: ws.attempt.status,
      // The assessor's signature on FR.AK.05 closes the session's assessment: who never started by then was not assessed.
      missed: ws.attempt.missed || (signature !== undefined && ws.attempt.status === 'absent'),
      bkUnits: ws.units.filter((u) => u.decision?.decision === 'BK').map((u) => ({ unitCode: u.unitCode, title: u.title })),
    };
  });
  const report = records.findReport(db, sessionId, assessorId);
  return {
    header: formHeader(headerRow, sessionId, { name: assessor.name, met: assessor.metNumber }),
    rows,
    report: report
      ? {
          positives: report.positives ?? '',
          negatives: report.negatives ?? '',
          rejections: report.rejections ?? '',
          suggestions: report.suggestions ?? '',
          seq: report.seq,
          savedAt: report.savedAt,
        }
      : null,
    signature: signature ? { signedAt: signature.signedAt, signedByName: signature.signedByName } : null,
  };
}

export function saveReport(db: Db, principal: Principal, sessionId: string, assessorId: string, input: ReportInput & { seq: number }, now: Date): SaveResult {
  sessionHeaderOrThrow(db, sessionId);
  if (records.liveSignature(db, reportKey(sessionId, assessorId))) throw new AppError('RECORD_LOCKED', { form: 'FR.AK.05' });
  const savedAt = now.toISOString();
  const stored = records.upsertReport(db, { sessionId, assessorId }, { ...input, savedAt, savedBy: principal.accountId });
  if (stored) {
    appendAudit(db, principal, { action: 'assessment.report', entity: 'session', entityId: sessionId, details: { form: 'FR.AK.05', seq: input.seq } }, now);
  }
  return { seq: input.seq, stored, savedAt };
}

/**
 * Signs FR.AK.05. Every candidate who took part (an attempt or any record) must have a signed FR.AK.02;
 * a candidate with neither is reported as not assessed.
 */
export function signReport(db: Db, principal: Principal, sessionId: string, assessorId: string, now: Date): SignatureState {
  const key = reportKey(sessionId, assessorId);
  const live = records.liveSignature(db, key);
  if (live) return { signedAt: live.signedAt, signedByName: live.signedByName };
  const open = content
    .assessorSeats(db, sessionId, assessorId)
    .filter((seat) => {
      const ws = loadWorkspace(db, seat, sessionId);
      return ws.signature === null && (ws.attempt.status !== 'absent' || ws.lastSeq > 0);
    })
    .map((s) => s.participantNo);
  if (open.length > 0) throw new AppError('REPORT_INCOMPLETE', { candidates: open.join(', ') });
  const at = now.toISOString();
  const id = records.insertSignature(db, key, at, principal.accountId);
  appendAudit(db, principal, { action: 'assessment.signed', entity: 'session', entityId: sessionId, details: { form: 'FR.AK.05', signature: id } }, now);
  return { signedAt: at, signedByName: principal.displayName };
}

export function unlockReport(db: Db, principal: Principal, sessionId: string, assessorId: string, reason: string, now: Date): void {
  const live = records.liveSignature(db, reportKey(sessionId, assessorId));
  if (!live) throw new AppError('NOT_LOCKED');
  records.revokeSignature(db, live.id, now.toISOString(), principal.accountId, reason);
  appendAudit(db, principal, { action: 'assessment.unlocked', entity: 'session', entityId: sessionId, details: { form: 'FR.AK.05', signature: live.id, reason } }, now);
}
