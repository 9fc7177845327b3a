import type { CertificateDetail, CertificateSummary, CounterScope } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import { LIST_TOTAL_CAP, type Page } from '../../shared/registry';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { isExpired } from '../registry/assessors';
import { addDays, localDate } from '../clock';
import * as q from '../db/queries/certificates-register';
import { seatDecisionInForce } from '../db/queries/certificates';
import type { Db } from '../db/open';
import { decodeCursor, pageLimit, searchTerm, toPage } from '../registry/paging';
import type { SurveillanceFilter } from '../../shared/surveillance';
import { nextSurveillanceOn, surveillanceMonths, surveillanceState, surveilledBefore } from './surveillance';
import { holderChanged } from './holder-print';
import { isHeldByAppeal } from '../pleno/hold';

export type RegisterArgs = {
  search?: string;
  schemeCode?: string;
  expiringWithinDays?: number;
  lapsed?: boolean;
  surveillance?: SurveillanceFilter;
  correctedToBk?: boolean;
  cursor?: string | null;
  limit?: number;
};

/** `correctedToBk` is asked of the seat by the caller (correctedToBk below), only for a certificate whose pleno a signed correction replaced. */
export function summaryOf(r: q.RegisterRow, today: string, months: number, correctedToBk: CertificateSummary['correctedToBk']): CertificateSummary {
  return {
    id: r.id,
    number: r.number,
    registrationNumber: r.registration_number,
    candidateId: r.candidate_id,
    candidateName: r.candidate_name,
    nik: r.nik,
    schemeId: r.scheme_id,
    schemeCode: r.scheme_code,
    schemeTitle: r.scheme_title,
    issuedOn: r.issued_on,
    validUntil: r.valid_until,
    blankoNumber: r.blanko_number,
    revoked: r.revoked_at !== null,
    revokedAt: r.revoked_at,
    revokeReason: r.revoke_reason,
    expired: isExpired(r.valid_until, today),
    replaces: r.replaces_id !== null && r.replaces_number !== null ? { id: r.replaces_id, number: r.replaces_number } : null,
    replacedBy: r.replaced_by_id !== null && r.replaced_by_number !== null ? { id: r.replaced_by_id, number: r.replaced_by_number } : null,
    surveillanceDueOn: nextSurveillanceOn({ surveilledOn: r.surveilled_on, validUntil: r.valid_until, revokedAt: r.revoked_at }, months, today),
    correctedToBk,
  };
}

/**
 * The register, a keyset page at a time: in number order, or (expiringWithinDays) the certificates
 * still valid whose last day falls within that many days, soonest first — those due for surveillance
 * or re-certification.
 */
export function listCertificates(db: Db, lspId: string, args: RegisterArgs, now: Date): Page<CertificateSummary> {
  const { digits, text } = searchTerm(args.search);
  const today = localDate(now);
  const expiring = args.expiringWithinDays !== undefined;
  const months = surveillanceMonths(db);
  const filter: q.RegisterFilter = {
    lspId,
    digits,
    text,
    schemeCode: args.schemeCode?.trim() || null,
    validFrom: expiring ? today : null,
    validUntil: expiring ? addDays(today, args.expiringWithinDays ?? 0) : null,
    // The same day as a certificate's own `expired` (summaryOf): its last valid day before today.
    lapsedBefore: args.lapsed ? today : null,
    // In force today and due by the LSP's period (as each page's surveillance.due), or last found not competent.
    surveillance:
      args.surveillance === 'due'
        ? { inForceOn: today, surveilledBefore: surveilledBefore(today, months) }
        : args.surveillance === 'decision'
          ? { inForceOn: today, needsDecision: true }
          : null,
    correctedToBk: args.correctedToBk === true,
  };
  const limit = pageLimit(args.limit);
  const after = decodeCursor(args.cursor);
  const rows = q.registerPage(db, filter, after, limit);
  const counted = after === null ? q.registerCount(db, filter, LIST_TOTAL_CAP) : null;
  // Each row says whether the decision in force is BK, as its page does: only the filter found them, the rows read as any in force.
  const summary = (r: q.RegisterPageRow) => summaryOf(r, today, months, r.pleno_corrected === 1 ? correctedToBk(db, lspId, r.session_id, r.candidate_id) : null);
  return toPage(rows, limit, summary, (r) => ({ key: expiring ? r.valid_until : r.number, id: r.id }), counted);
}

function counterOf(key: string): { counterScope: CounterScope; counterYear: string | null } {
  const year = /:(\d{4})$/.exec(key)?.[1] ?? null;
  return { counterScope: year === null ? 'lsp' : 'year', counterYear: year };
}

/**
 * The SK of the pleno in force for the seat when it decided other than K (a signed correction decided BK): the
 * certificate no longer rests on a competent decision (its page says so, and it is not printed); null otherwise.
 */
export function correctedToBk(db: Db, lspId: string, sessionId: string, candidateId: string): CertificateSummary['correctedToBk'] {
  const inForce = seatDecisionInForce(db, lspId, sessionId, candidateId);
  return inForce && inForce.decision !== 'K' ? { skNumber: inForce.sk_number } : null;
}

export function getCertificate(db: Db, lspId: string, id: string, now: Date): CertificateDetail {
  const r = q.registerById(db, lspId, id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'certificate' });
  const today = localDate(now);
  const months = surveillanceMonths(db);
  return {
    // Only a correction can decide the seat otherwise than the pleno the certificate was issued from.
    ...summaryOf(r, today, months, r.pleno_corrected_by_sk === null ? null : correctedToBk(db, lspId, r.session_id, r.candidate_id)),
    plenoId: r.pleno_id,
    plenoHeldOn: r.pleno_held_on,
    plenoSkNumber: r.pleno_sk_number,
    plenoCorrectedBySk: r.pleno_corrected_by_sk,
    heldByAppeal: isHeldByAppeal(db, r.session_id, r.candidate_id),
    sessionId: r.session_id,
    sessionCode: r.session_code,
    // The stored key is `lsp:<id>` or `lsp:<id>:<year>` (counterScopeKey): the screen showed it raw.
    ...counterOf(r.counter_scope),
    counterValue: r.counter_value,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    surveillance: surveillanceState(db, { id: r.id, issuedOn: r.issued_on, validUntil: r.valid_until, revokedAt: r.revoked_at }, months, today),
    holderChanged: holderChanged(db, r.id),
  };
}

/**
 * Revokes a certificate with its reason: the row stays, with when and why, so the register, its sheet and
 * the certificate's page show it as revoked; who did it is in the audit log.
 */
export function revokeCertificate(db: Db, principal: Principal, lspId: string, id: string, reason: string, now: Date): CertificateDetail {
  const before = getCertificate(db, lspId, id, now);
  if (before.revokedAt !== null) throw new AppError('CERTIFICATE_ALREADY_REVOKED', { number: before.number, revokedAt: before.revokedAt });
  const why = reason.trim();
  if (why.length < 3) throw new AppError('CERTIFICATE_REVOKE_REASON_REQUIRED');
  q.revoke(db, lspId, id, now.toISOString(), why);
  appendAudit(db, principal, { action: 'certificates.revoked', entity: 'certificate', entityId: id, details: { number: before.number, reason: why } }, now);
  return getCertificate(db, lspId, id, now);
}

/** The blanko number BNSP printed the certificate on (unique per LSP); null clears it. Audited when it changes. */
export function setBlanko(db: Db, principal: Principal, lspId: string, id: string, blanko: string | null, now: Date): CertificateDetail {
  const before = getCertificate(db, lspId, id, now);
  if (before.blankoNumber === blanko) return before;
  if (blanko !== null) {
    const owner = q.blankoOwner(db, lspId, blanko);
    if (owner && owner.id !== id) throw new AppError('BLANKO_TAKEN', { number: owner.number, blanko });
  }
  q.setBlanko(db, lspId, id, blanko);
  appendAudit(db, principal, { action: 'certificates.blanko', entity: 'certificate', entityId: id, details: { before: before.blankoNumber, after: blanko } }, now);
  return getCertificate(db, lspId, id, now);
}
