import { useCallback, useState } from 'react';
import { toUiError, type UiError } from './client-errors';

/**
 * One call at a time from a form or dialog: `busy` while it runs, and its failure kept as a UiError
 * for `ErrorMessage`. `run` resolves true when the task succeeded.
 */
export function useRun(): { busy: boolean; error: UiError | null; run: (task: () => Promise<void>) => Promise<boolean>; clearError: () => void } {
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
  // A form whose input changed since the refusal drops it: it was about what is no longer there.
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
