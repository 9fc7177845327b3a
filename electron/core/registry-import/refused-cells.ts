import type { ImportProblem } from '../../shared/registry-import';
import type { SheetSpec, SheetValue } from '../spreadsheets/spec';
import type { RefusedRow } from './pending';

/**
 * A refused row's cells as the refused-rows file writes them. A cell refused as a number that should be
 * text (SHEET_NUMBER_NOT_TEXT: a NIK Excel cut to 15 significant digits, a phone without its leading 0)
 * must not come back as text: written so, in the file's Text column, it imported as if it were good,
 * wrong digits and all. Where the column is required it is left empty, so the row is refused until the
 * value is typed again; where it may be empty, an empty cell would be taken (and clear the field of a
 * registered record), so it goes back as the number it was and is refused again. A note after the
 * problem says which, in the reason column.
 */
export function refusedRow<K extends string>(spec: SheetSpec<K>, row: number, raw: Readonly<Record<string, string>>, problems: readonly ImportProblem[]): RefusedRow {
  const cells: Record<string, SheetValue> = { ...raw };
  const written: ImportProblem[] = [];
  for (const problem of problems) {
    written.push(problem);
    if (problem.code !== 'SHEET_NUMBER_NOT_TEXT' || problem.key === null) continue;
    const required = spec.columns.find((c) => c.key === problem.key)?.required ?? false;
    // Excel's scientific text from a .csv ("8,12346E+10") is no number here: it goes back as it came, refused again as it is.
    const number = Number(raw[problem.key]);
    cells[problem.key] = required ? null : Number.isFinite(number) ? number : raw[problem.key];
    written.push({ column: problem.column, key: problem.key, code: required ? 'IMPORT_NUMBER_EMPTIED' : 'IMPORT_NUMBER_KEPT', params: {} });
  }
  return { row, cells, problems: written };
}
