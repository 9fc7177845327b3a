import type { ImportProblem } from '../../shared/registry-import';
import type { SheetRow } from '../spreadsheets/spec';
import { textOf } from './columns';
import type { ColumnNames } from './problems';

/**
 * Rows of one file that name the same person by one of `keys` (a candidate's NIK; an assessor's MET
 * number or NIK): every one of them is refused, each naming the other rows. Checked over all rows,
 * before any is refused for its cells, so a row refused for another reason still counts: the registry's
 * own duplicate check sees only the accepted rows, so a refused first row let its twin be added (or
 * update a record) without a word, and once fixed, the first row updated that record with its own data.
 * A key that could not be read (a NIK stored as a number) names nobody and is not compared.
 */
export function sharedKeyProblems<K extends string>(keys: readonly K[], rows: readonly SheetRow<K>[], names: ColumnNames): ImportProblem[][] {
  const problems: ImportProblem[][] = rows.map(() => []);
  for (const key of keys) {
    const byValue = new Map<string, number[]>();
    rows.forEach((r, i) => {
      const value = textOf(r.values[key])?.trim();
      if (!value) return;
      const at = byValue.get(value);
      if (at) at.push(i);
      else byValue.set(value, [i]);
    });
    for (const indexes of byValue.values()) {
      if (indexes.length < 2) continue;
      for (const i of indexes) {
        const others = indexes.filter((j) => j !== i).map((j) => rows[j].row);
        problems[i].push({ column: names(key), key, code: 'IMPORT_DUPLICATE_KEY', params: { rows: others.join(', ') } });
      }
    }
  }
  return problems;
}
