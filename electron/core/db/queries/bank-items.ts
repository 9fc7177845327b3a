/** The question bank's questions (`item`), with their KUK, options and images. */
import type { Db } from '../open';
import { sql } from '../statements';

export type ItemRow = {
  id: string;
  scheme_id: string;
  kind: 'multiple_choice' | 'essay' | 'oral' | 'supporting';
  ref: string;
  ordinal: number;
  kuk_id: string | null;
  dimensions: string;
  prompt_id: string;
  prompt_en: string | null;
  expected_id: string | null;
  expected_en: string | null;
  guide_id: string | null;
  guide_en: string | null;
  scoring: 'yes_no' | 'score_0_3';
  /** 1: a multiple choice's options keep their order for every candidate (migration 034). */
  options_in_order: 0 | 1;
  status: 'draft' | 'approved' | 'retired';
  tags: string;
  created_by: string | null;
  created_at: string | null;
  updated_by: string | null;
  updated_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  retired_by: string | null;
  retired_at: string | null;
  replaces_id: string | null;
  source_sha256: string | null;
  source_position: string | null;
};

const COLUMNS = `id, scheme_id, kind, ref, ordinal, kuk_id, dimensions, prompt_id, prompt_en, expected_id, expected_en, guide_id, guide_en,
  scoring, options_in_order, status, tags, created_by, created_at, updated_by, updated_at, approved_by, approved_at, retired_by, retired_at, replaces_id,
  source_sha256, source_position`;

/** A question of one of the LSP's schemes. */
export const itemOfLsp = (db: Db, lspId: string, id: string) =>
  sql<[string, string], ItemRow>(db, `SELECT ${COLUMNS} FROM item WHERE id = ? AND scheme_id IN (SELECT id FROM scheme WHERE lsp_id = ?)`).get(id, lspId);

export const itemById = (db: Db, id: string) => sql<[string], ItemRow>(db, `SELECT ${COLUMNS} FROM item WHERE id = ?`).get(id);

export const itemsOfScheme = (db: Db, schemeId: string) =>
  sql<[string], ItemRow>(db, `SELECT ${COLUMNS} FROM item WHERE scheme_id = ? ORDER BY kind, ordinal, id`).all(schemeId);

export function insertItem(db: Db, row: ItemRow): void {
  sql<[ItemRow]>(
    db,
    `INSERT INTO item (${COLUMNS}) VALUES (@id, @scheme_id, @kind, @ref, @ordinal, @kuk_id, @dimensions, @prompt_id, @prompt_en, @expected_id,
      @expected_en, @guide_id, @guide_en, @scoring, @options_in_order, @status, @tags, @created_by, @created_at, @updated_by, @updated_at, @approved_by, @approved_at,
      @retired_by, @retired_at, @replaces_id, @source_sha256, @source_position)`,
  ).run(row);
}

/** Writes every column but the id, the scheme and where it came from. */
export function updateItem(db: Db, row: ItemRow): void {
  sql<[ItemRow]>(
    db,
    `UPDATE item SET kind = @kind, ref = @ref, ordinal = @ordinal, kuk_id = @kuk_id, dimensions = @dimensions, prompt_id = @prompt_id,
      prompt_en = @prompt_en, expected_id = @expected_id, expected_en = @expected_en, guide_id = @guide_id, guide_en = @guide_en,
      scoring = @scoring, options_in_order = @options_in_order, status = @status, tags = @tags, updated_by = @updated_by, updated_at = @updated_at, approved_by = @approved_by,
      approved_at = @approved_at, retired_by = @retired_by, retired_at = @retired_at, replaces_id = @replaces_id WHERE id = @id`,
  ).run(row);
}

export const nextOrdinal = (db: Db, schemeId: string, kind: string): number =>
  sql<[string, string], { n: number }>(db, 'SELECT coalesce(max(ordinal), 0) + 1 AS n FROM item WHERE scheme_id = ? AND kind = ?').get(schemeId, kind)!.n;

/** The refs of a scheme that start with `prefix-`, to number a new one. */
export const refsWithPrefix = (db: Db, schemeId: string, prefix: string): string[] =>
  sql<[{ schemeId: string; prefix: string }], { ref: string }>(
    db,
    "SELECT ref FROM item WHERE scheme_id = @schemeId AND substr(ref, 1, length(@prefix) + 1) = @prefix || '-'",
  )
    .all({ schemeId, prefix })
    .map((r) => r.ref);

/** A live (not retired) question of the scheme with this ref, other than the ones named. */
export const liveRefHolder = (db: Db, schemeId: string, ref: string, except: readonly string[]) =>
  sql<[string, string, string], { id: string }>(
    db,
    "SELECT id FROM item WHERE scheme_id = ? AND ref = ? COLLATE NOCASE AND status <> 'retired' AND id NOT IN (SELECT value FROM json_each(?)) LIMIT 1",
  ).get(schemeId, ref, JSON.stringify(except));

/** The draft or approved question made from this one by an edit, if any. */
export const replacementOf = (db: Db, id: string) =>
  sql<[string], { id: string; status: ItemRow['status'] }>(db, "SELECT id, status FROM item WHERE replaces_id = ? AND status <> 'retired' ORDER BY id LIMIT 1").get(id);

/**
 * Whether a session has used the question: its scheme version is frozen (a session uses it), or answers
 * or assessors' scores name it (a row that arrived in a results bundle).
 */
export const isItemUsed = (db: Db, id: string): boolean =>
  sql<[string, string, string], { used: number }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM session WHERE scheme_id = (SELECT scheme_id FROM item WHERE id = ?))
      OR EXISTS (SELECT 1 FROM answer WHERE item_id = ?) OR EXISTS (SELECT 1 FROM assessment_score WHERE target_id = ?) AS used`,
  ).get(id, id, id)!.used === 1;

export const itemBySource = (db: Db, schemeId: string, sha256: string, position: string) =>
  sql<[string, string, string], { id: string; status: ItemRow['status'] }>(
    db,
    'SELECT id, status FROM item WHERE scheme_id = ? AND source_sha256 = ? AND source_position = ?',
  ).get(schemeId, sha256, position);

// ---- KUK ----------------------------------------------------------------------------------------

export type ItemKukRow = {
  item_id: string;
  kuk_id: string;
  ordinal: number;
  unit_id: string;
  unit_code: string;
  number: string;
  text_id: string;
  text_en: string | null;
};

/** The KUK of several questions at once (a list page), each question's in its order. */
export const kuksOfItems = (db: Db, ids: readonly string[]) =>
  sql<[string], ItemKukRow>(
    db,
    `SELECT x.item_id, x.kuk_id, x.ordinal, u.id AS unit_id, u.code AS unit_code, k.number, k.text_id, k.text_en
     FROM item_kuk x JOIN kuk k ON k.id = x.kuk_id JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
     WHERE x.item_id IN (SELECT value FROM json_each(?)) ORDER BY x.item_id, x.ordinal`,
  ).all(JSON.stringify(ids));

export function replaceItemKuks(db: Db, itemId: string, kukIds: readonly string[]): void {
  sql<[string]>(db, 'DELETE FROM item_kuk WHERE item_id = ?').run(itemId);
  const insert = sql<[string, string, number]>(db, 'INSERT INTO item_kuk (item_id, kuk_id, ordinal) VALUES (?, ?, ?)');
  kukIds.forEach((kukId, i) => insert.run(itemId, kukId, i));
}

/** The KUK of a scheme's tree, by id: what a question may be mapped to. */
export const kukIdsOfScheme = (db: Db, schemeId: string): Set<string> =>
  new Set(
    sql<[string], { id: string }>(
      db,
      'SELECT k.id FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = ?',
    )
      .all(schemeId)
      .map((r) => r.id),
  );

// ---- Options ------------------------------------------------------------------------------------

export type OptionRow = { item_id: string; ordinal: number; text_id: string; text_en: string | null; is_correct: number };

export const optionsOf = (db: Db, itemId: string) =>
  sql<[string], OptionRow>(db, 'SELECT item_id, ordinal, text_id, text_en, is_correct FROM item_option WHERE item_id = ? ORDER BY ordinal').all(itemId);

export function replaceOptions(db: Db, itemId: string, options: readonly Omit<OptionRow, 'item_id'>[]): void {
  sql<[string]>(db, 'DELETE FROM item_option WHERE item_id = ?').run(itemId);
  const insert = sql<[OptionRow]>(db, 'INSERT INTO item_option (item_id, ordinal, text_id, text_en, is_correct) VALUES (@item_id, @ordinal, @text_id, @text_en, @is_correct)');
  for (const o of options) insert.run({ ...o, item_id: itemId });
}

// ---- Images -------------------------------------------------------------------------------------

export type ImageRow = { item_id: string; place: string; ordinal: number; sha256: string };

export const imagesOf = (db: Db, itemId: string) =>
  sql<[string], ImageRow>(db, 'SELECT item_id, place, ordinal, sha256 FROM item_image WHERE item_id = ? ORDER BY place, ordinal').all(itemId);

export const imageCountOf = (db: Db, itemId: string): number =>
  sql<[string], { n: number }>(db, 'SELECT count(*) AS n FROM item_image WHERE item_id = ?').get(itemId)!.n;

export type ItemAttachmentRow = { id: string; owner_id: string; name: string; media_type: string; sha256: string; size: number };

export const attachmentsOfItem = (db: Db, itemId: string) =>
  sql<[string], ItemAttachmentRow>(db, "SELECT id, owner_id, name, media_type, sha256, size FROM attachment WHERE owner_table = 'item' AND owner_id = ?").all(itemId);

/**
 * Sets a question's images: the item_image rows, and one attachment row per distinct image (owner
 * 'item'), which keeps the blob in the store and makes session bundles carry it.
 */
export function replaceImages(
  db: Db,
  itemId: string,
  images: readonly { place: string; ordinal: number; sha256: string }[],
  blobs: ReadonlyMap<string, { mediaType: string; size: number }>,
  newAttachmentId: () => string,
): void {
  sql<[string]>(db, 'DELETE FROM item_image WHERE item_id = ?').run(itemId);
  const insert = sql<[ImageRow]>(db, 'INSERT INTO item_image (item_id, place, ordinal, sha256) VALUES (@item_id, @place, @ordinal, @sha256)');
  // The rows may be another question's (a used question copied for an edit): theirs is not the id written.
  for (const m of images) insert.run({ ...m, item_id: itemId });
  const wanted = new Set(images.map((m) => m.sha256));
  const had = attachmentsOfItem(db, itemId);
  for (const a of had) if (!wanted.has(a.sha256)) sql<[string]>(db, 'DELETE FROM attachment WHERE id = ?').run(a.id);
  const have = new Set(had.map((a) => a.sha256));
  const add = sql<[ItemAttachmentRow]>(
    db,
    "INSERT INTO attachment (id, owner_table, owner_id, name, media_type, sha256, size) VALUES (@id, 'item', @owner_id, @name, @media_type, @sha256, @size)",
  );
  for (const sha256 of wanted) {
    if (have.has(sha256)) continue;
    const blob = blobs.get(sha256);
    if (!blob) throw new Error(`image ${sha256} has no stored blob`);
    add.run({ id: newAttachmentId(), owner_id: itemId, name: blob.mediaType === 'image/png' ? 'image.png' : 'image.jpg', media_type: blob.mediaType, sha256, size: blob.size });
  }
}

/** What an image stored for some question is (type and size), by its hash: a kept image needs no new upload. */
export const storedImage = (db: Db, sha256: string) =>
  sql<[string], { media_type: string; size: number }>(db, "SELECT media_type, size FROM attachment WHERE owner_table = 'item' AND sha256 = ? LIMIT 1").get(sha256);

// ---- Stamps -------------------------------------------------------------------------------------

export const accountNames = (db: Db, ids: readonly string[]): Map<string, string> =>
  new Map(
    sql<[string], { id: string; display_name: string }>(db, 'SELECT id, display_name FROM account WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids))
      .map((r) => [r.id, r.display_name]),
  );
