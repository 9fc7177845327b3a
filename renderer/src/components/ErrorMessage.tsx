import { useTranslation } from 'react-i18next';
import type { UiError } from '../api/client-errors';

type Props = { error: UiError; onRetry?: () => void };

/** Errors cross the boundary as keys and parameters; they become text only here, in the UI's language. */
export function ErrorMessage({ error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert" data-testid="error-message" data-error-code={error.code}>
      <p className="notice__text">
        {/* The core names the parameters at run time, so the default-value overload is the honest typing. */}
        {t(error.messageKey, { ...error.params, defaultValue: error.code })}
      </p>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
