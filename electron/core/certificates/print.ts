import type { CertificatePrint, PrintedCertificate } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { plenoById } from '../db/queries/certificates';
import * as q from '../db/queries/certificates-print';
import { lspRow } from '../db/queries/lsp';
import { unitsOf as schemeUnits } from '../db/queries/registry-schemes';
import type { Db } from '../db/open';
import { isHeldByAppeal } from '../pleno/hold';
import { correctedToBk } from './register';
import { certificateSettings } from './settings';

export type PrintTarget = { certificateId: string } | { plenoId: string };

/**
 * What the certificate print shows, of one certificate or of every certificate a pleno issued. A revoked
 * certificate is no longer in force and is never printed: asked for by itself it is refused
 * (CERTIFICATE_REVOKED); among a pleno's it is left out and named, so the LSP knows why one is missing. So is one
 * whose seat a correcting pleno in force decided BK (CERTIFICATE_NOT_COMPETENT), until it is revoked, and one whose
 * seat an appeal holds (CERTIFICATE_HELD_BY_APPEAL): its decision is not final while the appeal is open, and void
 * once it is accepted.
 */
export function certificatePrint(db: Db, lspId: string, target: PrintTarget): CertificatePrint {
  const rows = printRows(db, lspId, target);
  const lsp = lspRow(db, lspId);
  if (!lsp) throw new AppError('NOT_FOUND', { what: 'lsp' });
  const units = new Map<string, PrintedCertificate['units']>();
  const unitsOf = (schemeId: string) => {
    let list = units.get(schemeId);
    if (!list) {
      list = schemeUnits(db, schemeId).map((u) => ({ code: u.code, titleId: u.title_id, titleEn: u.title_en }));
      units.set(schemeId, list);
    }
    return list;
  };
  const { signatoryName, signatoryTitle } = certificateSettings(db);
  const result: CertificatePrint = {
    lsp: { name: lsp.name, licenceNo: lsp.licenceNo },
    signatory: { name: signatoryName || null, title: signatoryTitle || null },
    certificates: [],
    revoked: [],
    notCompetent: [],
    heldByAppeal: [],
  };
  for (const r of rows) {
    if (r.revoked_at !== null) {
      result.revoked.push({ id: r.id, number: r.number, holderName: r.holder_name, revokedAt: r.revoked_at });
      continue;
    }
    // Printed, it would declare competent a candidate the pleno in force decided not yet competent.
    const bk = correctedToBk(db, lspId, r.session_id, r.candidate_id);
    if (bk) {
      result.notCompetent.push({ id: r.id, number: r.number, holderName: r.holder_name, skNumber: bk.skNumber });
      continue;
    }
    // Printed, it would read as final a decision the candidate's appeal contests (or that its acceptance voided).
    if (isHeldByAppeal(db, r.session_id, r.candidate_id)) {
      result.heldByAppeal.push({ id: r.id, number: r.number, holderName: r.holder_name });
      continue;
    }
    result.certificates.push({
      id: r.id,
      number: r.number,
      registrationNumber: r.registration_number,
      holderName: r.holder_name,
      scheme: { code: r.scheme_code, titleId: r.scheme_title_id, titleEn: r.scheme_title_en },
      issuedOn: r.issued_on,
      validUntil: r.valid_until,
      units: unitsOf(r.scheme_id),
    });
  }
  return result;
}

/**
 * Audits a print as it is prepared: which certificates went to the printer's page, by whom, when. A
 * certificate is a document of value, and a second print of one is worth knowing about. Whether the
 * paper came out the app cannot know, so the entry is the print prepared, not the paper.
 */
export function auditPrint(db: Db, principal: Principal, target: PrintTarget, print: CertificatePrint, now: Date): void {
  if (print.certificates.length === 0) return;
  const [entity, entityId] = 'plenoId' in target ? ['pleno', target.plenoId] : ['certificate', target.certificateId];
  appendAudit(db, principal, { action: 'certificates.print', entity, entityId, details: { numbers: print.certificates.map((c) => c.number) } }, now);
}

function printRows(db: Db, lspId: string, target: PrintTarget): q.PrintRow[] {
  if ('plenoId' in target) {
    if (!plenoById(db, lspId, target.plenoId)) throw new AppError('NOT_FOUND', { what: 'pleno' });
    return q.printByPleno(db, lspId, target.plenoId);
  }
  const row = q.printById(db, lspId, target.certificateId);
  if (!row) throw new AppError('NOT_FOUND', { what: 'certificate' });
  if (row.revoked_at !== null) throw new AppError('CERTIFICATE_REVOKED', { number: row.number, revokedAt: row.revoked_at });
  const bk = correctedToBk(db, lspId, row.session_id, row.candidate_id);
  if (bk) throw new AppError('CERTIFICATE_NOT_COMPETENT', { number: row.number, skNumber: bk.skNumber ?? '' });
  if (isHeldByAppeal(db, row.session_id, row.candidate_id)) throw new AppError('CERTIFICATE_HELD_BY_APPEAL', { number: row.number });
  return [row];
}
