import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInResult } from '../../../electron/shared/types';
import type { Client } from '../api/client';
import { toUiError, type UiError } from '../api/client-errors';
import { ErrorMessage } from '../components/ErrorMessage';
import { modalKeyHandler } from '../components/modal-keys';

type Props = {
  client: Client;
  username: string;
  onSignedIn: (result: SignInResult) => void;
  onSignOut: () => void;
};

/**
 * Over the open screen when a staff sign-in ran out (SESSION_EXPIRED): the same person's password
 * signs in again and the screen, with what was typed on it, stays. Escape does nothing here: leaving
 * would throw that away, so only the button that says so signs out.
 */
export function ReauthDialog({ client, username, onSignedIn, onSignOut }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const passwordId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  // In the commit that shows the dialog, not after paint: a key pressed the moment it appears goes to the
  // password, and a CI run under load saw the focus still on the page when the dialog was already there.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    passwordRef.current?.focus();
    return () => opener?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || password === '') return;
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await client.call('auth/signIn', { username, password }));
    } catch (err) {
      setError(toUiError(err));
      setPassword('');
      setBusy(false);
      passwordRef.current?.focus();
    }
  };

  return (
    <div className="console-overlay">
      <div
        ref={boxRef}
        className="console-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        data-testid="reauth-dialog"
        onKeyDown={modalKeyHandler(boxRef, { busy: true, onCancel: () => {} })}
      >
        <form className="console-dialog__form" onSubmit={(event) => void submit(event)} noValidate>
          <h2 className="console-dialog__title" id={titleId}>
            {t('reauth.title')}
          </h2>
          <div className="console-dialog__body">
            <p id={bodyId}>{t('reauth.body', { username })}</p>
            <div className="field">
              <label className="field__label" htmlFor={passwordId}>
                {t('signIn.password')}
              </label>
              <input
                id={passwordId}
                ref={passwordRef}
                className="field__input"
                data-testid="reauth-password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
          </div>
          {/* The username is the signed-in person's own: only the password can be wrong. */}
          {error && <ErrorMessage error={error} wording={{ BAD_CREDENTIALS: t('reauth.badPassword') }} />}
          <div className="console-dialog__actions">
            <button type="button" className="button button--secondary" data-testid="reauth-sign-out" disabled={busy} onClick={onSignOut}>
              {t('reauth.signOut')}
            </button>
            <button type="submit" className="button button--primary" data-testid="reauth-submit" disabled={busy || password === ''}>
              {busy ? t('signIn.submitting') : t('reauth.submit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
