/** The assessor's FR.APL.02 review queue: the scheme versions they may assess and what waits in each. */
import type { Db } from '../open';
import { sql } from '../statements';
import { CURRENT_ROUND } from './scheduling-apl';

export type ReviewSchemeRow = { id: string; code: string; version: number; title_id: string; title_en: string | null; awaiting: number };

export const reviewSchemes = (db: Db, lspId: string, assessorId: string) =>
  sql<[string, string], ReviewSchemeRow>(
    db,
    `SELECT s.id, s.code, s.version, s.title_id, s.title_en,
            (SELECT count(*) FROM apl_application a JOIN apl_self_assessment sa ON sa.application_id = a.id
              WHERE a.scheme_id = s.id AND a.verified_result = 'accepted' AND sa.recommendation IS NULL AND ${CURRENT_ROUND}) AS awaiting
       FROM scheme s
      WHERE s.lsp_id = ? AND s.active = 1
        AND s.code IN (SELECT scheme_code FROM assessor_scheme WHERE assessor_id = ?)
      ORDER BY s.code, s.version DESC`,
  ).all(lspId, assessorId);
