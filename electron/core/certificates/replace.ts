import type { CertificateDetail } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import * as q from '../db/queries/certificates';
import type { Db } from '../db/open';
import { isHeldByAppeal } from '../pleno/hold';
import { registryLsp } from '../registry/scope';
import { checkIssueDate, numberingOn, writeCertificate } from './issue';
import { getCertificate } from './register';

/** What a replacement stands on: the revoked certificate and the decision in force of its seat. */
function grounds(db: Db, lspId: string, certificateId: string): { old: q.ReplaceableRow; decision: q.SeatDecision } {
  const old = q.replaceable(db, lspId, certificateId);
  if (!old) throw new AppError('NOT_FOUND', { what: 'certificate' });
  // Replacing one in force would leave two certificates of one decision: it is revoked first, with its reason.
  if (old.revoked_at === null) throw new AppError('CERTIFICATE_REPLACE_IN_FORCE', { number: old.number });
  if (old.replaced_by !== null) throw new AppError('CERTIFICATE_ALREADY_REPLACED', { number: old.number, replacement: old.replaced_by });
  const decision = q.seatDecisionInForce(db, lspId, old.session_id, old.candidate_id);
  if (!decision) throw new AppError('CERTIFICATE_REPLACE_NO_DECISION', { number: old.number });
  // A correcting pleno that found the candidate BK: the revocation was right, there is nothing to certify.
  if (decision.decision !== 'K') throw new AppError('CERTIFICATE_REPLACE_NOT_COMPETENT', { number: old.number, skNumber: decision.sk_number ?? '' });
  // An open appeal holds the seat; an accepted one voided this decision (the re-assessment's pleno decides).
  if (isHeldByAppeal(db, old.session_id, old.candidate_id)) throw new AppError('CERTIFICATE_REPLACE_HELD_BY_APPEAL', { number: old.number });
  return { old, decision };
}

/**
 * A certificate revoked by mistake, or issued under a wrong date, is replaced as an LSP does on paper: the wrong
 * one stays in the register, revoked (its number is never used again), and the candidate gets a new certificate,
 * a new number of the counter, for the same decision (the seat's decision by the signed pleno in force, which may
 * be a correcting one), dated as issuing dates one, naming the certificate it replaces. LSP admin only.
 * Audited with the replaced number and the reason it was revoked for.
 */
export function replaceCertificate(db: Db, principal: Principal, certificateId: string, issuedOn: string, now: () => Date): CertificateDetail {
  if (principal.role !== 'lsp_admin') throw new AppError('FORBIDDEN', { role: principal.role, method: 'certificates/replace' });
  const lspId = registryLsp(principal);
  const id = db
    .transaction((): string => {
      const at = now();
      const { old, decision } = grounds(db, lspId, certificateId);
      checkIssueDate(decision, issuedOn, at);
      const numbering = numberingOn(db, lspId, issuedOn);
      if (numbering.need.kbli && !decision.kbli_code) throw new AppError('CERTIFICATE_REPLACE_KBLI_MISSING', { number: old.number, scheme: decision.scheme_code });
      if (numbering.need.level && decision.level === null) throw new AppError('CERTIFICATE_REPLACE_LEVEL_MISSING', { number: old.number, scheme: decision.scheme_code });
      const counter = q.counterValue(db, numbering.scope) + 1;
      const seat = { plenoId: decision.pleno_id, sessionId: old.session_id, candidateId: old.candidate_id, replacesId: old.id };
      const { id: newCertificateId, number } = writeCertificate(db, lspId, numbering, decision, seat, counter, issuedOn, at, principal.accountId);
      q.setCounter(db, numbering.scope, counter);
      appendAudit(
        db,
        principal,
        {
          action: 'certificates.replaced',
          entity: 'certificate',
          entityId: newCertificateId,
          details: { number, issuedOn, replaces: old.number, replacesId: old.id, reason: old.revoke_reason },
        },
        at,
      );
      return newCertificateId;
    })
    .immediate();
  return getCertificate(db, lspId, id, now());
}
