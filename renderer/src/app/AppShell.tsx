import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Principal } from '../../../electron/shared/roles';
import { AppHeader } from '../components/AppHeader';
import { ReconnectNotice } from '../components/ReconnectNotice';
import { CoreRestartsProvider } from '../session/core-restarts';

type Props = { principal: Principal; onSignOut: () => Promise<void>; children: ReactNode };

/** Frame of every signed-in screen: skip link, header, the reconnect notice, one main landmark. */
export function AppShell({ principal, onSignOut, children }: Props) {
  const { t } = useTranslation();
  return (
    <CoreRestartsProvider>
      <div className="shell" data-role={principal.role}>
        <a className="skip-link" href="#main">
          {t('common.skipToContent')}
        </a>
        <AppHeader principal={principal} onSignOut={onSignOut} />
        <ReconnectNotice />
        <main id="main" className="shell__main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </CoreRestartsProvider>
  );
}
