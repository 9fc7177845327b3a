import { useCallback, useState } from 'react';
import { toUiError, type UiError } from './client-errors';

/**
 * One call at a time from a form or dialog: `busy` while it runs, and its failure kept as a UiError
 * for `ErrorMessage`. `run` resolves true when the task succeeded.
 */
export function useRun(): { busy: boolean; error: UiError | null; run: (task: () => Promise<void>) => Promise<boolean> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const run = useCallback(async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await task();
      return true;
    } catch (err) {
      setError(toUiError(err));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
