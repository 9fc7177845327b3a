/** What a session's written test is assembled from: the approved written questions of its scheme version, by KUK. */
import type { Db } from '../open';
import { sql } from '../statements';

export type WrittenItemRow = { item_id: string; kind: 'multiple_choice' | 'essay'; kuk_id: string; unit_id: string };

/** One row per approved multiple-choice or essay question and KUK it gives evidence for, by item id. */
export const writtenItems = (db: Db, schemeId: string) =>
  sql<[string], WrittenItemRow>(
    db,
    `SELECT i.id AS item_id, i.kind, ik.kuk_id, e.unit_id
     FROM item i JOIN item_kuk ik ON ik.item_id = i.id JOIN kuk k ON k.id = ik.kuk_id JOIN element e ON e.id = k.element_id
     WHERE i.scheme_id = ? AND i.status = 'approved' AND i.kind IN ('multiple_choice', 'essay') ORDER BY i.id, ik.ordinal`,
  ).all(schemeId);

export type DroppedItemRow = { id: string; ref: string; status: 'draft' | 'retired'; replacement_ref: string | null };

/**
 * Of these questions, those no longer approved (back to draft after an edit, or retired), each with the
 * ref of the question that replaces it, if any, in ref order.
 */
export const notApprovedOf = (db: Db, ids: readonly string[]) =>
  sql<[string], DroppedItemRow>(
    db,
    `SELECT i.id, i.ref, i.status,
       (SELECT r.ref FROM item r WHERE r.replaces_id = i.id AND r.status <> 'retired' ORDER BY r.created_at DESC LIMIT 1) AS replacement_ref
     FROM item i WHERE i.id IN (SELECT value FROM json_each(?)) AND i.status <> 'approved' ORDER BY i.ref`,
  ).all(JSON.stringify(ids));

export type KukTreeRow = { unit_id: string; unit_code: string; unit_title_id: string; unit_title_en: string | null; kuk_id: string; number: string };

/** The version's KUK in unit, element and KUK order, with their unit. */
export const kukTree = (db: Db, schemeId: string) =>
  sql<[string], KukTreeRow>(
    db,
    `SELECT u.id AS unit_id, u.code AS unit_code, u.title_id AS unit_title_id, u.title_en AS unit_title_en, k.id AS kuk_id, k.number
     FROM unit u JOIN element e ON e.unit_id = u.id JOIN kuk k ON k.element_id = e.id WHERE u.scheme_id = ? ORDER BY u.ordinal, e.ordinal, k.ordinal`,
  ).all(schemeId);

export const sessionSettingsOf = (db: Db, sessionId: string): string | undefined =>
  sql<[string], { settings: string }>(db, 'SELECT settings FROM session WHERE id = ?').get(sessionId)?.settings;

export const setSessionSettings = (db: Db, sessionId: string, settings: string) =>
  sql<[string, string]>(db, 'UPDATE session SET settings = ? WHERE id = ?').run(settings, sessionId);

export type MentioningRow = { id: string; code: string; date: string; start_time: string; settings: string };

/** The LSP's sessions of a scheme version whose settings mention the id at all: the few an assembled test may name it in. */
export const sessionsMentioning = (db: Db, lspId: string, schemeId: string, itemId: string) =>
  sql<[string, string, string], MentioningRow>(
    db,
    'SELECT id, code, date, start_time, settings FROM session WHERE lsp_id = ? AND scheme_id = ? AND instr(settings, ?) > 0 ORDER BY date, start_time, code',
  ).all(lspId, schemeId, itemId);
