import type { ComponentType } from 'react';
import type { Role } from '../../../electron/shared/roles';
import { AssessorHome } from '../screens/assessor/AssessorHome';
import { CbtHome } from '../screens/candidate/CbtHome';
import { LspAdminHome } from '../screens/lsp-admin/LspAdminHome';
import { ProctorHome } from '../screens/proctor/ProctorHome';

/** Each role's first screen; `satisfies` makes a new role without a home a type error. */
export const ROLE_HOMES = {
  lsp_admin: LspAdminHome,
  proctor: ProctorHome,
  assessor: AssessorHome,
  candidate: CbtHome,
} satisfies Record<Role, ComponentType>;
