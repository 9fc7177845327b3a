import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { modalKeyHandler } from '../../components/modal-keys';

type Props = { pending: number; onStay: () => void; onSignOut: () => void };

/**
 * Signing out in the middle of the test: the clock keeps running, and answers not on the server yet stay
 * in this PC's outbox until the next sign-in here; the candidate is told which before leaving. Focus
 * starts on "stay", the harmless choice.
 */
export function SignOutDialog({ pending, onStay, onSignOut }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const stayRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => stayRef.current?.focus(), []);
  // Tab stays inside: it went on to the page behind (the header, the question) while the modal was open.
  const onKeyDown = modalKeyHandler(boxRef, { busy: false, onCancel: onStay, focusable: 'button:not([disabled])' });
  return (
    <div className="overlay">
      <div
        ref={boxRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        data-testid="cbt-signout-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 className="dialog__title" id={titleId}>
          {t('cbt.signOut.title')}
        </h2>
        <p id={textId} data-testid="cbt-signout-pending" data-pending={pending}>
          {pending > 0 ? t('cbt.signOut.text', { pending }) : t('cbt.signOut.textSaved')}
        </p>
        <div className="dialog__actions">
          <button ref={stayRef} type="button" className="button button--secondary" data-testid="cbt-signout-stay" onClick={onStay}>
            {t('cbt.signOut.stay')}
          </button>
          <button type="button" className="button button--primary" data-testid="cbt-signout-confirm" onClick={onSignOut}>
            {t('cbt.signOut.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
