import type { FieldIssue, RowOutcome } from '../../shared/registry';

/** Two records as the input shape: equal when every field is (the shapes are built in one key order). */
export function sameRecord<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `same`: null when the row matches no record (added), else whether it equals the record. */
export function outcomeOf(index: number, issues: FieldIssue[], id: string | null, same: boolean | null): RowOutcome {
  if (issues.length > 0) return { index, outcome: 'refused', id: null, issues };
  if (same === null) return { index, outcome: 'added', id: null, issues };
  return { index, outcome: same ? 'unchanged' : 'updated', id, issues };
}
