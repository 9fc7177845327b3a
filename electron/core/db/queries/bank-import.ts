/** What the question-bank import maps questions to: a scheme version's units and their KUK, in order. */
import type { Db } from '../open';
import { sql } from '../statements';

export type UnitKukRow = { unit_id: string; unit_code: string; kuk_id: string; number: string };

/** Every KUK of the scheme version with its unit, in the tree's order (units, elements, KUK). */
export const unitKuksOfScheme = (db: Db, schemeId: string): UnitKukRow[] =>
  sql<[string], UnitKukRow>(
    db,
    `SELECT u.id AS unit_id, u.code AS unit_code, k.id AS kuk_id, k.number AS number
       FROM unit u JOIN element e ON e.unit_id = u.id JOIN kuk k ON k.element_id = e.id
      WHERE u.scheme_id = ? ORDER BY u.ordinal, e.ordinal, k.ordinal`,
  ).all(schemeId);
