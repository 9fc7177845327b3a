import { vi } from 'vitest';
import type { CertificateDetail, CertificatePrint, CertificateSummary, PrintedCertificate } from '../../../../electron/shared/certificates';

/** The room server's /files routes: an upload answers with its id, an export with its bytes; the urls asked for are kept. */
export function stubFiles(): string[] {
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.push(url);
      if (url === '/files/upload') return new Response(JSON.stringify({ ok: true, result: { uploadId: 'up-1' } }));
      return new Response(new Blob(['xlsx']));
    }),
  );
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  // jsdom cannot follow the download link; the request for the file is what the tests check.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return requests;
}

export function certificate(n: number, over: Partial<CertificateSummary> = {}): CertificateSummary {
  return {
    id: `cert-${n}`,
    number: `85499 ${String(n).padStart(7, '0')} 2026`,
    registrationNumber: `REG.LSP01.SKM-01.${String(n).padStart(5, '0')}.2026`,
    candidateId: `cand-${n}`,
    candidateName: `Asesi ${n}`,
    nik: `327301170895${String(n).padStart(4, '0')}`,
    schemeId: 'sch-1',
    schemeCode: 'SKM-01',
    schemeTitle: 'Operator Komputer Muda',
    issuedOn: '2026-03-02',
    validUntil: '2029-03-01',
    blankoNumber: null,
    revoked: false,
    revokedAt: null,
    revokeReason: null,
    expired: false,
    replaces: null,
    replacedBy: null,
    surveillanceDueOn: '2027-03-02',
    correctedToBk: null,
    ...over,
  };
}

export function detail(over: Partial<CertificateDetail> = {}): CertificateDetail {
  return {
    ...certificate(1),
    plenoId: 'pleno-1',
    plenoHeldOn: '2026-03-01',
    plenoSkNumber: 'SK/LSP01/III/2026/001',
    plenoCorrectedBySk: null,
    correctedToBk: null,
    heldByAppeal: false,
    sessionId: 'ses-1',
    sessionCode: 'JDW-2026-001',
    counterScope: 'year',
    counterYear: '2026',
    counterValue: 1,
    issuedAt: '2026-03-02T03:00:00.000Z',
    issuedBy: 'Rina Kartikasari',
    surveillance: { records: [], dueOn: '2027-03-02', due: false, needsDecision: false },
    holderChanged: null,
    ...over,
  };
}

/** What certificates/print answers for certificate `n`: a scheme with an English title and two units, one without English. */
export function printed(n: number): PrintedCertificate {
  const c = certificate(n);
  return {
    id: c.id,
    number: c.number,
    registrationNumber: c.registrationNumber,
    holderName: c.candidateName,
    scheme: { code: c.schemeCode, titleId: c.schemeTitle, titleEn: 'Junior Computer Operator' },
    issuedOn: c.issuedOn,
    validUntil: c.validUntil,
    units: [
      { code: 'TIK.OP02.001.01', titleId: 'Mengoperasikan Komputer', titleEn: 'Operate a Computer' },
      { code: 'TIK.OP02.002.01', titleId: 'Mencetak Dokumen', titleEn: null },
    ],
  };
}

export const printOf = (
  certificates: PrintedCertificate[],
  revoked: CertificatePrint['revoked'] = [],
  notCompetent: CertificatePrint['notCompetent'] = [],
  heldByAppeal: CertificatePrint['heldByAppeal'] = [],
): CertificatePrint => ({
  lsp: { name: 'LSP Teknologi Digital', licenceNo: 'KEP.1234/BNSP/VI/2024' },
  signatory: { name: null, title: null },
  certificates,
  revoked,
  notCompetent,
  heldByAppeal,
});
