import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadState } from '../api/use-load';
import { ErrorMessage } from './ErrorMessage';

/**
 * `onRetry` left out where a retry cannot help: the refusal then shows no "Coba lagi". `placeholder` stands
 * in while loading, shaped as what loads, where a one-line "Memuat…" would let the page below jump once it arrives.
 */
type Props<T> = { state: LoadState<T>; onRetry?: () => void; placeholder?: ReactNode; children: (data: T) => ReactNode };

/**
 * Refusals that loading again cannot change (who may see it, whether it exists, the call's shape): a "Coba
 * lagi" under them could only fail again.
 */
const FINAL: ReadonlySet<string> = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_ARGS']);

/** The loading and failure states every screen shares, so each screen only describes its data. */
export function LoadView<T>({ state, onRetry, placeholder, children }: Props<T>) {
  const { t } = useTranslation();
  if (state.status === 'loading' && placeholder !== undefined) return <>{placeholder}</>;
  if (state.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={FINAL.has(state.error.code) ? undefined : onRetry} />;
  return <>{children(state.data)}</>;
}
