import { useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../api/client-errors';
import { ErrorMessage } from './ErrorMessage';
import { modalKeyHandler } from './modal-keys';

type Props = {
  title: ReactNode;
  children: ReactNode;
  confirmLabel: ReactNode;
  /**
   * The way out that changes nothing; "Batal" unless the question needs its own words ("stay on the form").
   * Null for a dialog that only shows what was done (a new card): there is nothing left to cancel.
   */
  cancelLabel?: ReactNode | null;
  /** `alertdialog`: a question asked of the user rather than a form they opened; its body is read as its description. */
  role?: 'dialog' | 'alertdialog';
  busy: boolean;
  error: UiError | null;
  /** Restore and end-of-session replace or close things for good; their button says so in red. */
  tone?: 'normal' | 'danger';
  onSubmit: () => void;
  onCancel: () => void;
  testId?: string;
};

/**
 * A small modal form for one action (a proctor's, the pleno's, or leaving unsaved edits). Focus starts
 * in its first field (or on Cancel), stays inside while it is open, and goes back to the button that
 * opened it; Escape means Cancel.
 */
export function ConsoleDialog({ title, children, confirmLabel, cancelLabel, role = 'dialog', busy, error, tone = 'normal', onSubmit, onCancel, testId }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const boxRef = useRef<HTMLDivElement>(null);

  // In the commit that shows the dialog (as ReauthDialog's), so the focus never lags behind it.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = boxRef.current?.querySelector<HTMLElement>('input, select, textarea') ?? boxRef.current?.querySelector<HTMLElement>('button');
    first?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = modalKeyHandler(boxRef, { busy, onCancel });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <div className="console-overlay">
      {/* The dialog role sits on a box around the form (a form may not take it: axe aria-allowed-role); the form lays out as if absent. */}
      <div
        ref={boxRef}
        className="console-dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={role === 'alertdialog' ? bodyId : undefined}
        data-testid={testId ?? 'console-dialog'}
        onKeyDown={onKeyDown}
      >
        <form className="console-dialog__form" onSubmit={submit} noValidate>
          <h2 className="console-dialog__title" id={titleId}>
            {title}
          </h2>
          <div className="console-dialog__body" id={bodyId}>
            {children}
          </div>
          {error && <ErrorMessage error={error} />}
          {/* aria-disabled while the call runs, not disabled: the browser takes the focus off a button that becomes
              disabled and puts it on the page behind, outside the modal, where Tab and Escape no longer reach the dialog. */}
          <div className="console-dialog__actions">
            {cancelLabel !== null && (
              <button type="button" className="button button--secondary" data-testid="action-cancel" aria-disabled={busy || undefined} onClick={() => !busy && onCancel()}>
                {cancelLabel ?? t('common.cancel')}
              </button>
            )}
            <button
              type="submit"
              className={`button ${tone === 'danger' ? 'button--danger' : 'button--primary'}`}
              data-testid="action-confirm"
              aria-disabled={busy || undefined}
            >
              {busy ? t('examDay.actions.working') : confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
