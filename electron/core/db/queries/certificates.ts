/** Certificate issue: a pleno's K decisions, the appeal hold, the counters and the certificate rows. */
import type { Db } from '../open';
import { recordNowColumns } from './pleno-records';
import { sql } from '../statements';

/** `corrected_by_sk`: the SK of the signed pleno that corrects this one ('' when it has none), null when none does. */
export type PlenoRow = { id: string; lsp_id: string; status: 'draft' | 'decided' | 'signed'; sk_date: string | null; signed_at: string | null; corrected_by_sk: string | null };

export const plenoById = (db: Db, lspId: string, id: string) =>
  sql<[string, string], PlenoRow>(
    db,
    `SELECT id, lsp_id, status, sk_date, signed_at,
       (SELECT coalesce(k.sk_number, '') FROM pleno k WHERE k.corrects_id = pleno.id AND k.status = 'signed') AS corrected_by_sk
     FROM pleno WHERE lsp_id = ? AND id = ?`,
  ).get(lspId, id);

export const lspCode = (db: Db, lspId: string) => sql<[string], { code: string }>(db, 'SELECT code FROM lsp WHERE id = ?').get(lspId)?.code ?? '';

/**
 * The seat's latest certificate: the one no other replaces (migration 027). A seat has one at most, since
 * issuing numbers only a seat without any and a replacement replaces a certificate that had none.
 */
export const LATEST = 'NOT EXISTS (SELECT 1 FROM certificate r WHERE r.replaces_id = ce.id)';

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
  /** The recommendation the pleno decided on, and the seat's FR.AK.02 now (recordNowColumns). */
  recommendation: 'K' | 'BK' | null;
  now_recommendation: 'K' | 'BK' | null;
  now_signed: number;
};

export const competentOf = (db: Db, plenoId: string) =>
  sql<[string], Decided>(
    db,
    `SELECT d.session_id, d.candidate_id, c.name, sc.id AS scheme_id, sc.code AS scheme_code, sc.level,
        sp.kbli_code, sp.certificate_validity_years AS validity_years, ce.number AS certificate_number,
        (ce.revoked_at IS NOT NULL) AS certificate_revoked, d.recommendation, ${recordNowColumns('now_recommendation', 'now_signed')}
       FROM pleno_decision d
       JOIN session s ON s.id = d.session_id
       JOIN scheme sc ON sc.id = s.scheme_id
       JOIN candidate c ON c.id = d.candidate_id
       LEFT JOIN scheme_policy sp ON sp.lsp_id = s.lsp_id AND sp.scheme_code = sc.code
       LEFT JOIN certificate ce ON ce.session_id = d.session_id AND ce.candidate_id = d.candidate_id AND ${LATEST}
      WHERE d.pleno_id = ? AND d.decision = 'K'
      ORDER BY s.date, s.code, c.participant_no`,
  ).all(plenoId);

export const issuedNumber = (db: Db, sessionId: string, candidateId: string) =>
  sql<[string, string], { number: string }>(db, `SELECT number FROM certificate ce WHERE session_id = ? AND candidate_id = ? AND ${LATEST}`).get(sessionId, candidateId)
    ?.number ?? null;

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
  /** The revoked certificate of the same seat this one replaces (certificates/replace), else null. */
  replaces_id: string | null;
};

export const insertCertificate = (db: Db, row: CertificateInsert) =>
  sql<[CertificateInsert]>(
    db,
    `INSERT INTO certificate (id, lsp_id, pleno_id, session_id, candidate_id, scheme_id, number, registration_number, counter_scope,
        counter_value, issued_on, valid_until, issued_at, issued_by, replaces_id)
     VALUES (@id, @lsp_id, @pleno_id, @session_id, @candidate_id, @scheme_id, @number, @registration_number, @counter_scope,
        @counter_value, @issued_on, @valid_until, @issued_at, @issued_by, @replaces_id)`,
  ).run(row);

/** A certificate with its seat and whether another replaces it already (certificates/replace). */
export type ReplaceableRow = {
  id: string;
  number: string;
  session_id: string;
  candidate_id: string;
  revoked_at: string | null;
  revoke_reason: string | null;
  replaced_by: string | null;
};

export const replaceable = (db: Db, lspId: string, id: string) =>
  sql<[string, string], ReplaceableRow>(
    db,
    `SELECT ce.id, ce.number, ce.session_id, ce.candidate_id, ce.revoked_at, ce.revoke_reason,
        (SELECT r.number FROM certificate r WHERE r.replaces_id = ce.id) AS replaced_by
       FROM certificate ce WHERE ce.lsp_id = ? AND ce.id = ?`,
  ).get(lspId, id);

/** The seat's decision by the signed pleno in force (none corrects it), with what a certificate of it is made of. */
export type SeatDecision = Omit<Decided, 'certificate_number' | 'certificate_revoked'> & {
  pleno_id: string;
  sk_number: string | null;
  sk_date: string | null;
  signed_at: string | null;
  decision: 'K' | 'BK';
};

export const seatDecisionInForce = (db: Db, lspId: string, sessionId: string, candidateId: string) =>
  sql<[string, string, string], SeatDecision>(
    db,
    `SELECT d.session_id, d.candidate_id, c.name, sc.id AS scheme_id, sc.code AS scheme_code, sc.level, sp.kbli_code,
        sp.certificate_validity_years AS validity_years, p.id AS pleno_id, p.sk_number, p.sk_date, p.signed_at, d.decision
       FROM pleno_decision d
       JOIN pleno p ON p.id = d.pleno_id
       JOIN session s ON s.id = d.session_id
       JOIN scheme sc ON sc.id = s.scheme_id
       JOIN candidate c ON c.id = d.candidate_id
       LEFT JOIN scheme_policy sp ON sp.lsp_id = s.lsp_id AND sp.scheme_code = sc.code
      WHERE p.lsp_id = ? AND d.session_id = ? AND d.candidate_id = ? AND p.status = 'signed'
        AND NOT EXISTS (SELECT 1 FROM pleno k WHERE k.corrects_id = p.id AND k.status = 'signed')
      ORDER BY p.signed_at DESC LIMIT 1`,
  ).get(lspId, sessionId, candidateId);
