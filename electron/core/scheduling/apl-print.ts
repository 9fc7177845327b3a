import type { AplPrintSheet } from '../../shared/apl-print';
import { AppError } from '../../shared/errors';
import type { CodeList } from '../../shared/code-names';
import type { Db } from '../db/open';
import { codeNames } from '../registry/code-names';
import { lspRow } from '../db/queries/lsp';
import { aplContext, aplDetail, type AplScope } from './apl';

/** FR.APL.01 / FR.APL.02 of one round (else the current one) as printed: the APL record, the candidate's registry data (Bagian 1) and the LSP's name. */
export function aplPrintSheet(db: Db, scope: AplScope, candidateId: string, schemeId: string, now: Date, round?: number): AplPrintSheet {
  const { candidate: c } = aplContext(db, scope, candidateId, schemeId, round);
  const lsp = lspRow(db, scope.lspId);
  const names = codeNames(db);
  const nameOf = (list: CodeList, code: string | null) => (code === null ? null : (names[list].find((n) => n.code === code)?.name ?? null));
  if (!lsp) throw new AppError('NOT_FOUND', { what: 'lsp' });
  return {
    lspName: lsp.name,
    lspLicenceNo: lsp.licenceNo,
    personal: {
      name: c.name,
      nik: c.nik,
      participantNo: c.participant_no,
      birthPlace: c.birth_place,
      birthDate: c.birth_date,
      sex: c.sex,
      address: c.address,
      provinceCode: c.province_code,
      regencyCode: c.regency_code,
      phone: c.phone,
      email: c.email,
      educationCode: c.education_code,
      occupationCode: c.occupation_code,
      institution: c.institution,
      codeNames: {
        education: nameOf('education', c.education_code),
        occupation: nameOf('occupation', c.occupation_code),
        province: nameOf('province', c.province_code),
        regency: nameOf('regency', c.regency_code),
      },
    },
    // `round`: an earlier round prints as its session used it.
    detail: aplDetail(db, scope, candidateId, schemeId, now, round),
  };
}
