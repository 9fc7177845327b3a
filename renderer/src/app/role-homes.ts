import type { ComponentType } from 'react';
import type { Role } from '../../../electron/shared/roles';
import { CbtHome } from '../screens/candidate/CbtHome';
import { lazyScreen } from './lazy-screen';

/**
 * Each role's first screen; `satisfies` makes a new role without a home a type error.
 * Staff homes are loaded when a staff member signs in, so lab PCs never download them. The candidate's
 * home stays in the first chunk: a lab PC then needs no further fetch between sign-in and the test,
 * the moment a LAN hiccup would hurt most.
 */
export const ROLE_HOMES = {
  lsp_admin: lazyScreen(() => import('../screens/lsp-admin/LspAdminHome').then((m) => m.LspAdminHome)),
  proctor: lazyScreen(() => import('../screens/proctor/ProctorHome').then((m) => m.ProctorHome)),
  assessor: lazyScreen(() => import('../screens/assessor/AssessorHome').then((m) => m.AssessorHome)),
  candidate: CbtHome,
} satisfies Record<Role, ComponentType>;
