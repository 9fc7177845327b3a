/** The certificate register: keyset pages, one certificate, blanko numbers. */
import type { Db } from '../open';
import { sql } from '../statements';
import { LAST_RESULT_SQL, SURVEILLED_OR_ISSUED_SQL } from './certificates-surveillance';
import { IN_FORCE } from './pleno-records';

export type RegisterRow = {
  id: string;
  number: string;
  registration_number: string;
  candidate_id: string;
  candidate_name: string;
  nik: string;
  scheme_id: string;
  scheme_code: string;
  scheme_title: string;
  issued_on: string;
  valid_until: string;
  blanko_number: string | null;
  revoked_at: string | null;
  revoke_reason: string | null;
  /** The certificate this one replaces, and the one that replaces this (migration 027), by id and number. */
  replaces_id: string | null;
  replaces_number: string | null;
  replaced_by_id: string | null;
  replaced_by_number: string | null;
  /** The day the last surveillance was held, or the issue date: the next is due a period after it. */
  surveilled_on: string;
};

export type RegisterDetailRow = RegisterRow & {
  pleno_id: string;
  pleno_held_on: string;
  pleno_sk_number: string | null;
  pleno_corrected_by_sk: string | null;
  session_id: string;
  session_code: string;
  counter_scope: string;
  counter_value: number;
  issued_at: string;
  issued_by: string;
};

const COLUMNS = `ce.id, ce.number, ce.registration_number, ce.candidate_id, c.name AS candidate_name, c.nik, ce.scheme_id,
  sc.code AS scheme_code, sc.title_id AS scheme_title, ce.issued_on, ce.valid_until, ce.blanko_number, ce.revoked_at, ce.revoke_reason,
  ce.replaces_id, (SELECT o.number FROM certificate o WHERE o.id = ce.replaces_id) AS replaces_number,
  (SELECT r.id FROM certificate r WHERE r.replaces_id = ce.id) AS replaced_by_id, (SELECT r.number FROM certificate r WHERE r.replaces_id = ce.id) AS replaced_by_number,
  ${SURVEILLED_OR_ISSUED_SQL} AS surveilled_on`;
/** The seat, and whether a signed correction replaced the pleno it was issued from: only then is its decision in force asked for. */
const CORRECTED = `ce.session_id, EXISTS (SELECT 1 FROM pleno k WHERE k.corrects_id = ce.pleno_id AND k.status = 'signed') AS pleno_corrected`;
const FROM = 'FROM certificate ce JOIN candidate c ON c.id = ce.candidate_id JOIN scheme sc ON sc.id = ce.scheme_id';

export type RegisterFilter = {
  lspId: string;
  /** A NIK or number prefix (digits), or a name or number fragment (text). */
  digits: string | null;
  text: string | null;
  schemeCode: string | null;
  /** valid_until from `from` to `until` (the expiring list), ordered by valid_until; else by number. */
  validFrom: string | null;
  validUntil: string | null;
  /** Only those whose last valid day is before this day (today), not revoked: lapsed. */
  lapsedBefore: string | null;
  /**
   * Surveillance: in force on `inForceOn` (today; not revoked, not past its last day) and either last surveilled (or
   * issued, never surveilled) before `surveilledBefore`, due; or last found not competent, waiting for a decision.
   */
  surveillance: { inForceOn: string; surveilledBefore: string } | { inForceOn: string; needsDecision: true } | null;
  /** Not revoked, issued from a pleno a signed correction replaced, and the seat's decision in force is not K (as certificates/get's correctedToBk). */
  correctedToBk: boolean;
};

/**
 * The seat's decision in the signed pleno in force (no signed correction of it), the latest signed: as
 * seatDecisionInForce reads it for one certificate.
 */
const DECISION_IN_FORCE_SQL = `(SELECT d.decision FROM pleno_decision d JOIN pleno p ON p.id = d.pleno_id
  WHERE p.lsp_id = ce.lsp_id AND d.session_id = ce.session_id AND d.candidate_id = ce.candidate_id AND p.status = 'signed'
    AND ${IN_FORCE}
  ORDER BY p.signed_at DESC LIMIT 1)`;

/** The WHERE clause and its parameters; the order key is valid_until for the expiring list, else the number. */
function where(f: RegisterFilter): { clause: string; params: Record<string, string> } {
  const parts = ['ce.lsp_id = @lspId'];
  const params: Record<string, string> = { lspId: f.lspId };
  if (f.digits !== null) {
    // A number typed with or without its spaces ("0000006 2026" arrives as digits only).
    parts.push("(c.nik LIKE @digits || '%' OR replace(ce.number, ' ', '') LIKE '%' || @digits || '%')");
    params.digits = f.digits;
  }
  if (f.text !== null) {
    parts.push("(c.name LIKE '%' || @text || '%' OR ce.number LIKE '%' || @text || '%' OR ce.registration_number LIKE '%' || @text || '%')");
    params.text = f.text;
  }
  if (f.schemeCode !== null) {
    parts.push('sc.code = @schemeCode');
    params.schemeCode = f.schemeCode;
  }
  if (f.lapsedBefore !== null) {
    parts.push('ce.valid_until < @lapsedBefore AND ce.revoked_at IS NULL');
    params.lapsedBefore = f.lapsedBefore;
  }
  if (f.surveillance !== null) {
    parts.push('ce.revoked_at IS NULL AND ce.valid_until >= @inForceOn');
    params.inForceOn = f.surveillance.inForceOn;
    if ('surveilledBefore' in f.surveillance) {
      parts.push(`${SURVEILLED_OR_ISSUED_SQL} < @surveilledBefore`);
      params.surveilledBefore = f.surveillance.surveilledBefore;
    } else {
      // Only certificates with such a finding at all are asked their last one: the home counts this on every load.
      parts.push(`ce.id IN (SELECT certificate_id FROM certificate_surveillance WHERE result = 'not_competent') AND ${LAST_RESULT_SQL} = 'not_competent'`);
    }
  }
  if (f.correctedToBk) {
    // Only certificates of a corrected pleno are asked their seat's decision: the home counts this on every load.
    parts.push(`ce.revoked_at IS NULL AND ce.pleno_id IN (SELECT k.corrects_id FROM pleno k WHERE k.status = 'signed' AND k.corrects_id IS NOT NULL)
      AND ${DECISION_IN_FORCE_SQL} <> 'K'`);
  }
  if (f.validFrom !== null && f.validUntil !== null) {
    parts.push('ce.valid_until BETWEEN @validFrom AND @validUntil AND ce.revoked_at IS NULL');
    params.validFrom = f.validFrom;
    params.validUntil = f.validUntil;
  }
  return { clause: parts.join(' AND '), params };
}

const orderKey = (f: RegisterFilter) => (f.validFrom !== null ? 'ce.valid_until' : 'ce.number');

/** One page after the cursor (key, id), limit + 1 rows so the caller knows whether another follows. */
/** A register row with its seat, and whether a signed correction replaced the pleno it was issued from. */
export type RegisterPageRow = RegisterRow & { session_id: string; pleno_corrected: 0 | 1 };

export function registerPage(db: Db, f: RegisterFilter, after: { key: string; id: string } | null, limit: number): RegisterPageRow[] {
  const { clause, params } = where(f);
  const key = orderKey(f);
  const keyset = after ? ` AND (${key} > @afterKey OR (${key} = @afterKey AND ce.id > @afterId))` : '';
  const bound = after ? { ...params, afterKey: after.key, afterId: after.id } : params;
  return sql<[Record<string, string | number>], RegisterPageRow>(
    db,
    `SELECT ${COLUMNS}, ${CORRECTED} ${FROM} WHERE ${clause}${keyset} ORDER BY ${key}, ce.id LIMIT @limit`,
  ).all({ ...bound, limit: limit + 1 });
}

/** How many match, counted up to `cap` + 1 (a larger total is shown as "at least"). */
export function registerCount(db: Db, f: RegisterFilter, cap: number): number {
  const { clause, params } = where(f);
  return sql<[Record<string, string | number>], { n: number }>(db, `SELECT count(*) AS n FROM (SELECT 1 ${FROM} WHERE ${clause} LIMIT @cap)`).get({
    ...params,
    cap: cap + 1,
  })!.n;
}

export const registerById = (db: Db, lspId: string, id: string) =>
  sql<[string, string], RegisterDetailRow>(
    db,
    `SELECT ${COLUMNS}, ce.pleno_id, p.held_on AS pleno_held_on, p.sk_number AS pleno_sk_number,
        (SELECT k.sk_number FROM pleno k WHERE k.corrects_id = p.id AND k.status = 'signed') AS pleno_corrected_by_sk, ce.session_id, s.code AS session_code,
        ce.counter_scope, ce.counter_value, ce.issued_at, a.display_name AS issued_by
       ${FROM} JOIN session s ON s.id = ce.session_id JOIN account a ON a.id = ce.issued_by JOIN pleno p ON p.id = ce.pleno_id
      WHERE ce.lsp_id = ? AND ce.id = ?`,
  ).get(lspId, id);

/** A register sheet's row: as a page's. */
export type RegisterSheetRow = RegisterPageRow;

/** Every certificate of the LSP in number order, a page at a time (the register's spreadsheet). */
export const registerAfter = (db: Db, lspId: string, afterNumber: string, afterId: string, limit: number) =>
  sql<[string, string, string, string, number], RegisterSheetRow>(
    db,
    `SELECT ${COLUMNS}, ${CORRECTED}
       ${FROM} WHERE ce.lsp_id = ? AND (ce.number > ? OR (ce.number = ? AND ce.id > ?)) ORDER BY ce.number, ce.id LIMIT ?`,
  ).all(lspId, afterNumber, afterNumber, afterId, limit);

export const blankoOwner = (db: Db, lspId: string, blanko: string) =>
  sql<[string, string], { id: string; number: string }>(db, 'SELECT id, number FROM certificate WHERE lsp_id = ? AND blanko_number = ?').get(lspId, blanko);

export const setBlanko = (db: Db, lspId: string, id: string, blanko: string | null) =>
  sql<[string | null, string, string]>(db, 'UPDATE certificate SET blanko_number = ? WHERE lsp_id = ? AND id = ?').run(blanko, lspId, id);

/** Marks a certificate revoked, once: the row is kept (the register lists it as revoked). */
export const revoke = (db: Db, lspId: string, id: string, at: string, reason: string) =>
  sql<[string, string, string, string]>(db, 'UPDATE certificate SET revoked_at = ?, revoke_reason = ? WHERE lsp_id = ? AND id = ? AND revoked_at IS NULL').run(at, reason, lspId, id);

/** The certificates of the candidates with this NIK (the blanko import matches by NIK). */
export const certificatesByNik = (db: Db, lspId: string, nik: string) =>
  sql<[string, string], { id: string; number: string; blanko_number: string | null }>(
    db,
    `SELECT ce.id, ce.number, ce.blanko_number FROM certificate ce JOIN candidate c ON c.id = ce.candidate_id
      WHERE ce.lsp_id = ? AND c.nik = ? AND ce.revoked_at IS NULL ORDER BY ce.issued_on, ce.number`,
  ).all(lspId, nik);
