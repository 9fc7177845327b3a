import type { Role } from '../../../../electron/shared/roles';

/** Staff sign in with a username; candidates with the participant number printed on their card. */
export const SIGN_IN_MODES = ['staff', 'candidate'] as const;
export type SignInMode = (typeof SIGN_IN_MODES)[number];

export function modeForRole(role: Role): SignInMode {
  return role === 'candidate' ? 'candidate' : 'staff';
}
