import type { Db } from '../open';
import { sql } from '../statements';

/** One KUK a question covers, with its unit (a question may cover KUK of several units). */
export type KeyedItemKuk = {
  kukId: string;
  kukNumber: string;
  kukTextId: string;
  kukTextEn: string | null;
  elementNo: number;
  unitCode: string;
  unitOrdinal: number;
  unitTitleId: string;
  unitTitleEn: string | null;
};

/** A keyed question, with its first KUK's place in the standard spread in. */
export type KeyedItemRow = KeyedItemKuk & {
  itemId: string;
  ref: string;
  ordinal: number;
  correct: number | null;
  status: 'approved' | 'retired';
  /** Every KUK the question covers (item_kuk, the first first): JSON of {@link KeyedItemKuk}. */
  kuks: string;
};

/**
 * Multiple-choice items with their key, where they sit in the standard (the first KUK) and every KUK
 * they cover: assessor-side only. Approved and retired ones (a paper may hold an item retired since); never drafts.
 */
export function keyedMultipleChoice(db: Db, schemeId: string): KeyedItemRow[] {
  return sql<[string], KeyedItemRow>(
    db,
    `SELECT i.id AS itemId, i.ref, i.ordinal,
       (SELECT o.ordinal FROM item_option o WHERE o.item_id = i.id AND o.is_correct = 1) AS correct,
       k.id AS kukId, k.number AS kukNumber, k.text_id AS kukTextId, k.text_en AS kukTextEn,
       e.ordinal AS elementNo, u.code AS unitCode, u.ordinal AS unitOrdinal, u.title_id AS unitTitleId,
       u.title_en AS unitTitleEn, i.status,
       (SELECT json_group_array(json_object('kukId', kukId, 'kukNumber', kukNumber, 'kukTextId', kukTextId,
          'kukTextEn', kukTextEn, 'elementNo', elementNo, 'unitCode', unitCode, 'unitOrdinal', unitOrdinal,
          'unitTitleId', unitTitleId, 'unitTitleEn', unitTitleEn))
        FROM (SELECT xk.id AS kukId, xk.number AS kukNumber, xk.text_id AS kukTextId, xk.text_en AS kukTextEn,
            xe.ordinal AS elementNo, xu.code AS unitCode, xu.ordinal AS unitOrdinal, xu.title_id AS unitTitleId, xu.title_en AS unitTitleEn
          FROM item_kuk x JOIN kuk xk ON xk.id = x.kuk_id JOIN element xe ON xe.id = xk.element_id JOIN unit xu ON xu.id = xe.unit_id
          WHERE x.item_id = i.id ORDER BY x.ordinal)) AS kuks
     FROM item i JOIN kuk k ON k.id = i.kuk_id JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
     WHERE i.scheme_id = ? AND i.kind = 'multiple_choice' AND i.status <> 'draft' ORDER BY u.ordinal, i.ordinal, i.id`,
  ).all(schemeId);
}
