import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isStrongPassword, PASSWORD_MIN_LENGTH } from '../../../../electron/shared/accounts';
import type { SignInResult } from '../../../../electron/shared/types';
import { CallError, toUiError, type UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useClient } from '../../session/SessionProvider';
import { TextField } from '../setup/TextField';

type Props = { signedIn: SignInResult; currentPassword: string; onChanged: () => void };

/**
 * An admin chose this password (a new account, a reset): the core refuses everything else until the
 * owner replaces it, so sign-in ends here instead of on a home that would only show errors.
 */
export function ChangePasswordForm({ signedIn, currentPassword, onChanged }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<'weak' | 'mismatch' | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isStrongPassword(next, signedIn.principal.username)) return setProblem('weak');
    if (next !== confirm) return setProblem('mismatch');
    setProblem(null);
    try {
      // With the new sign-in's token, which the session does not hold until the password is changed.
      const reply = await client.transport.invoke('auth/changePassword', { currentPassword, newPassword: next }, signedIn.token);
      if (!reply.ok) throw new CallError(reply.error);
      onChanged();
    } catch (err) {
      setError(toUiError(err));
    }
  };

  return (
    <div className="signin-card" data-testid="change-password">
      <h1 className="signin-card__title">{t('changePassword.title')}</h1>
      <p className="signin-form__hint">{t('changePassword.intro', { name: signedIn.principal.displayName })}</p>
      {error && <ErrorMessage error={error} />}
      <form className="signin-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('changePassword.newPassword')} testId="change-password-new" value={next} onChange={setNext} secret />
        <TextField label={t('setup.confirmPassword')} testId="change-password-confirm" value={confirm} onChange={setConfirm} secret />
        <p className="signin-form__hint">{t('setup.passwordRule', { min: PASSWORD_MIN_LENGTH })}</p>
        {problem === 'weak' && <p role="alert">{t('errors.PASSWORD_WEAK', { min: PASSWORD_MIN_LENGTH })}</p>}
        {problem === 'mismatch' && <p role="alert">{t('setup.mismatch')}</p>}
        <button type="submit" className="button button--primary" data-testid="change-password-submit">
          {t('changePassword.submit')}
        </button>
      </form>
    </div>
  );
}
