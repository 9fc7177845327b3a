import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isStrongPassword, PASSWORD_MIN_LENGTH } from '../../../../electron/shared/accounts';
import type { SignInResult } from '../../../../electron/shared/types';
import { CallError, toUiError, type UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useClient } from '../../session/SessionProvider';
import { useWeakPasswordText } from '../setup/password-weakness';
import { TextField } from '../setup/TextField';

type Props = { signedIn: SignInResult; currentPassword: string; onChanged: () => void };

/**
 * An admin chose this password (a new account, a reset): the core refuses everything else until the
 * owner replaces it, so sign-in ends here instead of on a home that would only show errors.
 */
/** What is wrong with the typed passwords, each said once, under the field it is about. */
type Problem = 'weak' | 'unchanged' | 'mismatch';

/** The core's refusals that are about the new password: said at that field, like the same check made here. */
const FIELD_REFUSALS: Readonly<Partial<Record<UiError['code'], Problem>>> = { PASSWORD_WEAK: 'weak', PASSWORD_UNCHANGED: 'unchanged' };

export function ChangePasswordForm({ signedIn, currentPassword, onChanged }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const weakText = useWeakPasswordText();
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  // A refusal is said under its field (described by it), which takes the focus so a screen reader reads it out.
  const [attempt, setAttempt] = useState(0);
  const newInput = useRef<HTMLInputElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (problem) (problem === 'mismatch' ? confirmInput : newInput).current?.focus();
  }, [problem, attempt]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setAttempt((n) => n + 1);
    // Checked before strength: the temporary password passes that check, which would name the wrong reason.
    if (next === currentPassword) return setProblem('unchanged');
    if (!isStrongPassword(next, signedIn.principal.username)) return setProblem('weak');
    if (next !== confirm) return setProblem('mismatch');
    setProblem(null);
    try {
      // With the new sign-in's token, which the session does not hold until the password is changed.
      const reply = await client.transport.invoke('auth/changePassword', { currentPassword, newPassword: next }, signedIn.token);
      if (!reply.ok) throw new CallError(reply.error);
      onChanged();
    } catch (err) {
      const failure = toUiError(err);
      const refusal = FIELD_REFUSALS[failure.code];
      if (refusal) setProblem(refusal);
      else setError(failure);
    }
  };

  const newProblem =
    problem === 'weak' ? weakText(next, signedIn.principal.username) : problem === 'unchanged' ? t('errors.PASSWORD_UNCHANGED') : null;
  return (
    <div className="signin-card" data-testid="change-password">
      <h1 className="signin-card__title">{t('changePassword.title')}</h1>
      <p className="signin-form__hint">{t('changePassword.intro', { name: signedIn.principal.displayName })}</p>
      {error && <ErrorMessage error={error} />}
      <form className="signin-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('changePassword.newPassword')}
          testId="change-password-new"
          value={next}
          onChange={setNext}
          secret
          ref={newInput}
          hint={t('setup.passwordRule', { min: PASSWORD_MIN_LENGTH })}
          problem={newProblem}
        />
        <TextField
          label={t('setup.confirmPassword')}
          testId="change-password-confirm"
          value={confirm}
          onChange={setConfirm}
          secret
          ref={confirmInput}
          problem={problem === 'mismatch' ? t('setup.mismatch') : null}
        />
        <button type="submit" className="button button--primary" data-testid="change-password-submit">
          {t('changePassword.submit')}
        </button>
      </form>
    </div>
  );
}
