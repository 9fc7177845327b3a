import { useTranslation } from 'react-i18next';
import type { UiError } from '../api/client-errors';
import { ErrorMessage } from '../components/ErrorMessage';
import { SignedOutFrame } from '../components/SignedOutFrame';

type Props = { error: UiError | null; onRetry: () => void; onSignInAgain: () => void };

/** Between a reload and the core confirming the stored token; or the failure to reach the core at all. */
export function StartupScreen({ error, onRetry, onSignInAgain }: Props) {
  const { t } = useTranslation();
  return (
    <SignedOutFrame>
      <main id="main" className="startup">
        {error ? (
          <div className="startup__box">
            <ErrorMessage error={error} onRetry={onRetry} />
            <button type="button" className="button button--secondary" onClick={onSignInAgain}>
              {t('startup.signInAgain')}
            </button>
          </div>
        ) : (
          <p className="loading" role="status">
            {t('startup.checking')}
          </p>
        )}
      </main>
    </SignedOutFrame>
  );
}
