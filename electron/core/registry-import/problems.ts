import type { FieldIssue, RowOutcomeKind } from '../../shared/registry';
import type { ImportProblem, PreviewOutcome } from '../../shared/registry-import';
import type { SheetProblem } from '../spreadsheets/spec';

export const OUTCOME_OF: Record<RowOutcomeKind, PreviewOutcome> = { added: 'add', updated: 'update', unchanged: 'unchanged', refused: 'refused' };

/** Column headers as the file writes them, by key; a key the file lacks is named by the template's header. */
export type ColumnNames = (key: string) => string;

export function sheetProblem(p: SheetProblem): ImportProblem {
  return { column: p.column, key: p.key, code: p.code, params: p.params };
}

/** A registry refusal on the column its field is read from (null: a field no column holds). */
export function fieldProblem(issue: FieldIssue, key: string | null, names: ColumnNames): ImportProblem {
  return { column: key === null ? null : names(key), key, code: issue.reason, params: {} };
}
