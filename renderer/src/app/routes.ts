import { useEffect, useState, type ComponentType } from 'react';
import type { Role } from '../../../electron/shared/roles';
import { LspBundlesScreen } from '../screens/lsp-admin/LspBundlesScreen';
import { AccountsScreen } from '../screens/accounts/AccountsScreen';
import { ProctorBundlesScreen } from '../screens/proctor/ProctorBundlesScreen';
import { SchemesScreen } from '../screens/registry/schemes/SchemesScreen';
import { SchemeScreen } from '../screens/registry/schemes/SchemeScreen';
import { AssessorsScreen } from '../screens/registry/assessors/AssessorsScreen';
import { AssessorScreen } from '../screens/registry/assessors/AssessorScreen';
import { TuksScreen } from '../screens/registry/tuks/TuksScreen';
import { TukScreen } from '../screens/registry/tuks/TukScreen';
import { CandidatesScreen } from '../screens/registry/candidates/CandidatesScreen';
import { CandidateScreen } from '../screens/registry/candidates/CandidateScreen';
import { AssessorsImportScreen, CandidatesImportScreen, SchemesImportScreen } from '../screens/registry/import/ImportScreen';

/** Screens beyond each role's home, reached by a link such as `#/bundles`; the home is `#/`. */
const ROUTES: Partial<Record<Role, Record<string, ComponentType>>> = {
  lsp_admin: {
    bundles: LspBundlesScreen,
    accounts: AccountsScreen,
    // The LSP's registry (issue 14); `<list>/*` takes a record's id (or `new`), which the screen reads itself.
    schemes: SchemesScreen,
    'schemes/import': SchemesImportScreen,
    'schemes/*': SchemeScreen,
    assessors: AssessorsScreen,
    'assessors/import': AssessorsImportScreen,
    'assessors/*': AssessorScreen,
    tuks: TuksScreen,
    'tuks/*': TukScreen,
    candidates: CandidatesScreen,
    'candidates/import': CandidatesImportScreen,
    'candidates/*': CandidateScreen,
  },
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
  const screens = ROUTES[role];
  // `schemes/<id>` falls back to `schemes/*`.
  return screens?.[route] ?? screens?.[route.replace(/^([^/]+)\/[^/]+$/, '$1/*')] ?? null;
}
