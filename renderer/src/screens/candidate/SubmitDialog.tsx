import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { modalKeyHandler } from '../../components/modal-keys';

type Props = {
  counts: { total: number; unanswered: number; doubtful: number };
  busy: boolean;
  error: UiError | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal the candidate must answer; focus starts on "back", the harmless choice, Escape means back too, and Tab stays inside. */
export function SubmitDialog({ counts, busy, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  // Back to what opened it ("Selesai") when it closes: without this the focus fell to the page and the
  // next Tab started again at the top of the page (walk-through, keyboard only).
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancelRef.current?.focus();
    return () => opener?.focus();
  }, []);

  // "Ya, kumpulkan" is disabled while the submit runs, and the browser takes the focus off a disabled button:
  // when the submit failed (no link), the focus was on the page behind the modal. It comes back to the
  // button, so Enter tries again.
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (busy) return;
    const active = document.activeElement;
    if (!active || active === document.body) confirmRef.current?.focus();
  }, [busy]);

  // Only buttons: the page behind is the test, and this dialog has nothing to type into.
  const onKeyDown = modalKeyHandler(boxRef, { busy, onCancel, focusable: 'button:not([disabled])' });

  const clean = counts.unanswered === 0 && counts.doubtful === 0;
  return (
    <div className="overlay">
      <div
        ref={boxRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        data-testid="cbt-submit-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 className="dialog__title" id={titleId}>
          {t('cbt.confirm.title')}
        </h2>
        <p id={textId}>{t('cbt.confirm.text')}</p>
        <ul className="dialog__counts">
          <li>{t('cbt.confirm.total', { total: counts.total })}</li>
          <li data-testid="cbt-confirm-unanswered" data-count={counts.unanswered} className={counts.unanswered > 0 ? 'dialog__count--warn' : ''}>
            {t('cbt.confirm.unanswered', { unanswered: counts.unanswered })}
          </li>
          <li data-testid="cbt-confirm-doubtful" data-count={counts.doubtful} className={counts.doubtful > 0 ? 'dialog__count--warn' : ''}>
            {t('cbt.confirm.doubtful', { doubtful: counts.doubtful })}
          </li>
        </ul>
        {clean && <p className="muted">{t('cbt.confirm.allAnswered')}</p>}
        {/* No link: the staff's "check the cable or the network" is not for a candidate, who needs to hear
            that nothing is lost and what to do. */}
        {error &&
          (error.code === 'NETWORK' ? (
            <p className="notice notice--offline" role="alert" data-testid="cbt-submit-offline">
              {t('cbt.confirm.offline')}
            </p>
          ) : (
            <ErrorMessage error={error} />
          ))}
        <div className="dialog__actions">
          <button ref={cancelRef} type="button" className="button button--secondary" data-testid="cbt-confirm-cancel" disabled={busy} onClick={onCancel}>
            {t('cbt.confirm.cancel')}
          </button>
          <button ref={confirmRef} type="button" className="button button--primary" data-testid="cbt-confirm" disabled={busy} onClick={onConfirm}>
            {busy ? t('cbt.confirm.submitting') : t('cbt.confirm.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
