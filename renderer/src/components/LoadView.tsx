import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadState } from '../api/use-load';
import { ErrorMessage } from './ErrorMessage';

/** `onRetry` left out where a retry cannot help: the refusal then shows no "Coba lagi". */
type Props<T> = { state: LoadState<T>; onRetry?: () => void; children: (data: T) => ReactNode };

/** The loading and failure states every screen shares, so each screen only describes its data. */
export function LoadView<T>({ state, onRetry, children }: Props<T>) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={onRetry} />;
  return <>{children(state.data)}</>;
}
