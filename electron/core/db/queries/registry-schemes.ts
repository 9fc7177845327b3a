/** Schemes of the registry: versions, and the unit / element / KUK tree of one version. */
import type { Db } from '../open';
import { sql } from '../statements';
import { laterWordLike, likeLiteral } from '../like';

export type SchemeRow = {
  id: string;
  lsp_id: string;
  code: string;
  version: number;
  kind: 'kkni' | 'okupasi' | 'klaster';
  level: number | null;
  skkni: string;
  title_id: string;
  title_en: string | null;
  approved_on: string | null;
  settings: string;
  active: number;
};

export type SchemeListRow = SchemeRow & { frozen: number; latest: number; unit_count: number };

const COLUMNS = 'id, lsp_id, code, version, kind, level, skkni, title_id, title_en, approved_on, settings, active';
const LIST_COLUMNS = `${COLUMNS},
  EXISTS (SELECT 1 FROM session WHERE session.scheme_id = s.id) AS frozen,
  NOT EXISTS (SELECT 1 FROM scheme n WHERE n.lsp_id = s.lsp_id AND n.code = s.code AND n.version > s.version) AS latest,
  (SELECT count(*) FROM unit WHERE unit.scheme_id = s.id) AS unit_count`;

export const schemeById = (db: Db, lspId: string, id: string) =>
  sql<[string, string], SchemeListRow>(db, `SELECT ${LIST_COLUMNS} FROM scheme s WHERE lsp_id = ? AND id = ?`).get(lspId, id);

/** The newest version of a code. */
export const latestByCode = (db: Db, lspId: string, code: string) =>
  sql<[string, string], SchemeListRow>(db, `SELECT ${LIST_COLUMNS} FROM scheme s WHERE lsp_id = ? AND code = ? ORDER BY version DESC LIMIT 1`).get(lspId, code);

export const versionsOf = (db: Db, lspId: string, code: string) =>
  sql<[string, string], { id: string; version: number; active: number }>(db, 'SELECT id, version, active FROM scheme WHERE lsp_id = ? AND code = ? ORDER BY version').all(
    lspId,
    code,
  );

export function insertScheme(db: Db, row: SchemeRow): void {
  sql<[SchemeRow]>(
    db,
    `INSERT INTO scheme (${COLUMNS}) VALUES (@id, @lsp_id, @code, @version, @kind, @level, @skkni, @title_id, @title_en, @approved_on, @settings, @active)`,
  ).run(row);
}

export function updateSchemeHead(db: Db, row: SchemeRow): void {
  sql<[SchemeRow]>(
    db,
    `UPDATE scheme SET code = @code, kind = @kind, level = @level, skkni = @skkni, title_id = @title_id, title_en = @title_en,
      approved_on = @approved_on WHERE id = @id AND lsp_id = @lsp_id`,
  ).run(row);
}

export const setSchemeActive = (db: Db, lspId: string, id: string, active: number) =>
  sql<[number, string, string]>(db, 'UPDATE scheme SET active = ? WHERE lsp_id = ? AND id = ?').run(active, lspId, id);

export type UnitRow = { id: string; scheme_id: string; ordinal: number; code: string; title_id: string; title_en: string | null };
export type ElementRow = { id: string; unit_id: string; ordinal: number; title_id: string; title_en: string | null };
export type KukRow = { id: string; element_id: string; ordinal: number; number: string; text_id: string; text_en: string | null; dimensions: string };

export const unitsOf = (db: Db, schemeId: string) =>
  sql<[string], UnitRow>(db, 'SELECT id, scheme_id, ordinal, code, title_id, title_en FROM unit WHERE scheme_id = ? ORDER BY ordinal').all(schemeId);

export const elementsOf = (db: Db, schemeId: string) =>
  sql<[string], ElementRow>(
    db,
    `SELECT e.id, e.unit_id, e.ordinal, e.title_id, e.title_en FROM element e JOIN unit u ON u.id = e.unit_id
     WHERE u.scheme_id = ? ORDER BY e.unit_id, e.ordinal`,
  ).all(schemeId);

export const kuksOf = (db: Db, schemeId: string) =>
  sql<[string], KukRow>(
    db,
    `SELECT k.id, k.element_id, k.ordinal, k.number, k.text_id, k.text_en, k.dimensions FROM kuk k
     JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = ? ORDER BY k.element_id, k.ordinal`,
  ).all(schemeId);

/**
 * Moves every ordinal (and unit code) of a scheme's tree out of the way, so the rewrite may reorder
 * and rename without tripping UNIQUE (scheme_id, ordinal) / (scheme_id, code) halfway through.
 */
export function parkTree(db: Db, schemeId: string): void {
  sql<[string]>(db, "UPDATE unit SET ordinal = -ordinal, code = '~' || id WHERE scheme_id = ?").run(schemeId);
  sql<[string]>(db, 'UPDATE element SET ordinal = -ordinal WHERE unit_id IN (SELECT id FROM unit WHERE scheme_id = ?)').run(schemeId);
  sql<[string]>(
    db,
    'UPDATE kuk SET ordinal = -ordinal WHERE element_id IN (SELECT e.id FROM element e JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = ?)',
  ).run(schemeId);
}

export const upsertUnit = (db: Db, r: UnitRow) =>
  sql<[UnitRow]>(
    db,
    `INSERT INTO unit (id, scheme_id, ordinal, code, title_id, title_en) VALUES (@id, @scheme_id, @ordinal, @code, @title_id, @title_en)
     ON CONFLICT (id) DO UPDATE SET ordinal = excluded.ordinal, code = excluded.code, title_id = excluded.title_id, title_en = excluded.title_en`,
  ).run(r);

export const upsertElement = (db: Db, r: ElementRow) =>
  sql<[ElementRow]>(
    db,
    `INSERT INTO element (id, unit_id, ordinal, title_id, title_en) VALUES (@id, @unit_id, @ordinal, @title_id, @title_en)
     ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, ordinal = excluded.ordinal, title_id = excluded.title_id, title_en = excluded.title_en`,
  ).run(r);

export const upsertKuk = (db: Db, r: KukRow) =>
  sql<[KukRow]>(
    db,
    `INSERT INTO kuk (id, element_id, ordinal, number, text_id, text_en, dimensions) VALUES (@id, @element_id, @ordinal, @number, @text_id, @text_en, @dimensions)
     ON CONFLICT (id) DO UPDATE SET element_id = excluded.element_id, ordinal = excluded.ordinal, number = excluded.number,
       text_id = excluded.text_id, text_en = excluded.text_en, dimensions = excluded.dimensions`,
  ).run(r);

export const deleteKuk = (db: Db, id: string) => sql<[string]>(db, 'DELETE FROM kuk WHERE id = ?').run(id);
export const deleteElement = (db: Db, id: string) => sql<[string]>(db, 'DELETE FROM element WHERE id = ?').run(id);
export const deleteUnit = (db: Db, id: string) => sql<[string]>(db, 'DELETE FROM unit WHERE id = ?').run(id);

/** KUK ids that questions (any of their KUK) or observation items point at: they cannot be removed. */
export const kuksInUse = (db: Db, schemeId: string): Set<string> =>
  new Set(
    sql<[string, string], { kuk_id: string }>(
      db,
      `SELECT x.kuk_id FROM item_kuk x JOIN item i ON i.id = x.item_id WHERE i.scheme_id = ?
       UNION SELECT kuk_id FROM observation_item WHERE scheme_id = ?`,
    )
      .all(schemeId, schemeId)
      .map((r) => r.kuk_id),
  );

export type SchemeFilter = { lspId: string; active: number | null; prefix: string | null; kind: string | null; allVersions: boolean };

function where(f: SchemeFilter): { text: string; params: Record<string, string | number> } {
  const parts = ['s.lsp_id = @lspId'];
  const params: Record<string, string | number> = { lspId: f.lspId };
  if (f.active !== null) {
    parts.push('s.active = @active');
    params.active = f.active;
  }
  if (f.kind !== null) {
    parts.push('s.kind = @kind');
    params.kind = f.kind;
  }
  if (!f.allVersions) parts.push('NOT EXISTS (SELECT 1 FROM scheme n WHERE n.lsp_id = s.lsp_id AND n.code = s.code AND n.version > s.version)');
  if (f.prefix !== null) {
    // A title's first word is often "Junior" or "Operator": any word of either title counts. An LSP has tens
    // to hundreds of schemes, so that match may read them all.
    parts.push(`((s.code >= @lo COLLATE NOCASE AND s.code < @hi COLLATE NOCASE) OR (s.title_id >= @lo COLLATE NOCASE AND s.title_id < @hi COLLATE NOCASE)
      OR s.title_id LIKE @word ESCAPE '\\' OR s.title_en LIKE @start ESCAPE '\\' OR s.title_en LIKE @word ESCAPE '\\')`);
    params.lo = f.prefix;
    params.hi = f.prefix + '\uffff';
    params.start = `${likeLiteral(f.prefix)}%`;
    params.word = laterWordLike(f.prefix);
  }
  return { text: parts.join(' AND '), params };
}

/** In code order, then version. */
export function schemePage(db: Db, f: SchemeFilter, after: { code: string; version: number; id: string } | null, fetch: number): SchemeListRow[] {
  const w = where(f);
  const params: Record<string, string | number> = { ...w.params, fetch };
  if (after) Object.assign(params, { afterCode: after.code, afterVersion: after.version, afterId: after.id });
  return sql<[Record<string, string | number>], SchemeListRow>(
    db,
    `SELECT ${LIST_COLUMNS} FROM scheme s WHERE ${w.text}
     ${after ? 'AND (s.code, s.version, s.id) > (@afterCode, @afterVersion, @afterId)' : ''}
     ORDER BY s.code, s.version, s.id LIMIT @fetch`,
  ).all(params);
}

export function schemeCount(db: Db, f: SchemeFilter, cap: number): number {
  const w = where(f);
  return sql<[Record<string, string | number>], { n: number }>(db, `SELECT count(*) AS n FROM (SELECT 1 FROM scheme s WHERE ${w.text} LIMIT @cap)`).get({
    ...w.params,
    cap: cap + 1,
  })!.n;
}

