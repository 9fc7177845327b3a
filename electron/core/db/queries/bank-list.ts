/** A scheme version's bank as one list (questions and observation benchmarks), and its coverage of the KUK. */
import type { Db } from '../open';
import { sql } from '../statements';

export type EntryRow = {
  id: string;
  scheme_id: string;
  kind: 'multiple_choice' | 'essay' | 'oral' | 'supporting' | 'observation';
  rank: number;
  ordinal: number;
  ref: string;
  status: 'draft' | 'approved' | 'retired';
  prompt_id: string;
  prompt_en: string | null;
  dimensions: string;
  tags: string;
  replaces_id: string | null;
  /** A question's first KUK, a benchmark's KUK. */
  kuk_id: string | null;
  missing_en: number;
  image_count: number;
  used: number;
};

/**
 * Questions first (multiple choice, essay, oral, supporting), each kind in its order, then the benchmarks
 * in the standard's order of their KUK. `used` is the frozen scheme version (a session uses it): a row
 * that answers or scores name belongs to a session of that version.
 */
const ENTRIES = `
  SELECT i.id, i.scheme_id, i.kind,
    CASE i.kind WHEN 'multiple_choice' THEN 0 WHEN 'essay' THEN 1 WHEN 'oral' THEN 2 ELSE 3 END AS rank,
    i.ordinal, i.ref, i.status, i.prompt_id, i.prompt_en, i.dimensions, i.tags, i.replaces_id, i.kuk_id,
    (i.prompt_en IS NULL OR (i.expected_id IS NOT NULL AND i.expected_en IS NULL) OR (i.guide_id IS NOT NULL AND i.guide_en IS NULL)
      OR EXISTS (SELECT 1 FROM item_option op WHERE op.item_id = i.id AND op.text_en IS NULL)) AS missing_en,
    (SELECT count(*) FROM item_image m WHERE m.item_id = i.id) AS image_count
  FROM item i WHERE i.scheme_id = @schemeId
  UNION ALL
  SELECT o.id, o.scheme_id, 'observation', 4, u.ordinal * 1000000 + e.ordinal * 1000 + k.ordinal, u.code || ' ' || k.number, o.status,
    o.benchmark_id, o.benchmark_en, '[]', '[]', o.replaces_id, o.kuk_id, o.benchmark_en IS NULL, 0
  FROM observation_item o JOIN kuk k ON k.id = o.kuk_id JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
  WHERE o.scheme_id = @schemeId`;

/** The KUK an entry is mapped to: a question's item_kuk rows, a benchmark's own KUK. */
const KUKS_OF_ENTRY = `(SELECT kuk_id FROM item_kuk WHERE item_id = x.id UNION ALL SELECT kuk_id FROM observation_item WHERE id = x.id)`;

export type EntryFilter = {
  schemeId: string;
  unitId: string | null;
  kukId: string | null;
  kind: string | null;
  status: string | null;
  missingEnglish: boolean;
  /** A LIKE pattern (escaped with \\), or null. */
  like: string | null;
};

function where(f: EntryFilter): { text: string; params: Record<string, string | number> } {
  const parts = ['1'];
  const params: Record<string, string | number> = { schemeId: f.schemeId };
  if (f.kind !== null) {
    parts.push('x.kind = @kind');
    params.kind = f.kind;
  }
  if (f.status !== null) {
    parts.push('x.status = @status');
    params.status = f.status;
  }
  if (f.missingEnglish) parts.push('x.missing_en = 1');
  if (f.kukId !== null) {
    parts.push(`@kukId IN ${KUKS_OF_ENTRY}`);
    params.kukId = f.kukId;
  }
  if (f.unitId !== null) {
    parts.push(`EXISTS (SELECT 1 FROM kuk k JOIN element e ON e.id = k.element_id WHERE e.unit_id = @unitId AND k.id IN ${KUKS_OF_ENTRY})`);
    params.unitId = f.unitId;
  }
  if (f.like !== null) {
    parts.push("(x.ref LIKE @like ESCAPE '\\' OR x.prompt_id LIKE @like ESCAPE '\\' OR x.prompt_en LIKE @like ESCAPE '\\')");
    params.like = f.like;
  }
  return { text: parts.join(' AND '), params };
}

export function entryPage(db: Db, f: EntryFilter, after: { rank: number; ordinal: number; id: string } | null, fetch: number): EntryRow[] {
  const w = where(f);
  const params: Record<string, string | number> = { ...w.params, fetch };
  if (after) Object.assign(params, { afterRank: after.rank, afterOrdinal: after.ordinal, afterId: after.id });
  return sql<[Record<string, string | number>], EntryRow>(
    db,
    `SELECT x.*, EXISTS (SELECT 1 FROM session WHERE session.scheme_id = x.scheme_id) AS used FROM (${ENTRIES}) x WHERE ${w.text}
     ${after ? 'AND (x.rank, x.ordinal, x.id) > (@afterRank, @afterOrdinal, @afterId)' : ''}
     ORDER BY x.rank, x.ordinal, x.id LIMIT @fetch`,
  ).all(params);
}

export function entryCount(db: Db, f: EntryFilter, cap: number): number {
  const w = where(f);
  return sql<[Record<string, string | number>], { n: number }>(db, `SELECT count(*) AS n FROM (SELECT 1 FROM (${ENTRIES}) x WHERE ${w.text} LIMIT @cap)`).get({
    ...w.params,
    cap: cap + 1,
  })!.n;
}

/** Each KUK's entries: a question once per KUK it is mapped to. */
export const kukEntries = (db: Db, schemeId: string) =>
  sql<[{ schemeId: string }], { kuk_id: string; id: string; kind: EntryRow['kind']; ref: string; status: EntryRow['status'] }>(
    db,
    `SELECT x.kuk_id, i.id, i.kind, i.ref, i.status FROM item_kuk x JOIN item i ON i.id = x.item_id WHERE i.scheme_id = @schemeId
     UNION ALL
     SELECT o.kuk_id, o.id, 'observation', u.code || ' ' || k.number, o.status
     FROM observation_item o JOIN kuk k ON k.id = o.kuk_id JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
     WHERE o.scheme_id = @schemeId
     ORDER BY 1, 3, 4`,
  ).all({ schemeId });

/** Every entry of the scheme once, by kind and status. */
export const entryCounts = (db: Db, schemeId: string) =>
  sql<[{ schemeId: string }], { kind: EntryRow['kind']; status: EntryRow['status']; n: number }>(
    db,
    `SELECT kind, status, count(*) AS n FROM item WHERE scheme_id = @schemeId GROUP BY kind, status
     UNION ALL
     SELECT 'observation', status, count(*) FROM observation_item WHERE scheme_id = @schemeId GROUP BY status`,
  ).all({ schemeId });

/** Drafts without any KUK (imports arrive so). */
export const unmappedCount = (db: Db, schemeId: string): number =>
  sql<[string], { n: number }>(db, "SELECT count(*) AS n FROM item WHERE scheme_id = ? AND status = 'draft' AND kuk_id IS NULL").get(schemeId)!.n;
