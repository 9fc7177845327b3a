import { useCallback, useState } from 'react';
import { sameData } from './same-data';
import { useUnsavedGuard, type UnsavedGuard } from './use-unsaved-guard';

export type UnsavedChanges<T> = Pick<UnsavedGuard, 'confirmDiscard'> & {
  dirty: boolean;
  /** What the form sent and the core took: the values to compare with from now on. */
  markSaved: (sent: T) => void;
  /** The saved values changed by another way than this form's save: the typed ones change alike (see ItemEditor). */
  rebase: (change: (values: T) => T) => void;
};

/**
 * A form's unsaved edits: `values` (everything the form sends, in one plain value) compared with those
 * it was opened with, or last saved; guarded by useUnsavedGuard while they differ. Typing a field back
 * to what it was makes the form clean again.
 */
export function useUnsavedChanges<T>(values: T): UnsavedChanges<T> {
  const [baseline, setBaseline] = useState(values);
  const dirty = !sameData(values, baseline);
  const { confirmDiscard, saved } = useUnsavedGuard(dirty);
  const markSaved = useCallback(
    (sent: T) => {
      setBaseline(() => sent);
      saved();
    },
    [saved],
  );
  const rebase = useCallback((change: (values: T) => T) => setBaseline(change), []);
  return { dirty, markSaved, rebase, confirmDiscard };
}
