/**
 * Counts for the LSP office's home (homes/lsp-tasks.ts). Each counts what a screen lists under the same
 * rule, written beside that rule where the screen's query has one (apl/list's states, pleno-appeals' holds).
 */
import type { Db } from '../open';
import { sql } from '../statements';

/** Plenos in one status (the pleno list's filter). */
export const plenoCount = (db: Db, lspId: string, status: 'draft' | 'decided') =>
  sql<[string, string], number>(db, 'SELECT count(*) FROM pleno WHERE lsp_id = ? AND status = ?').pluck().get(lspId, status) ?? 0;

/**
 * The K decisions of signed plenos still in force (no signed pleno corrects them) with no certificate,
 * issued or revoked: what issuing would number, before the appeal holds (checked per seat by the caller,
 * as issuing does).
 */
export const competentWithoutCertificate = (db: Db, lspId: string) =>
  sql<[string], { plenoId: string; sessionId: string; candidateId: string }>(
    db,
    `SELECT d.pleno_id AS plenoId, d.session_id AS sessionId, d.candidate_id AS candidateId
       FROM pleno_decision d JOIN pleno p ON p.id = d.pleno_id
      WHERE p.lsp_id = ? AND p.status = 'signed' AND d.decision = 'K'
        AND NOT EXISTS (SELECT 1 FROM pleno c WHERE c.corrects_id = p.id AND c.status = 'signed')
        AND NOT EXISTS (SELECT 1 FROM certificate ce WHERE ce.session_id = d.session_id AND ce.candidate_id = d.candidate_id)`,
  ).all(lspId);
