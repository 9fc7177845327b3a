/** Certificate issue: a pleno's K decisions, the appeal hold, the counters and the certificate rows. */
import type { Db } from '../open';
import { sql } from '../statements';

export type PlenoRow = { id: string; lsp_id: string; status: 'draft' | 'decided' | 'signed'; sk_date: string | null; signed_at: string | null };

export const plenoById = (db: Db, lspId: string, id: string) =>
  sql<[string, string], PlenoRow>(db, 'SELECT id, lsp_id, status, sk_date, signed_at FROM pleno WHERE lsp_id = ? AND id = ?').get(lspId, id);

export const lspCode = (db: Db, lspId: string) => sql<[string], { code: string }>(db, 'SELECT code FROM lsp WHERE id = ?').get(lspId)?.code ?? '';

/** A K decision of the pleno with what its certificate is made of, and the certificate if one exists. */
export type Decided = {
  session_id: string;
  candidate_id: string;
  name: string;
  scheme_id: string;
  scheme_code: string;
  level: number | null;
  kbli_code: string | null;
  validity_years: number | null;
  certificate_number: string | null;
  /** 1 when that certificate was revoked since. */
  certificate_revoked: 0 | 1;
};

export const competentOf = (db: Db, plenoId: string) =>
  sql<[string], Decided>(
    db,
    `SELECT d.session_id, d.candidate_id, c.name, sc.id AS scheme_id, sc.code AS scheme_code, sc.level,
        sp.kbli_code, sp.certificate_validity_years AS validity_years, ce.number AS certificate_number,
        (ce.revoked_at IS NOT NULL) AS certificate_revoked
       FROM pleno_decision d
       JOIN session s ON s.id = d.session_id
       JOIN scheme sc ON sc.id = s.scheme_id
       JOIN candidate c ON c.id = d.candidate_id
       LEFT JOIN scheme_policy sp ON sp.lsp_id = s.lsp_id AND sp.scheme_code = sc.code
       LEFT JOIN certificate ce ON ce.session_id = d.session_id AND ce.candidate_id = d.candidate_id
      WHERE d.pleno_id = ? AND d.decision = 'K'
      ORDER BY s.date, s.code, c.participant_no`,
  ).all(plenoId);

export const issuedNumber = (db: Db, sessionId: string, candidateId: string) =>
  sql<[string, string], { number: string }>(db, 'SELECT number FROM certificate WHERE session_id = ? AND candidate_id = ?').get(sessionId, candidateId)?.number ??
  null;

export const counterValue = (db: Db, scope: string): number =>
  sql<[string], { value: number }>(db, 'SELECT value FROM certificate_counter WHERE scope = ?').get(scope)?.value ?? 0;

export const setCounter = (db: Db, scope: string, value: number) =>
  sql<[string, number]>(db, 'INSERT INTO certificate_counter (scope, value) VALUES (?, ?) ON CONFLICT(scope) DO UPDATE SET value = excluded.value').run(
    scope,
    value,
  );

export const numberTaken = (db: Db, lspId: string, number: string, registration: string): string | null =>
  sql<[string, string, string], { number: string }>(
    db,
    'SELECT number FROM certificate WHERE lsp_id = ? AND (number = ? OR registration_number = ?) LIMIT 1',
  ).get(lspId, number, registration)?.number ?? null;

export type CertificateInsert = {
  id: string;
  lsp_id: string;
  pleno_id: string;
  session_id: string;
  candidate_id: string;
  scheme_id: string;
  number: string;
  registration_number: string;
  counter_scope: string;
  counter_value: number;
  issued_on: string;
  valid_until: string;
  issued_at: string;
  issued_by: string;
};

export const insertCertificate = (db: Db, row: CertificateInsert) =>
  sql<[CertificateInsert]>(
    db,
    `INSERT INTO certificate (id, lsp_id, pleno_id, session_id, candidate_id, scheme_id, number, registration_number, counter_scope,
        counter_value, issued_on, valid_until, issued_at, issued_by)
     VALUES (@id, @lsp_id, @pleno_id, @session_id, @candidate_id, @scheme_id, @number, @registration_number, @counter_scope,
        @counter_value, @issued_on, @valid_until, @issued_at, @issued_by)`,
  ).run(row);
