/**
 * Whole registries for the spreadsheet export, a page at a time in name order (keyset on the name
 * indexes of migration 008): the export writes between pages, and an open iterator would keep the
 * connection busy for every other call meanwhile.
 */
import type { Db } from '../open';
import { sql } from '../statements';
import type { AssessorRow } from './registry-assessors';
import type { CandidateRow } from './registry-candidates';
import type { SchemeRow } from './registry-schemes';

export type After = { name: string; id: string } | null;

export function candidatesPage(db: Db, lspId: string, after: After, limit: number): CandidateRow[] {
  return sql<[Record<string, string | number>], CandidateRow>(
    db,
    `SELECT id, lsp_id, participant_no, name, nik, birth_place, birth_date, sex, address, regency_code, province_code,
       phone, email, education_code, occupation_code, institution, photo_sha256, active
     FROM candidate WHERE lsp_id = @lspId AND (name COLLATE NOCASE, id) > (@name, @id)
     ORDER BY name COLLATE NOCASE, id LIMIT @limit`,
  ).all({ lspId, name: after?.name ?? '', id: after?.id ?? '', limit });
}

export function assessorsPage(db: Db, lspId: string, after: After, limit: number): AssessorRow[] {
  return sql<[Record<string, string | number>], AssessorRow>(
    db,
    `SELECT id, lsp_id, name, nik, birth_place, birth_date, sex, address, city, province, phone, email, met_number, met_expires_on,
       tech_cert_number, tech_cert_expires_on, home_lsp, loan_letter_no, loan_letter_date, active
     FROM assessor WHERE lsp_id = @lspId AND (name COLLATE NOCASE, id) > (@name, @id)
     ORDER BY name COLLATE NOCASE, id LIMIT @limit`,
  ).all({ lspId, name: after?.name ?? '', id: after?.id ?? '', limit });
}

/** The newest version of every scheme code, in code order. */
export function latestSchemes(db: Db, lspId: string): SchemeRow[] {
  return sql<[string], SchemeRow>(
    db,
    `SELECT id, lsp_id, code, version, kind, level, skkni, title_id, title_en, approved_on, settings, active FROM scheme s
     WHERE lsp_id = ? AND NOT EXISTS (SELECT 1 FROM scheme n WHERE n.lsp_id = s.lsp_id AND n.code = s.code AND n.version > s.version)
     ORDER BY code`,
  ).all(lspId);
}
