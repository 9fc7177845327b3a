import type { FieldIssue, RowOutcome } from '../../shared/registry';

/** Two records as the input shape: equal when every field is (the shapes are built in one key order). */
export function sameRecord<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type FieldChanges<T> = { before: Partial<T>; after: Partial<T> };

/** The fields whose values differ, before and after (for an audit entry naming what an update changed). */
export function fieldChanges<T extends object>(before: T, after: T): FieldChanges<T> {
  const changes: FieldChanges<T> = { before: {}, after: {} };
  for (const key in after) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    changes.before[key] = before[key];
    changes.after[key] = after[key];
  }
  return changes;
}

/** `same`: null when the row matches no record (added), else whether it equals the record. */
export function outcomeOf(index: number, issues: FieldIssue[], id: string | null, same: boolean | null): RowOutcome {
  if (issues.length > 0) return { index, outcome: 'refused', id: null, issues };
  if (same === null) return { index, outcome: 'added', id: null, issues };
  return { index, outcome: same ? 'unchanged' : 'updated', id, issues };
}
