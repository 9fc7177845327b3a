import type { Role } from '../../../../electron/shared/roles';

/** Staff sign in with a username; candidates with the participant number printed on their card. */
export const SIGN_IN_MODES = ['staff', 'candidate'] as const;
export type SignInMode = (typeof SIGN_IN_MODES)[number];

export function modeForRole(role: Role): SignInMode {
  return role === 'candidate' ? 'candidate' : 'staff';
}

const LAST_MODE_KEY = 'ruang-uji.signin-mode';

/**
 * A lab PC reaches the room server over the LAN (a browser, or the exam-client app, which loads the same
 * page): its sign-in is for candidates. The station itself opens the app on app:// or on loopback.
 */
export function isLabPc(location: { protocol: string; hostname: string }): boolean {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return false;
  const host = location.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return !(host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host));
}

/**
 * The tab the sign-in opens on: the candidate tab on a lab PC, whoever signed out there last; elsewhere
 * the tab last used on this computer (a candidate trying a PC on the station), staff otherwise.
 */
export function initialMode(location: { protocol: string; hostname: string }, storage: Storage | null): SignInMode {
  if (isLabPc(location)) return 'candidate';
  try {
    return storage?.getItem(LAST_MODE_KEY) === 'candidate' ? 'candidate' : 'staff';
  } catch {
    return 'staff';
  }
}

export function rememberMode(mode: SignInMode, storage: Storage | null): void {
  try {
    storage?.setItem(LAST_MODE_KEY, mode);
  } catch {
    // Without storage the next sign-in simply opens on the usual tab.
  }
}

export function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
