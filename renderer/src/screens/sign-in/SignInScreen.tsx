import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoLogin } from '../../../../electron/shared/types';
import type { UiError } from '../../api/client-errors';
import { useLoad } from '../../api/use-load';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SignedOutFrame } from '../../components/SignedOutFrame';
import { useSession } from '../../session/SessionProvider';
import { OutboxNotice } from '../candidate/OutboxNotice';
import { DemoLogins } from './DemoLogins';
import { SignInForm } from './SignInForm';
import { SetupScreen } from '../setup/SetupScreen';

export function SignInScreen({ notice }: { notice: UiError | null }) {
  const { t } = useTranslation();
  const session = useSession();
  const info = useLoad('app/info', {});
  // Refused from the LAN (set-up is for this computer only): then there is simply nothing to set up here.
  const setup = useLoad('setup/status', {});
  const [prefill, setPrefill] = useState<DemoLogin | null>(null);
  // Signed in with a password to replace: the form asks for a new one, and demo logins beside it would only
  // invite signing in again (as someone else) halfway through. They show beside the sign-in form alone.
  const [changingPassword, setChangingPassword] = useState(false);
  const appInfo = info.state.status === 'ready' ? info.state.data : null;
  const demoLogins = appInfo?.demo && appInfo.demoLogins && !changingPassword ? appInfo.demoLogins : null;

  if (setup.state.status === 'ready' && setup.state.data.needed) return <SetupScreen onSetUp={session.signedIn} />;

  return (
    <SignedOutFrame>
      <main id="main" className={`signin-main ${demoLogins ? 'signin-main--with-demo' : ''}`}>
        <div className="signin-main__form">
          {info.state.status === 'error' && <ErrorMessage error={info.state.error} onRetry={info.reload} />}
          {/* From the LAN set-up is refused: without this, a fresh installation's sign-in only ever says the password is wrong. */}
          {appInfo?.setUp === false && (
            <p className="notice notice--warning" role="status" data-testid="signin-not-set-up">
              {t('signIn.notSetUp')}
            </p>
          )}
          <OutboxNotice moved={notice?.code === 'LOGIN_MOVED'} />
          {/* Each pick is a new object, so picking the same account twice still refills the form. */}
          <SignInForm onSignedIn={session.signedIn} prefill={prefill} notice={notice} onMustChange={() => setChangingPassword(true)} />
        </div>
        {demoLogins && <DemoLogins logins={demoLogins} onPick={(login) => setPrefill({ ...login })} />}
      </main>
      <footer className="signin-footer">
        {appInfo && (
          <p data-testid="app-version">
            {appInfo.name} · {t('common.version', { version: appInfo.version })}
          </p>
        )}
      </footer>
    </SignedOutFrame>
  );
}
