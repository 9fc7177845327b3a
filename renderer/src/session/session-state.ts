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
  signOut: () => Promise<void>;
  recheck: () => void;
  forget: () => void;
};
