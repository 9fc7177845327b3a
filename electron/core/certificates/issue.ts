import type { IssueResult, IssuedCertificate, SkippedCandidate } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import * as q from '../db/queries/certificates';
import { recordChangedSince } from '../db/queries/pleno-records';
import type { Db } from '../db/open';
import { localDate } from '../clock';
import { newId } from '../ids';
import { acceptedAppeal, isHeldByAppeal } from '../pleno/hold';
import { registryLsp } from '../registry/scope';
import { keepHolderAsIssued } from './holder-print';
import { needs, parsePattern, render } from './pattern';
import { certificateSettings } from './settings';

/**
 * Certificates per write transaction. Each batch takes its counter values and writes its certificates,
 * the counter row and one audit entry in one IMMEDIATE transaction: a crash (kill -9, power cut) loses
 * the whole batch or none of it, so no number is ever printed from a row that was rolled back and no
 * value is taken twice. Batches rather than one transaction per certificate because each commit is a
 * full fsync; rather than one for the whole pleno so that another process issuing at the same time
 * (a second window, the CLI) waits at most one batch for the write lock.
 */
export const ISSUE_BATCH = 100;

export type IssueOptions = { batch?: number };

/** The counter's key: one per LSP, or one per LSP and year of issue. */
export function counterScopeKey(lspId: string, scope: 'lsp' | 'year', issuedOn: string): string {
  return scope === 'lsp' ? `lsp:${lspId}` : `lsp:${lspId}:${issuedOn.slice(0, 4)}`;
}

/** The same day `years` later; 29 February becomes 28 February in a year without one. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const reassessmentOf = (accepted: { code: string | null; date: string | null } | undefined): SkippedCandidate['reassessment'] =>
  accepted?.code && accepted.date ? { code: accepted.code, date: accepted.date } : null;

/**
 * A certificate is issued on a day that has come and on or after the SK that decided it: a date outside
 * that would be printed on the certificate and start its validity as typed.
 */
export function checkIssueDate(pleno: Pick<q.PlenoRow, 'sk_date' | 'signed_at'>, issuedOn: string, at: Date): void {
  const today = localDate(at);
  if (issuedOn > today) throw new AppError('CERTIFICATE_ISSUED_IN_FUTURE', { date: today }, [{ field: 'issuedOn', reason: 'future' }]);
  const signedOn = pleno.sk_date ?? (pleno.signed_at ? localDate(new Date(pleno.signed_at)) : null);
  if (signedOn !== null && issuedOn < signedOn) {
    throw new AppError('CERTIFICATE_ISSUED_BEFORE_SK', { date: signedOn }, [{ field: 'issuedOn', reason: 'before_sk' }]);
  }
}

/** How certificates issued on a day are numbered: the patterns, what they need of the scheme, the counter's key. */
export function numberingOn(db: Db, lspId: string, issuedOn: string) {
  const settings = certificateSettings(db);
  const numberParts = parsePattern(settings.numberPattern, settings.counterScope).parts;
  const registrationParts = parsePattern(settings.registrationPattern, settings.counterScope).parts;
  const need = { kbli: needs(numberParts).kbli || needs(registrationParts).kbli, level: needs(numberParts).level || needs(registrationParts).level };
  return { settings, numberParts, registrationParts, need, scope: counterScopeKey(lspId, settings.counterScope, issuedOn), lsp: q.lspCode(db, lspId), year: issuedOn.slice(0, 4) };
}

/**
 * The next number of the counter for a decided seat, refused (CERTIFICATE_NUMBER_TAKEN) where the pattern makes a
 * number or registration number already used. Called inside the write transaction that inserts it.
 */
export function nextNumbers(db: Db, lspId: string, n: ReturnType<typeof numberingOn>, d: Pick<q.Decided, 'kbli_code' | 'scheme_code' | 'level'>, counter: number) {
  const values = { kbli: d.kbli_code, scheme: d.scheme_code, level: d.level, year: n.year, lsp: n.lsp, counter };
  const number = render(n.numberParts, values);
  const registrationNumber = render(n.registrationParts, values);
  // A pattern or scope changed since earlier issues can make a number again: refuse, never repeat it.
  const taken = q.numberTaken(db, lspId, number, registrationNumber);
  if (taken !== null) throw new AppError('CERTIFICATE_NUMBER_TAKEN', { number: taken });
  return { number, registrationNumber };
}

/**
 * One certificate under the counter's value `counter` (its numbers refused if taken, CERTIFICATE_NUMBER_TAKEN), dated
 * `issuedOn`, valid the scheme's years (else the LSP's), its holder's details kept as issued: a pleno's certificates
 * and the replacement of a revoked one are written alike. The caller moves the counter on and audits.
 */
export function writeCertificate(
  db: Db,
  lspId: string,
  numbering: ReturnType<typeof numberingOn>,
  decision: Pick<q.Decided, 'kbli_code' | 'scheme_code' | 'level' | 'scheme_id' | 'validity_years'>,
  seat: { plenoId: string; sessionId: string; candidateId: string; replacesId: string | null },
  counter: number,
  issuedOn: string,
  at: Date,
  by: string,
): { id: string; number: string; registrationNumber: string } {
  const { number, registrationNumber } = nextNumbers(db, lspId, numbering, decision, counter);
  const id = newId();
  q.insertCertificate(db, {
    id,
    lsp_id: lspId,
    pleno_id: seat.plenoId,
    session_id: seat.sessionId,
    candidate_id: seat.candidateId,
    scheme_id: decision.scheme_id,
    number,
    registration_number: registrationNumber,
    counter_scope: numbering.scope,
    counter_value: counter,
    issued_on: issuedOn,
    valid_until: addYears(issuedOn, decision.validity_years ?? numbering.settings.validityYears),
    issued_at: at.toISOString(),
    issued_by: by,
    replaces_id: seat.replacesId,
  });
  keepHolderAsIssued(db, [id], at);
  return { id, number, registrationNumber };
}

/**
 * Issues a certificate for every K decision of a signed pleno that has none yet and is not held by an
 * appeal (open, not yet acted on, or accepted: an accepted appeal's candidate is decided by the
 * re-assessment session's pleno, never from this one) nor changed since the pleno decided on it. Idempotent: issuing again skips those already
 * issued (`already_issued`, with their number).
 */
export function issueCertificates(db: Db, principal: Principal, plenoId: string, issuedOn: string, now: () => Date, options: IssueOptions = {}): IssueResult {
  const lspId = registryLsp(principal);
  const pleno = q.plenoById(db, lspId, plenoId);
  if (!pleno) throw new AppError('NOT_FOUND', { what: 'pleno' });
  if (pleno.status !== 'signed') throw new AppError('PLENO_NOT_SIGNED', { status: pleno.status });
  // A signed correction replaces its decisions: issuing from this one numbered candidates the correction decided BK.
  if (pleno.corrected_by_sk !== null) throw new AppError('PLENO_SUPERSEDED', { sk: pleno.corrected_by_sk });
  checkIssueDate(pleno, issuedOn, now());
  const numbering = numberingOn(db, lspId, issuedOn);
  const { need, scope } = numbering;

  const issued: IssuedCertificate[] = [];
  const skipped: SkippedCandidate[] = [];
  const todo: q.Decided[] = [];
  for (const d of q.competentOf(db, plenoId)) {
    const accepted = acceptedAppeal(db, d.session_id, d.candidate_id);
    const skip = (reason: SkippedCandidate['reason'], number: string | null = null) =>
      skipped.push({ candidateId: d.candidate_id, sessionId: d.session_id, name: d.name, reason, number, reassessment: reassessmentOf(accepted) });
    // A revoked certificate is not issued again, and is not reported as one in force either. One issued
    // before its appeal was accepted stays as it is: the admin decides whether to revoke it.
    if (d.certificate_number !== null) skip(d.certificate_revoked ? 'revoked' : accepted ? 'issued_before_appeal' : 'already_issued', d.certificate_number);
    // An accepted appeal voids this decision: the re-assessment session's own pleno decides.
    else if (accepted) skip('appeal_accepted');
    // The assessor changed the record after the pleno decided on it (a later results bundle): a correcting pleno decides again.
    else if (recordChangedSince(d.recommendation, { recommendation: d.now_recommendation, signed: d.now_signed })) skip('record_changed');
    else if (need.kbli && !d.kbli_code) skip('kbli_missing');
    else if (need.level && d.level === null) skip('level_missing');
    else todo.push(d);
  }

  const batchSize = Math.max(1, options.batch ?? ISSUE_BATCH);
  for (let start = 0; start < todo.length; start += batchSize) {
    const batch = todo.slice(start, start + batchSize);
    const done = db.transaction((): IssuedCertificate[] => {
      const at = now();
      let counter = q.counterValue(db, scope);
      const written: IssuedCertificate[] = [];
      for (const d of batch) {
        // Checked again under the write lock: another process may have issued it, or an appeal come in.
        const already = q.issuedNumber(db, d.session_id, d.candidate_id);
        if (already !== null) {
          skipped.push({ candidateId: d.candidate_id, sessionId: d.session_id, name: d.name, reason: 'already_issued', number: already, reassessment: null });
          continue;
        }
        if (isHeldByAppeal(db, d.session_id, d.candidate_id)) {
          const accepted = acceptedAppeal(db, d.session_id, d.candidate_id);
          skipped.push({ candidateId: d.candidate_id, sessionId: d.session_id, name: d.name, reason: accepted ? 'appeal_accepted' : 'held_by_appeal', number: null, reassessment: reassessmentOf(accepted) });
          continue;
        }
        // A number taken refuses the whole batch (nothing of it is written).
        counter++;
        const { id, number, registrationNumber } = writeCertificate(db, lspId, numbering, d, { plenoId, sessionId: d.session_id, candidateId: d.candidate_id, replacesId: null }, counter, issuedOn, at, principal.accountId);
        written.push({ certificateId: id, candidateId: d.candidate_id, sessionId: d.session_id, name: d.name, number, registrationNumber });
      }
      if (written.length === 0) return written;
      q.setCounter(db, scope, counter);
      appendAudit(
        db,
        principal,
        { action: 'certificates.issue', entity: 'pleno', entityId: plenoId, details: { issuedOn, scope, numbers: written.map((c) => c.number) } },
        at,
      );
      return written;
    }).immediate();
    // Reported only once committed.
    issued.push(...done);
  }
  return { issued, skipped };
}
