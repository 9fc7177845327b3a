import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { TranslationKey } from '../../../i18n/keys';
import type { SaveStatus } from './use-saver';

const STATUS_TEXT = {
  idle: null,
  saving: 'assess.workspace.saving',
  saved: 'assess.workspace.saved',
  error: 'assess.workspace.saveFailed',
} as const satisfies Record<SaveStatus['state'], TranslationKey | null>;

/**
 * Where the last save stands; a failure shows its reason and a retry.
 *
 * The status line is always rendered, one line high even while idle (a no-break space, and a fixed
 * height in assessment.css): it used to be an empty span that grew into "Menyimpan…" at the first save,
 * pushing everything below it down, so a click aimed at the next essay's button landed beside it. Only
 * a failure adds lines below it, and that one should stop the assessor.
 */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const key = STATUS_TEXT[status.state];
  return (
    <div className={`save-indicator${status.state === 'error' ? ' save-indicator--error' : ''}`} data-testid="save-status" data-state={status.state}>
      <span className="save-indicator__line" role="status" data-testid="save-status-line">
        {key ? t(key) : '\u00a0'}
      </span>
      {status.state === 'error' && <ErrorMessage error={status.error} onRetry={status.retry} />}
    </div>
  );
}
