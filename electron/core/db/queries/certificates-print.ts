/** What a printed certificate says on its face (the letterhead and the units come from lsp.ts's lspRow and registry-schemes' unitsOf). */
import type { Db } from '../open';
import { sql } from '../statements';

export type PrintRow = {
  id: string;
  number: string;
  registration_number: string;
  holder_name: string;
  scheme_id: string;
  scheme_code: string;
  scheme_title_id: string;
  scheme_title_en: string | null;
  issued_on: string;
  valid_until: string;
  revoked_at: string | null;
  session_id: string;
  candidate_id: string;
};

const SELECT = `SELECT ce.id, ce.number, ce.registration_number, c.name AS holder_name, ce.scheme_id, sc.code AS scheme_code,
    sc.title_id AS scheme_title_id, sc.title_en AS scheme_title_en, ce.issued_on, ce.valid_until, ce.revoked_at,
    ce.session_id, ce.candidate_id
  FROM certificate ce JOIN candidate c ON c.id = ce.candidate_id JOIN scheme sc ON sc.id = ce.scheme_id`;

export const printById = (db: Db, lspId: string, id: string) =>
  sql<[string, string], PrintRow>(db, `${SELECT} WHERE ce.lsp_id = ? AND ce.id = ?`).get(lspId, id);

export const printByPleno = (db: Db, lspId: string, plenoId: string) =>
  sql<[string, string], PrintRow>(db, `${SELECT} WHERE ce.lsp_id = ? AND ce.pleno_id = ? ORDER BY ce.number, ce.id`).all(lspId, plenoId);
