/** TUKs of the registry and their verification records. */
import type { TukZone } from '../../../shared/time-zones';
import type { Db } from '../open';
import { sql } from '../statements';
import { laterWordLike } from '../like';

/** After a cursor in name order, in a form SQLite seeks to (a row value with a collation it would not). */
const AFTER_NAME = 'name >= @afterKey COLLATE NOCASE AND (name > @afterKey COLLATE NOCASE OR id > @afterId)';

export type TukRow = {
  id: string;
  lsp_id: string;
  code: string;
  name: string;
  type: 'sewaktu' | 'tempat_kerja' | 'mandiri';
  address: string | null;
  capacity: number | null;
  contact_name: string | null;
  contact_phone: string | null;
  /** Null only for a TUK a session bundle from an app before migration 036 brought to a station. */
  time_zone: TukZone | null;
  verified_on: string | null;
  active: number;
};

export type VerificationRow = {
  id: string;
  tuk_id: string;
  session_id: string | null;
  verified_on: string;
  verifier: string;
  result: 'fit' | 'unfit';
  note: string | null;
  recorded_at: string;
};

const COLUMNS = 'id, lsp_id, code, name, type, address, capacity, contact_name, contact_phone, time_zone, verified_on, active';

export const tukById = (db: Db, lspId: string, id: string) =>
  sql<[string, string], TukRow>(db, `SELECT ${COLUMNS} FROM tuk WHERE lsp_id = ? AND id = ?`).get(lspId, id);

/** A TUK's zone; null for one an old session bundle brought, or none here. */
export const tukZoneOf = (db: Db, id: string): TukZone | null =>
  sql<[string], { time_zone: TukZone | null }>(db, 'SELECT time_zone FROM tuk WHERE id = ?').get(id)?.time_zone ?? null;

/** TUK codes are unique across the table (its UNIQUE), not per LSP. */
export const tukByCode = (db: Db, code: string) => sql<[string], TukRow>(db, `SELECT ${COLUMNS} FROM tuk WHERE code = ?`).get(code);

export function insertTuk(db: Db, row: TukRow): void {
  sql<[TukRow]>(
    db,
    `INSERT INTO tuk (${COLUMNS}) VALUES (@id, @lsp_id, @code, @name, @type, @address, @capacity, @contact_name, @contact_phone, @time_zone, @verified_on, @active)`,
  ).run(row);
}

export function updateTuk(db: Db, row: TukRow): void {
  sql<[TukRow]>(
    db,
    `UPDATE tuk SET code = @code, name = @name, type = @type, address = @address, capacity = @capacity, contact_name = @contact_name,
      contact_phone = @contact_phone, time_zone = @time_zone WHERE id = @id AND lsp_id = @lsp_id`,
  ).run(row);
}

export const setTukActive = (db: Db, lspId: string, id: string, active: number) =>
  sql<[number, string, string]>(db, 'UPDATE tuk SET active = ? WHERE lsp_id = ? AND id = ?').run(active, lspId, id);

/**
 * Keeps tuk.verified_on the latest verification's date, as the exam-day screens read it: a record of an
 * older verification entered late does not move it back (nor does one before the records began).
 */
export const noteVerifiedOn = (db: Db, id: string, date: string) =>
  sql<[string, string]>(db, "UPDATE tuk SET verified_on = max(coalesce(verified_on, ''), ?) WHERE id = ?").run(date, id);

export function insertVerification(db: Db, row: VerificationRow): void {
  sql<[VerificationRow]>(
    db,
    `INSERT INTO tuk_verification (id, tuk_id, session_id, verified_on, verifier, result, note, recorded_at)
     VALUES (@id, @tuk_id, @session_id, @verified_on, @verifier, @result, @note, @recorded_at)`,
  ).run(row);
}

export type VerificationListRow = VerificationRow & { session_code: string | null; session_date: string | null };

export const verificationsOf = (db: Db, tukId: string) =>
  sql<[string], VerificationListRow>(
    db,
    `SELECT v.*, s.code AS session_code, s.date AS session_date FROM tuk_verification v LEFT JOIN session s ON s.id = v.session_id
     WHERE v.tuk_id = ? ORDER BY v.verified_on DESC, v.recorded_at DESC`,
  ).all(tukId);

export const sessionAtTuk = (db: Db, sessionId: string, tukId: string): boolean =>
  sql<[string, string], { n: number }>(db, 'SELECT count(*) AS n FROM session WHERE id = ? AND tuk_id = ?').get(sessionId, tukId)!.n > 0;

/** `verifiedBefore`: only Mandiri TUKs never verified or last verified before that day (registry/tuks.ts verificationCutoff). */
export type TukFilter = { lspId: string; active: number | null; prefix: string | null; type: string | null; verifiedBefore: string | null };

function where(f: TukFilter): { text: string; params: Record<string, string | number> } {
  const parts = ['lsp_id = @lspId'];
  const params: Record<string, string | number> = { lspId: f.lspId };
  if (f.active !== null) {
    parts.push('active = @active');
    params.active = f.active;
  }
  if (f.type !== null) {
    parts.push('type = @type');
    params.type = f.type;
  }
  if (f.verifiedBefore !== null) {
    parts.push("type = 'mandiri' AND (verified_on IS NULL OR verified_on < @verifiedBefore)");
    params.verifiedBefore = f.verifiedBefore;
  }
  if (f.prefix !== null) {
    // A TUK's name starts with "TUK", a type or a school's "SMK": a later word of it counts too. An LSP has a
    // few hundred TUKs, so that match may read them all.
    parts.push(`((name >= @lo COLLATE NOCASE AND name < @hi COLLATE NOCASE) OR (code >= @lo COLLATE NOCASE AND code < @hi COLLATE NOCASE)
      OR name LIKE @word ESCAPE '\\')`);
    params.lo = f.prefix;
    params.hi = f.prefix + '\uffff';
    params.word = laterWordLike(f.prefix);
  }
  return { text: parts.join(' AND '), params };
}

export function tukPage(db: Db, f: TukFilter, after: { key: string; id: string } | null, fetch: number): TukRow[] {
  const w = where(f);
  const params: Record<string, string | number> = { ...w.params, fetch };
  if (after) Object.assign(params, { afterKey: after.key, afterId: after.id });
  return sql<[Record<string, string | number>], TukRow>(
    db,
    `SELECT ${COLUMNS} FROM tuk WHERE ${w.text}${after ? ` AND ${AFTER_NAME}` : ''}
     ORDER BY name COLLATE NOCASE, id LIMIT @fetch`,
  ).all(params);
}

export function tukCount(db: Db, f: TukFilter, cap: number): number {
  const w = where(f);
  return sql<[Record<string, string | number>], { n: number }>(db, `SELECT count(*) AS n FROM (SELECT 1 FROM tuk WHERE ${w.text} LIMIT @cap)`).get({
    ...w.params,
    cap: cap + 1,
  })!.n;
}

/** The session's TUK (type, latest verification) and whether a fit verification names the session. */
export const sessionVerification = (db: Db, sessionId: string) =>
  sql<[string], { date: string; type: TukRow['type']; fit_for_session: number; last_fit_on: string | null }>(
    db,
    `SELECT s.date, t.type,
       EXISTS (SELECT 1 FROM tuk_verification v WHERE v.session_id = s.id AND v.result = 'fit') AS fit_for_session,
       (SELECT max(v.verified_on) FROM tuk_verification v WHERE v.tuk_id = t.id AND v.result = 'fit' AND v.verified_on <= s.date) AS last_fit_on
     FROM session s JOIN tuk t ON t.id = s.tuk_id WHERE s.id = ?`,
  ).get(sessionId);
