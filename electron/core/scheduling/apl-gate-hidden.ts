import { AppError } from '../../shared/errors';
import { LIST_TOTAL_CAP } from '../../shared/registry';
import type { Db } from '../db/open';
import { schemeById } from '../db/queries/registry-schemes';
import { aplGateHiddenCount, schemeElementCount } from '../db/queries/scheduling-apl';

/**
 * The planner's "N registered candidates are not shown because of the FR.APL rule": how many active candidates
 * of the LSP the picker would offer with the APL gate off and does not with it on, for this scheme version.
 * Null when there are more than LIST_TOTAL_CAP (the picker then says no number, as the lists do). A scheme of
 * another LSP is NOT_FOUND.
 */
export function aplGateHidden(db: Db, lspId: string, schemeId: string): number | null {
  const scheme = schemeById(db, lspId, schemeId);
  if (!scheme) throw new AppError('NOT_FOUND', { what: 'scheme' });
  const n = aplGateHiddenCount(db, { lspId, schemeId: scheme.id, elements: schemeElementCount(db, scheme.id), cap: LIST_TOTAL_CAP });
  return n > LIST_TOTAL_CAP ? null : n;
}
