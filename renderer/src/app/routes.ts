import { useEffect, useState, type ComponentType } from 'react';
import type { Role } from '../../../electron/shared/roles';
import { LspBundlesScreen } from '../screens/lsp-admin/LspBundlesScreen';
import { AccountsScreen } from '../screens/accounts/AccountsScreen';
import { ProctorBundlesScreen } from '../screens/proctor/ProctorBundlesScreen';

/** Screens beyond each role's home, reached by a link such as `#/bundles`; the home is `#/`. */
const ROUTES: Partial<Record<Role, Record<string, ComponentType>>> = {
  lsp_admin: { bundles: LspBundlesScreen, accounts: AccountsScreen },
  proctor: { bundles: ProctorBundlesScreen },
};

function currentRoute(): string {
  return window.location.hash.replace(/^#\/?/, '');
}

export function useRoutedScreen(role: Role): ComponentType | null {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return ROUTES[role]?.[route] ?? null;
}
