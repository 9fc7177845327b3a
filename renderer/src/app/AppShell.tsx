import { useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Principal } from '../../../electron/shared/roles';
import { AppHeader } from '../components/AppHeader';
import { useFocusWhenLost } from '../components/focus-lost';
import { ReconnectNotice } from '../components/ReconnectNotice';
import { routePath, useRoute } from '../navigation/hash-route';
import { UnsavedChangesDialog } from '../navigation/UnsavedChangesDialog';
import { CoreRestartsProvider } from '../session/core-restarts';

type Props = { principal: Principal; onSignOut: () => Promise<void>; children: ReactNode };

/**
 * Frame of every signed-in screen: skip link, header, the reconnect notice, one main landmark, and the
 * question asked before unsaved edits are left behind.
 */
export function AppShell({ principal, onSignOut, children }: Props) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  // Another screen took the place of the one whose link or button was pressed (a record saved and opened, the
  // console opened from the home), and the focus went with it to <body>: the main landmark takes it, where
  // the skip link sends it, so a screen reader is in the new screen and Tab starts at its first control.
  const path = routePath(useRoute());
  useFocusWhenLost(path, () => main.current?.focus({ preventScroll: true }));
  // The screens are routed by the location hash, where `#main` reads as a route (none: the role's home).
  // The link keeps its href for what it announces and moves the focus itself, leaving the hash alone.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
  };
  return (
    <CoreRestartsProvider>
      <div className="shell" data-role={principal.role}>
        <a className="skip-link" href="#main" onClick={skipToMain} data-testid="skip-link">
          {t('common.skipToContent')}
        </a>
        <AppHeader principal={principal} onSignOut={onSignOut} />
        <ReconnectNotice />
        <main ref={main} id="main" className="shell__main" tabIndex={-1}>
          {children}
        </main>
        <UnsavedChangesDialog />
      </div>
    </CoreRestartsProvider>
  );
}
