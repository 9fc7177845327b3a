/** Assessors of the registry and the scheme codes each may assess. */
import type { Db } from '../open';
import { sql } from '../statements';
import { laterWordLike } from '../like';

/** After a cursor in name order, in a form SQLite seeks to (a row value with a collation it would not). */
const AFTER_NAME = 'name >= @afterKey COLLATE NOCASE AND (name > @afterKey COLLATE NOCASE OR id > @afterId)';

export type AssessorRow = {
  id: string;
  lsp_id: string;
  name: string;
  nik: string | null;
  birth_place: string | null;
  birth_date: string | null;
  sex: 'L' | 'P' | null;
  address: string | null;
  city: string | null;
  province: string | null;
  phone: string | null;
  email: string | null;
  met_number: string;
  met_expires_on: string;
  tech_cert_number: string | null;
  tech_cert_expires_on: string | null;
  home_lsp: string | null;
  loan_letter_no: string | null;
  loan_letter_date: string | null;
  active: number;
};

export type AssessorListRow = AssessorRow & { account_id: string | null };

const COLUMNS = `id, lsp_id, name, nik, birth_place, birth_date, sex, address, city, province, phone, email, met_number, met_expires_on,
  tech_cert_number, tech_cert_expires_on, home_lsp, loan_letter_no, loan_letter_date, active`;
const WITH_ACCOUNT = `${COLUMNS}, (SELECT id FROM account WHERE account.assessor_id = assessor.id) AS account_id`;

export const assessorById = (db: Db, lspId: string, id: string) =>
  sql<[string, string], AssessorListRow>(db, `SELECT ${WITH_ACCOUNT} FROM assessor WHERE lsp_id = ? AND id = ?`).get(lspId, id);

/** MET numbers are unique across installations' LSPs (the table's UNIQUE), so not per LSP. */
export const assessorByMet = (db: Db, metNumber: string) =>
  sql<[string], AssessorListRow>(db, `SELECT ${WITH_ACCOUNT} FROM assessor WHERE met_number = ?`).get(metNumber);

export const assessorByNik = (db: Db, lspId: string, nik: string) =>
  sql<[string, string], { id: string }>(db, 'SELECT id FROM assessor WHERE lsp_id = ? AND nik = ?').get(lspId, nik);

export function insertAssessor(db: Db, row: AssessorRow): void {
  sql<[AssessorRow]>(
    db,
    `INSERT INTO assessor (${COLUMNS}) VALUES (@id, @lsp_id, @name, @nik, @birth_place, @birth_date, @sex, @address, @city, @province,
      @phone, @email, @met_number, @met_expires_on, @tech_cert_number, @tech_cert_expires_on, @home_lsp, @loan_letter_no, @loan_letter_date, @active)`,
  ).run(row);
}

export function updateAssessor(db: Db, row: AssessorRow): void {
  sql<[AssessorRow]>(
    db,
    `UPDATE assessor SET name = @name, nik = @nik, birth_place = @birth_place, birth_date = @birth_date, sex = @sex, address = @address,
      city = @city, province = @province, phone = @phone, email = @email, met_number = @met_number, met_expires_on = @met_expires_on,
      tech_cert_number = @tech_cert_number, tech_cert_expires_on = @tech_cert_expires_on, home_lsp = @home_lsp,
      loan_letter_no = @loan_letter_no, loan_letter_date = @loan_letter_date
     WHERE id = @id AND lsp_id = @lsp_id`,
  ).run(row);
}

export const setAssessorActive = (db: Db, lspId: string, id: string, active: number) =>
  sql<[number, string, string]>(db, 'UPDATE assessor SET active = ? WHERE lsp_id = ? AND id = ?').run(active, lspId, id);

export const schemeCodesOf = (db: Db, assessorId: string): string[] =>
  sql<[string], { scheme_code: string }>(db, 'SELECT scheme_code FROM assessor_scheme WHERE assessor_id = ? ORDER BY scheme_code')
    .all(assessorId)
    .map((r) => r.scheme_code);

export function setSchemeCodes(db: Db, assessorId: string, codes: readonly string[]): void {
  sql<[string]>(db, 'DELETE FROM assessor_scheme WHERE assessor_id = ?').run(assessorId);
  const insert = sql<[string, string]>(db, 'INSERT INTO assessor_scheme (assessor_id, scheme_code) VALUES (?, ?)');
  for (const code of codes) insert.run(assessorId, code);
}

export type AssessorFilter = {
  lspId: string;
  active: number | null;
  namePrefix: string | null;
  nikPrefix: string | null;
  /** YYYY-MM-DD bounds: expired before `today`; soon up to `soonUntil`. */
  expiry: { kind: 'soon' | 'expired'; today: string; soonUntil: string } | null;
  schemeCode: string | null;
};

function where(f: AssessorFilter): { text: string; params: Record<string, string | number> } {
  const parts = ['lsp_id = @lspId'];
  const params: Record<string, string | number> = { lspId: f.lspId };
  if (f.active !== null) {
    parts.push('active = @active');
    params.active = f.active;
  }
  if (f.namePrefix !== null) {
    // A MET number is searched like a name: "MET.000" finds it. So is the start of any word of the name:
    // "Sri" finds "Dra. Sri Wahyuningsih" (titles come first). An LSP has a few thousand assessors at most,
    // so the word match may read them all.
    parts.push(`((name >= @lo COLLATE NOCASE AND name < @hi COLLATE NOCASE) OR (met_number >= @lo COLLATE NOCASE AND met_number < @hi COLLATE NOCASE)
      OR name LIKE @word ESCAPE '\\')`);
    params.lo = f.namePrefix;
    params.hi = f.namePrefix + '\uffff';
    params.word = laterWordLike(f.namePrefix);
  }
  if (f.nikPrefix !== null) {
    parts.push('nik >= @nikLo AND nik < @nikHi');
    params.nikLo = f.nikPrefix;
    params.nikHi = f.nikPrefix + ':';
  }
  if (f.expiry?.kind === 'expired') {
    parts.push('(met_expires_on < @today OR tech_cert_expires_on < @today)');
    params.today = f.expiry.today;
  } else if (f.expiry?.kind === 'soon') {
    parts.push(`((met_expires_on >= @today AND met_expires_on <= @soonUntil)
      OR (tech_cert_expires_on >= @today AND tech_cert_expires_on <= @soonUntil))`);
    params.today = f.expiry.today;
    params.soonUntil = f.expiry.soonUntil;
  }
  if (f.schemeCode !== null) {
    parts.push('id IN (SELECT assessor_id FROM assessor_scheme WHERE scheme_code = @schemeCode)');
    params.schemeCode = f.schemeCode;
  }
  return { text: parts.join(' AND '), params };
}

/** One page in name order after (name, id); fetch limit + 1. An LSP has hundreds to a few thousand. */
export function assessorPage(db: Db, f: AssessorFilter, after: { key: string; id: string } | null, fetch: number): AssessorListRow[] {
  const w = where(f);
  const params: Record<string, string | number> = { ...w.params, fetch };
  if (after) Object.assign(params, { afterKey: after.key, afterId: after.id });
  return sql<[Record<string, string | number>], AssessorListRow>(
    db,
    `SELECT ${WITH_ACCOUNT} FROM assessor WHERE ${w.text}${after ? ` AND ${AFTER_NAME}` : ''}
     ORDER BY name COLLATE NOCASE, id LIMIT @fetch`,
  ).all(params);
}

export function assessorCount(db: Db, f: AssessorFilter, cap: number): number {
  const w = where(f);
  return sql<[Record<string, string | number>], { n: number }>(db, `SELECT count(*) AS n FROM (SELECT 1 FROM assessor WHERE ${w.text} LIMIT @cap)`).get({
    ...w.params,
    cap: cap + 1,
  })!.n;
}

/** Scheme codes of this LSP that exist (any version). */
export const knownSchemeCodes = (db: Db, lspId: string, codes: readonly string[]): Set<string> =>
  new Set(
    codes.length === 0
      ? []
      : sql<[string, string], { code: string }>(db, 'SELECT DISTINCT code FROM scheme WHERE lsp_id = ? AND code IN (SELECT value FROM json_each(?))')
          .all(lspId, JSON.stringify(codes))
          .map((r) => r.code),
  );
