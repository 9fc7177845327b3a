import { useTranslation } from 'react-i18next';
import { apiError, type ErrorReason } from '../../../electron/shared/errors';
import type { UiError } from '../api/client-errors';
import { useErrorText } from '../i18n/readable-params';

type Props = {
  error: UiError;
  onRetry?: () => void;
  /**
   * A form's own sentence for a BAD_ARGS refusal, whose message names the core's arguments (zod paths such
   * as "admin.username (invalid_format)"): words for the developer, not for the admin at the form. The
   * paths stay on the element (data-details) for whoever inspects it; a title would still pop up on
   * hover and be read out as the notice's description.
   */
  badArgs?: string;
  /**
   * A form's own sentence for other codes, where the general message names a field the form has not
   * (BAD_CREDENTIALS says "username" above a participant number field).
   */
  wording?: Partial<Record<UiError['code'], string>>;
  /** Where a reason's record is (a session a candidate sits in): its words become the link there; null leaves them text. */
  reasonHref?: (reason: ErrorReason) => string | null;
};

/** Errors cross the boundary as keys and parameters; they become text only here, in the UI's language. */
export function ErrorMessage({ error, onRetry, badArgs, wording, reasonHref }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const general = error.code === 'BAD_ARGS' && badArgs !== undefined;
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid="error-message"
      data-error-code={error.code}
      data-details={general ? String(error.params.details ?? '') : undefined}
    >
      <p className="notice__text">
        {general ? badArgs : (wording?.[error.code] ?? errorText(error))}
      </p>
      {/* A refusal with several causes (a session export's broken rules): each in its own words. */}
      {'reasons' in error && error.reasons && error.reasons.length > 0 && (
        <ul className="notice__reasons" data-testid="error-reasons">
          {error.reasons.map((r, i) => {
            const href = reasonHref?.(r) ?? null;
            const text = errorText(apiError(r.code, r.params));
            return (
              <li key={`${r.code}-${i}`} data-code={r.code}>
                {href === null ? text : <a href={href}>{text}</a>}
              </li>
            );
          })}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
