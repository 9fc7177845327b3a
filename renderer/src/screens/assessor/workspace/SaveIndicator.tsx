import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { SaveStatus } from './use-saver';

/** Where the last save stands; a failure shows its reason and a retry. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  if (status.state === 'error') {
    return (
      <div className="save-indicator save-indicator--error" data-testid="save-status" data-state="error">
        <p>{t('assess.workspace.saveFailed')}</p>
        <ErrorMessage error={status.error} onRetry={status.retry} />
      </div>
    );
  }
  if (status.state === 'idle') return <span className="save-indicator" data-testid="save-status" data-state="idle" />;
  return (
    <span className="save-indicator" role="status" data-testid="save-status" data-state={status.state}>
      {status.state === 'saving' ? t('assess.workspace.saving') : t('assess.workspace.saved')}
    </span>
  );
}
