import { useTranslation } from 'react-i18next';
import type { SignInMode } from './sign-in-mode';

/** The command is the same in every language (the CLI's usage texts are English): not translated. */
const RECOVER_COMMAND = 'ruang-uji keys recover-admin USER --key-backup KEYS.age --passphrase-file FILE --data DIR';

/**
 * Who gives a forgotten password back, folded under the form so that a sign-in reads past it: staff ask
 * an admin (Staff accounts), the only admin recovers with the key backup on the command line, a candidate
 * asks the proctor, an APL.02 sign-in (no proctor, a slip from the LSP) the LSP for a new slip. Five wrong
 * tries lock the account, so guessing is the worst way to find out.
 */
export function ForgotPassword({ mode }: { mode: SignInMode }) {
  const { t } = useTranslation();
  return (
    <details className="signin-form__hint signin-forgot" data-testid="signin-forgot">
      <summary>{t('signIn.forgot.summary')}</summary>
      {mode === 'staff' ? (
        <>
          <p>{t('signIn.forgot.staff')}</p>
          <p>{t('signIn.forgot.onlyAdmin')}</p>
          <pre className="mono small setup-restore__command">{RECOVER_COMMAND}</pre>
        </>
      ) : (
        <p>{mode === 'apl' ? t('aplSelf.signIn.forgot') : t('signIn.forgot.candidate')}</p>
      )}
    </details>
  );
}
