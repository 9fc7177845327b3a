import type { Role } from '../../../../electron/shared/roles';

/**
 * Staff sign in with a username; candidates with the participant number printed on their card and the
 * session's token; a candidate filling FR.APL.02 before any session with the APL.02 sign-in the LSP gave
 * them (its own tab: no token, and a different name on the slip than a participant number).
 */
export const SIGN_IN_MODES = ['staff', 'candidate', 'apl'] as const;
export type SignInMode = (typeof SIGN_IN_MODES)[number];

export function modeForRole(role: Role): SignInMode {
  return role === 'candidate' ? 'candidate' : 'staff';
}

const LAST_MODE_KEY = 'ruang-uji.signin-mode';
/**
 * Set once a candidate has sat at this PC: from then on it is a lab PC, whoever signs out there, until
 * staff sign in here twice with no candidate between (rememberMode): then it is a staff PC a candidate once used.
 */
const CANDIDATE_PC_KEY = 'ruang-uji.candidate-pc';

/**
 * Reached over the LAN (a browser, or the exam-client app, which loads the same page): a lab PC, or an
 * assessor's laptop. The station itself opens the app on app:// or on loopback.
 */
export function isLabPc(location: { protocol: string; hostname: string }): boolean {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return false;
  const host = location.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return !(host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host));
}

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Without storage the next sign-in simply opens on the usual tab.
  }
}

function remove(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Without storage there is nothing to forget.
  }
}

/**
 * The tab the sign-in opens on. Over the LAN: the candidate tab on a PC where a candidate has sat,
 * whoever signed out last (unless staff signed in twice in a row since: rememberMode); otherwise the tab this computer used last (an assessor's laptop keeps the
 * staff tab after its first sign-in), the candidate tab for a computer never used. On the station: the
 * tab used last, staff at first. A computer last used to fill FR.APL.02 opens on that tab again (its
 * candidate, signed out or timed out, signed in there and not on the staff or the exam tab), unless a
 * candidate has sat an exam at it.
 */
export function initialMode(location: { protocol: string; hostname: string }, storage: Storage | null): SignInMode {
  const last = read(storage, LAST_MODE_KEY);
  if (isLabPc(location)) {
    if (read(storage, CANDIDATE_PC_KEY) === '1') return 'candidate';
    return last === 'staff' || last === 'apl' ? last : 'candidate';
  }
  return last === 'candidate' || last === 'apl' ? last : 'staff';
}

/**
 * After a sign-in on this computer's `mode` tab. A proctor who signs in once at a lab PC to help leaves
 * it a lab PC (a candidate's sign-in comes between their visits); a second staff sign-in in a row makes
 * it a staff PC again, so an assessor's or proctor's own browser where a candidate once signed in does
 * not open on the candidate tab for good.
 */
export function rememberMode(mode: SignInMode, storage: Storage | null): void {
  if (mode === 'staff' && read(storage, LAST_MODE_KEY) === 'staff') remove(storage, CANDIDATE_PC_KEY);
  write(storage, LAST_MODE_KEY, mode);
}

/** A candidate is signed in here: this computer's sign-in belongs to candidates from now on. */
export function markCandidatePc(storage: Storage | null): void {
  write(storage, CANDIDATE_PC_KEY, '1');
  rememberMode('candidate', storage);
}

export function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
