import type { Principal } from '../../../electron/shared/roles';
import type { SignInResult } from '../../../electron/shared/types';
import type { UiError } from '../api/client-errors';

export type SessionState =
  | { status: 'checking' }
  /** `notice` explains why the user is back at the sign-in screen (e.g. the session expired). */
  | { status: 'signedOut'; notice: UiError | null }
  | { status: 'signedIn'; token: string; principal: Principal }
  /** The stored token could not be checked (server unreachable): retry rather than throw it away. */
  | { status: 'unverified'; error: UiError };

export type Session = {
  state: SessionState;
  signedIn: (result: SignInResult) => void;
  /** Asks the registered guards first: any of them may keep the user signed in (e.g. a cancelled confirm). */
  signOut: () => Promise<void>;
  /**
   * A screen that must have a say before signing out (the test screen with answers not sent yet)
   * registers here; the returned function unregisters. The guard resolves true to go ahead.
   */
  guardSignOut: (guard: SignOutGuard) => () => void;
  recheck: () => void;
  forget: () => void;
};

export type SignOutGuard = () => Promise<boolean>;
