import type { ComponentType } from 'react';
import type { Role } from '../../../electron/shared/roles';
import { routePath, useRoute } from '../navigation/hash-route';
import { lazyScreen } from './lazy-screen';

/**
 * Screens beyond each role's home, reached by a link such as `#/bundles`; the home is `#/`.
 * All are staff screens, each loaded when first opened (see lazy-screen.tsx): none is in a lab PC's download.
 */
const ROUTES: Partial<Record<Role, Record<string, ComponentType>>> = {
  lsp_admin: {
    bundles: lazyScreen(() => import('../screens/lsp-admin/LspBundlesScreen').then((m) => m.LspBundlesScreen)),
    'bundles/keys': lazyScreen(() => import('../screens/lsp-admin/LspBundlesScreen').then((m) => m.LspBundlesKeysScreen)),
    accounts: lazyScreen(() => import('../screens/accounts/AccountsScreen').then((m) => m.AccountsScreen)),
    // The LSP's own name, licence number and address, as its documents print them.
    'lsp-profile': lazyScreen(() => import('../screens/lsp-admin/LspProfileScreen').then((m) => m.LspProfileScreen)),
    // The names of the BNSP and Kemendagri codes the registry keeps, for the forms people read.
    'code-names': lazyScreen(() => import('../screens/registry/code-names/CodeNamesScreen').then((m) => m.CodeNamesScreen)),
    // Rolling copies of the installation's data and restoring one (the office's; a TUK station's too).
    backups: lazyScreen(() => import('../screens/lsp-admin/DataBackupsScreen').then((m) => m.DataBackupsScreen)),
    // The installation's audit log and its integrity check (the office's admin and a TUK station's).
    audit: lazyScreen(() => import('../screens/audit/AuditLogScreen').then((m) => m.AuditLogScreen)),
    // The LSP's registry (issue 14); `<list>/*` takes a record's id (or `new`), which the screen reads itself.
    schemes: lazyScreen(() => import('../screens/registry/schemes/SchemesScreen').then((m) => m.SchemesScreen)),
    'schemes/import': lazyScreen(() => import('../screens/registry/import/ImportScreen').then((m) => m.SchemesImportScreen)),
    'schemes/*': lazyScreen(() => import('../screens/registry/schemes/SchemeScreen').then((m) => m.SchemeScreen)),
    assessors: lazyScreen(() => import('../screens/registry/assessors/AssessorsScreen').then((m) => m.AssessorsScreen)),
    'assessors/import': lazyScreen(() => import('../screens/registry/import/ImportScreen').then((m) => m.AssessorsImportScreen)),
    'assessors/*': lazyScreen(() => import('../screens/registry/assessors/AssessorScreen').then((m) => m.AssessorScreen)),
    tuks: lazyScreen(() => import('../screens/registry/tuks/TuksScreen').then((m) => m.TuksScreen)),
    'tuks/*': lazyScreen(() => import('../screens/registry/tuks/TukScreen').then((m) => m.TukScreen)),
    candidates: lazyScreen(() => import('../screens/registry/candidates/CandidatesScreen').then((m) => m.CandidatesScreen)),
    'candidates/import': lazyScreen(() => import('../screens/registry/import/ImportScreen').then((m) => m.CandidatesImportScreen)),
    'candidates/*': lazyScreen(() => import('../screens/registry/candidates/CandidateScreen').then((m) => m.CandidateScreen)),
    // Scheduling (issue 16): sessions and their planner, the candidates' FR.APL.01/02 (`apl/<candidateId>~<schemeId>`).
    sessions: lazyScreen(() => import('../screens/scheduling/sessions/SessionsScreen').then((m) => m.SessionsScreen)),
    'sessions/*': lazyScreen(() => import('../screens/scheduling/sessions/SessionScreen').then((m) => m.SessionScreen)),
    apl: lazyScreen(() => import('../screens/scheduling/apl/AplListScreen').then((m) => m.AplListScreen)),
    'apl/*': lazyScreen(() => import('../screens/scheduling/apl/AplScreen').then((m) => m.AplScreen)),
    // The question bank (issue 15): `bank` picks a scheme version, the others take its id (or an entry's).
    bank: lazyScreen(() => import('../screens/bank/BankListScreen').then((m) => m.BankListScreen)),
    'bank/*': lazyScreen(() => import('../screens/bank/BankListScreen').then((m) => m.BankListScreen)),
    'bank-new/*': lazyScreen(() => import('../screens/bank/BankItemScreen').then((m) => m.BankNewScreen)),
    'bank-item/*': lazyScreen(() => import('../screens/bank/BankItemScreen').then((m) => m.BankItemScreen)),
    'bank-coverage/*': lazyScreen(() => import('../screens/bank/CoverageScreen').then((m) => m.CoverageScreen)),
    'bank-import/*': lazyScreen(() => import('../screens/bank-import/BankImportScreen').then((m) => m.BankImportScreen)),
    // Closing the loop (issue 17): the results review, the rapat pleno (`pleno/new` or an id) and appeals.
    results: lazyScreen(() => import('../screens/pleno/results/ResultsScreen').then((m) => m.ResultsScreen)),
    'results/*': lazyScreen(() => import('../screens/pleno/results/ResultsSessionScreen').then((m) => m.ResultsSessionScreen)),
    pleno: lazyScreen(() => import('../screens/pleno/PlenoListScreen').then((m) => m.PlenoListScreen)),
    'pleno/*': lazyScreen(() => import('../screens/pleno/PlenoScreen').then((m) => m.PlenoScreen)),
    appeals: lazyScreen(() => import('../screens/pleno/appeals/AppealsScreen').then((m) => m.AppealsScreen)),
    // The certificate register (issue 17): `certificates/<id>` is one certificate.
    certificates: lazyScreen(() => import('../screens/certificates/RegisterScreen').then((m) => m.RegisterScreen)),
    'certificates/settings': lazyScreen(() => import('../screens/certificates/NumberingScreen').then((m) => m.NumberingScreen)),
    'certificates/blanko': lazyScreen(() => import('../screens/certificates/BlankoImportScreen').then((m) => m.BlankoImportScreen)),
    'certificates/*': lazyScreen(() => import('../screens/certificates/CertificateScreen').then((m) => m.CertificateScreen)),
  },
  proctor: {
    bundles: lazyScreen(() => import('../screens/proctor/ProctorBundlesScreen').then((m) => m.ProctorBundlesScreen)),
    // One of today's sessions in the exam console: `console/<sessionId>`.
    'console/*': lazyScreen(() => import('../screens/proctor/ProctorConsoleScreen').then((m) => m.ProctorConsoleScreen)),
  },
  // An assessor reviews a candidate's FR.APL.02 there (apl/reviewSelfAssessment).
  assessor: {
    'apl/*': lazyScreen(() => import('../screens/scheduling/apl/AplScreen').then((m) => m.AplScreen)),
    // A session's workspace and every view in it: `workspace/<sessionId>/…` (assessor/workspace/view.ts).
    'workspace/**': lazyScreen(() => import('../screens/assessor/workspace/AssessorWorkspaceScreen').then((m) => m.AssessorWorkspaceScreen)),
  },
};

export function useRoutedScreen(role: Role): ComponentType | null {
  return screenOf(role, useRoute());
}

/** The screen a route opens for a role; null for the home (and for a route the role has not). */
export function screenOf(role: Role, address: string): ComponentType | null {
  const screens = ROUTES[role];
  const route = routePath(address);
  // `schemes/<id>` (and `schemes/<id>/kbli`, a place on its page) falls back to `schemes/*`; `workspace/<id>/…`,
  // a screen that reads every segment, to `workspace/**`.
  const first = route.replace(/^([^/]+)\/.+$/, '$1');
  return screens?.[route] ?? screens?.[`${first}/*`] ?? screens?.[`${first}/**`] ?? null;
}
