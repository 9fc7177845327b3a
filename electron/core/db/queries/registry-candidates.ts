/** Candidates (asesi) of the registry: rows as stored, keyset pages in name or NIK order. */
import type { Db } from '../open';
import { sql } from '../statements';
import { laterWordLike } from '../like';

export type CandidateRow = {
  id: string;
  lsp_id: string;
  participant_no: string;
  name: string;
  nik: string;
  birth_place: string | null;
  birth_date: string | null;
  sex: 'L' | 'P' | null;
  address: string | null;
  regency_code: string | null;
  province_code: string | null;
  phone: string | null;
  email: string | null;
  education_code: string | null;
  occupation_code: string | null;
  institution: string | null;
  photo_sha256: string | null;
  active: number;
};

export type CandidateListRow = Pick<CandidateRow, 'id' | 'participant_no' | 'name' | 'nik' | 'institution' | 'province_code' | 'active'>;

const COLUMNS = `id, lsp_id, participant_no, name, nik, birth_place, birth_date, sex, address, regency_code, province_code,
  phone, email, education_code, occupation_code, institution, photo_sha256, active`;
const LIST_COLUMNS = 'id, participant_no, name, nik, institution, province_code, active';

export const candidateById = (db: Db, lspId: string, id: string) =>
  sql<[string, string], CandidateRow>(db, `SELECT ${COLUMNS} FROM candidate WHERE lsp_id = ? AND id = ?`).get(lspId, id);

export const candidateByNik = (db: Db, lspId: string, nik: string) =>
  sql<[string, string], CandidateRow>(db, `SELECT ${COLUMNS} FROM candidate WHERE lsp_id = ? AND nik = ?`).get(lspId, nik);

/**
 * The LSP's candidates with any of these NIKs, by NIK: one statement for a whole import's rows (the NIKs
 * go in as one JSON array), where a lookup a row cost more than the rows' own checks.
 */
export function candidatesByNiks(db: Db, lspId: string, niks: readonly string[]): Map<string, CandidateRow> {
  const rows = sql<[string, string], CandidateRow>(
    db,
    `SELECT ${COLUMNS} FROM candidate WHERE lsp_id = ? AND nik IN (SELECT value FROM json_each(?))`,
  ).all(lspId, JSON.stringify(niks));
  return new Map(rows.map((r) => [r.nik, r]));
}

export type NamesakeRow = Pick<CandidateRow, 'id' | 'name' | 'nik' | 'birth_date' | 'participant_no'>;

/**
 * The LSP's candidates with any of these names and birth dates, the name in any ASCII case, other than the
 * one with the NIK given beside them (that record is the row's own): one statement for a whole import's
 * rows (the triples go in as one JSON array), each one seek in the name index (candidate_name, NOCASE),
 * the birth date and NIK checked on the rows it finds.
 */
export const NAMESAKES_SQL = `SELECT c.id, c.name, c.nik, c.birth_date, c.participant_no
  FROM json_each(?) j CROSS JOIN candidate c
  WHERE c.lsp_id = ? AND c.name = j.value ->> 0 COLLATE NOCASE AND c.birth_date = j.value ->> 1 AND c.nik <> j.value ->> 2`;

export function candidatesByNameAndBirth(db: Db, lspId: string, triples: readonly (readonly [name: string, birthDate: string, nik: string])[]): NamesakeRow[] {
  return sql<[string, string], NamesakeRow>(db, NAMESAKES_SQL).all(JSON.stringify(triples), lspId);
}

/** Which of these participant numbers a candidate already has (any LSP's: the number is unique). */
export function participantNosTaken(db: Db, participantNos: readonly string[]): Set<string> {
  return new Set(
    sql<[string], string>(db, 'SELECT participant_no FROM candidate WHERE participant_no IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(participantNos)),
  );
}

// Built once: an import writes 10,000 rows through each, and a text built per call was built and hashed per row to find its statement.
// Bound by position, not by name: better-sqlite3 looks each of 18 names up in the row object, which cost an
// import's apply of 10,000 rows ~12 ms (inserting the same rows alone: 155 ms by name, 140 ms by position).
const INSERT = `INSERT INTO candidate (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

type InsertParams = [
  CandidateRow['id'],
  CandidateRow['lsp_id'],
  CandidateRow['participant_no'],
  CandidateRow['name'],
  CandidateRow['nik'],
  CandidateRow['birth_place'],
  CandidateRow['birth_date'],
  CandidateRow['sex'],
  CandidateRow['address'],
  CandidateRow['regency_code'],
  CandidateRow['province_code'],
  CandidateRow['phone'],
  CandidateRow['email'],
  CandidateRow['education_code'],
  CandidateRow['occupation_code'],
  CandidateRow['institution'],
  CandidateRow['photo_sha256'],
  CandidateRow['active'],
];

/** A row's values in COLUMNS order. */
export function insertCandidate(db: Db, r: CandidateRow): void {
  sql<InsertParams>(db, INSERT).run(
    r.id,
    r.lsp_id,
    r.participant_no,
    r.name,
    r.nik,
    r.birth_place,
    r.birth_date,
    r.sex,
    r.address,
    r.regency_code,
    r.province_code,
    r.phone,
    r.email,
    r.education_code,
    r.occupation_code,
    r.institution,
    r.photo_sha256,
    r.active,
  );
}

/** Everything but the ids, the participant number (the exam-day login) and the active flag. */
export function updateCandidate(db: Db, row: CandidateRow): void {
  sql<[CandidateRow]>(
    db,
    `UPDATE candidate SET name = @name, nik = @nik, birth_place = @birth_place, birth_date = @birth_date, sex = @sex, address = @address,
      regency_code = @regency_code, province_code = @province_code, phone = @phone, email = @email, education_code = @education_code,
      occupation_code = @occupation_code, institution = @institution, photo_sha256 = @photo_sha256
     WHERE id = @id AND lsp_id = @lsp_id`,
  ).run(row);
}

export const setCandidateActive = (db: Db, lspId: string, id: string, active: number) =>
  sql<[number, string, string]>(db, 'UPDATE candidate SET active = ? WHERE lsp_id = ? AND id = ?').run(active, lspId, id);

export type CandidateFilter = {
  lspId: string;
  active: number | null;
  institution: string | null;
  provinceCode: string | null;
  /** Name prefix (case-insensitive), NIK prefix or participant number prefix; at most one. */
  namePrefix: string | null;
  nikPrefix: string | null;
  participantPrefix: string | null;
  /**
   * The name prefix also matches the start of a later word ("Dewi" finds "Ratna Dewi"). No index answers
   * that: it reads the name index through (24-61 ms at 200,000 candidates in a probe, against the start
   * of the name's one seek), so the list asks for it only when the user does.
   */
  anyWord: boolean;
};

type After = { key: string; id: string } | null;

/**
 * SQL conditions and their parameters, each answered from an index of migrations 008 and 010. The active
 * flag is written as a literal so that the planner may use the partial index of inactive candidates. A
 * page after a cursor starts its range at the cursor (`name >= key`), which SQLite seeks to; a row-value
 * comparison with a collation it would not.
 */
function where(f: CandidateFilter, after: After = null): { text: string; params: Record<string, string | number> } {
  const parts = ['lsp_id = @lspId'];
  const params: Record<string, string | number> = { lspId: f.lspId };
  if (f.active !== null) parts.push(f.active ? 'active = 1' : 'active = 0');
  if (f.institution !== null) {
    parts.push('institution = @institution COLLATE NOCASE');
    params.institution = f.institution;
  }
  if (f.provinceCode !== null) {
    parts.push('province_code = @provinceCode');
    params.provinceCode = f.provinceCode;
  }
  if (f.participantPrefix !== null) {
    // The number on the candidate's card (unique, indexed): in its own order, as a NIK is in its.
    parts.push(after ? 'participant_no > @afterKey AND participant_no < @pnHi' : 'participant_no >= @pnLo AND participant_no < @pnHi');
    if (after) params.afterKey = after.key;
    else params.pnLo = f.participantPrefix;
    params.pnHi = f.participantPrefix + '\uffff';
    return { text: parts.join(' AND '), params };
  }
  if (f.nikPrefix !== null) {
    parts.push(after ? 'nik > @afterKey AND nik < @nikHi' : 'nik >= @nikLo AND nik < @nikHi');
    if (after) params.afterKey = after.key;
    else params.nikLo = f.nikPrefix;
    // ':' sorts right after '9': every NIK starting with the prefix is below it.
    params.nikHi = f.nikPrefix + ':';
    return { text: parts.join(' AND '), params };
  }
  if (f.namePrefix !== null && f.anyWord) {
    parts.push("((name >= @lo COLLATE NOCASE AND name < @hi COLLATE NOCASE) OR name LIKE @word ESCAPE '\\')");
    Object.assign(params, { lo: f.namePrefix, hi: f.namePrefix + '\uffff', word: laterWordLike(f.namePrefix) });
  } else if (f.namePrefix !== null) {
    parts.push('name < @hi COLLATE NOCASE');
    params.hi = f.namePrefix + '\uffff';
    if (!after) {
      parts.push('name >= @lo COLLATE NOCASE');
      params.lo = f.namePrefix;
    }
  }
  if (after) {
    parts.push('name >= @afterKey COLLATE NOCASE AND (name > @afterKey COLLATE NOCASE OR id > @afterId)');
    Object.assign(params, { afterKey: after.key, afterId: after.id });
  }
  return { text: parts.join(' AND '), params };
}

/**
 * One page after (key, id): in NIK order when searching a NIK (unique per LSP), in participant number order when
 * searching one (unique), in name order otherwise.
 * Fetch limit + 1 to learn whether another page follows.
 */
export function candidatePage(db: Db, f: CandidateFilter, after: After, fetch: number): CandidateListRow[] {
  const w = where(f, after);
  const order = f.participantPrefix !== null ? 'participant_no' : f.nikPrefix !== null ? 'nik' : 'name COLLATE NOCASE, id';
  return sql<[Record<string, string | number>], CandidateListRow>(
    db,
    `SELECT ${LIST_COLUMNS} FROM candidate WHERE ${w.text} ORDER BY ${order} LIMIT @fetch`,
  ).all({ ...w.params, fetch });
}

/**
 * The first institution name from `from` (inclusive or not, any case) below `hi`, or undefined: one seek
 * in the index candidate_institution, where a DISTINCT would walk every candidate of each name it passes.
 */
export function institutionFrom(db: Db, lspId: string, from: string, inclusive: boolean, hi: string): string | undefined {
  return sql<[{ lspId: string; from: string; hi: string }], { institution: string }>(
    db,
    `SELECT institution FROM candidate
     WHERE lsp_id = @lspId AND institution ${inclusive ? '>=' : '>'} @from COLLATE NOCASE AND institution < @hi COLLATE NOCASE
     ORDER BY institution COLLATE NOCASE LIMIT 1`,
  ).get({ lspId, from, hi })?.institution;
}

/** Matches counted up to `cap` + 1, so a broad first page never counts all 200,000. */
export function candidateCount(db: Db, f: CandidateFilter, cap: number): number {
  const w = where(f);
  return sql<[Record<string, string | number>], { n: number }>(
    db,
    `SELECT count(*) AS n FROM (SELECT 1 FROM candidate WHERE ${w.text} LIMIT @cap)`,
  ).get({ ...w.params, cap: cap + 1 })!.n;
}
