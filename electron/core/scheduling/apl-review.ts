import type { AplReviewScheme } from '../../shared/apl-review';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { reviewSchemes as reviewSchemeRows } from '../db/queries/apl-review';
import type { AplScope } from './apl';

/** Where an assessor finds the FR.APL.02 forms to review (their home): the scheme versions they may assess. */
export function reviewSchemes(db: Db, scope: AplScope): AplReviewScheme[] {
  if (!scope.assessor) throw new AppError('FORBIDDEN', { role: 'lsp_admin', method: 'apl/reviewSchemes' });
  return reviewSchemeRows(db, scope.lspId, scope.assessor.id).map((r) => ({
    id: r.id,
    code: r.code,
    version: r.version,
    titleId: r.title_id,
    titleEn: r.title_en,
    awaiting: r.awaiting,
  }));
}
