import type { i18n } from 'i18next';
import { useEffect, useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isAplUsername } from '../../../electron/shared/apl-self';
import type { Transport } from '../api/transport';
import { useInstallationLanguage } from '../i18n/use-installation-language';
import { currentRoute, showHomeAddress } from '../navigation/hash-route';
import { forgetListAddresses } from '../navigation/use-route-filters';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { SignInScreen } from '../screens/sign-in/SignInScreen';
import { AppShell } from './AppShell';
import { ROLE_HOMES } from './role-homes';
import { screenOf, useRoutedScreen } from './routes';
import { StartupScreen } from './StartupScreen';
import { lazyScreen } from './lazy-screen';

/** Loaded only when an APL.02 sign-in opens it: never in a lab PC's download. */
const AplSelfScreen = lazyScreen(() => import('../screens/apl-self/AplSelfScreen').then((m) => m.AplSelfScreen));

type Props = { transport: Transport; i18n: i18n };

/** Dependencies come in as props so tests can hand in a fake transport and a fresh i18n instance. */
export function App({ transport, i18n }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider transport={transport}>
        <Screens />
      </SessionProvider>
    </I18nextProvider>
  );
}

/** The router: which screen follows from the session state and the signed-in role. */
function Screens() {
  const session = useSession();
  const { state } = session;
  // Here, not on the sign-in screen only: a reload of a signed-in page never shows that screen.
  useInstallationLanguage();
  useAddressFollowsSession(state.status === 'signedIn' ? state.principal : null);
  switch (state.status) {
    case 'checking':
      return <StartupScreen error={null} onRetry={session.recheck} onSignInAgain={session.forget} />;
    case 'unverified':
      return <StartupScreen error={state.error} onRetry={session.recheck} onSignInAgain={session.forget} />;
    case 'signedOut':
      return <SignInScreen notice={state.notice} />;
    case 'signedIn':
      return (
        // Keyed by account: the next person starts every screen from scratch, with no data of the last one, while
        // the same person signing in again over an expired sign-in (SessionProvider) keeps the screen and its typing.
        <AppShell key={state.principal.accountId} principal={state.principal} onSignOut={session.signOut}>
          <RoleScreen role={state.principal.role} apl={isAplUsername(state.principal.username)} />
        </AppShell>
      );
  }
}

/**
 * The role's home, or the screen its `#/…` link asks for. A candidate's FR.APL.02 sign-in (its
 * username starts `apl-`; the core decides what it reaches) has one screen only.
 */
function RoleScreen({ role, apl }: { role: keyof typeof ROLE_HOMES; apl: boolean }) {
  const Screen = useRoutedScreen(role) ?? ROLE_HOMES[role];
  // Not keyed by the route's query: a list keeps its filters there (useRouteFilters) and rewrites them as the
  // admin types, so the screen must stay mounted through a query change (a search box keeps its focus); the
  // lists follow the query themselves when a link or Back changes it.
  return apl ? <AplSelfScreen /> : <Screen />;
}

/**
 * The address names the screen on view across sign-out and sign-in too: a session that ends leaves the
 * sign-in screen under `#/` (the next person to sign in starts at their home, not under the last one's
 * `#/accounts`), and a sign-in keeps the route only when it opens a screen of that role (a link followed
 * before signing in), and so does a restored session (a reload). Run after the screens of the ended
 * session have unmounted, so their unsaved edits (asked about before signing out) no longer hold the router.
 */
function useAddressFollowsSession(principal: { role: keyof typeof ROLE_HOMES; username: string } | null): void {
  const was = useRef(principal);
  useEffect(() => {
    const before = was.current;
    was.current = principal;
    if (before !== null && principal === null) {
      showHomeAddress();
      forgetListAddresses();
    }
    else if (before === null && principal !== null && (isAplUsername(principal.username) || !screenOf(principal.role, currentRoute()))) showHomeAddress();
  }, [principal]);
}
