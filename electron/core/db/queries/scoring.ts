import type { Db } from '../open';
import { sql } from '../statements';

export type KeyedItemRow = {
  itemId: string;
  ref: string;
  ordinal: number;
  correct: number | null;
  kukId: string;
  kukNumber: string;
  kukTextId: string;
  kukTextEn: string | null;
  elementNo: number;
  unitCode: string;
  unitOrdinal: number;
  unitTitleId: string;
  unitTitleEn: string | null;
  status: 'approved' | 'retired';
};

/**
 * Multiple-choice items with their key and where they sit in the standard (the first KUK): assessor-side
 * only. Approved and retired ones (a paper may hold an item retired since); never drafts.
 */
export function keyedMultipleChoice(db: Db, schemeId: string): KeyedItemRow[] {
  return sql<[string], KeyedItemRow>(
    db,
    `SELECT i.id AS itemId, i.ref, i.ordinal,
       (SELECT o.ordinal FROM item_option o WHERE o.item_id = i.id AND o.is_correct = 1) AS correct,
       k.id AS kukId, k.number AS kukNumber, k.text_id AS kukTextId, k.text_en AS kukTextEn,
       e.ordinal AS elementNo, u.code AS unitCode, u.ordinal AS unitOrdinal, u.title_id AS unitTitleId,
       u.title_en AS unitTitleEn, i.status
     FROM item i JOIN kuk k ON k.id = i.kuk_id JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
     WHERE i.scheme_id = ? AND i.kind = 'multiple_choice' AND i.status <> 'draft' ORDER BY u.ordinal, i.ordinal, i.id`,
  ).all(schemeId);
}
