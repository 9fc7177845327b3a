import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SignInResult } from '../../../electron/shared/types';
import { createClient, type Client } from '../api/client';
import { isSignedOut, toUiError, type UiError } from '../api/client-errors';
import type { Transport } from '../api/transport';
import { ReauthDialog } from './ReauthDialog';
import type { Session, SessionState, SignOutGuard } from './session-state';
import { tokenStore } from './token-store';

const SessionContext = createContext<Session | null>(null);
const ClientContext = createContext<Client | null>(null);

type Props = { transport: Transport; children: ReactNode };

/** Owns the token and the client built on it, so every screen calls the core the same way. */
export function SessionProvider({ transport, children }: Props) {
  const [state, setState] = useState<SessionState>(() =>
    tokenStore.read() ? { status: 'checking' } : { status: 'signedOut', notice: null },
  );
  const tokenRef = useRef<string | null>(tokenStore.read());
  const guards = useRef(new Set<SignOutGuard>());
  // Read by the client's callbacks, which outlive a render.
  const stateRef = useRef(state);
  stateRef.current = state;
  /** A staff sign-in that ran out, asked for again over the open screen; every refused call waits on `pending`. */
  const [reauth, setReauth] = useState<{ username: string } | null>(null);
  const pending = useRef<{ promise: Promise<boolean>; settle: (signedInAgain: boolean) => void } | null>(null);

  const settleReauth = useCallback((signedInAgain: boolean) => {
    pending.current?.settle(signedInAgain);
    pending.current = null;
    setReauth(null);
  }, []);

  const forget = useCallback(
    (notice: UiError | null = null) => {
      tokenRef.current = null;
      tokenStore.clear();
      setState({ status: 'signedOut', notice });
      settleReauth(false);
    },
    [settleReauth],
  );

  const client = useMemo(
    () =>
      createClient(transport, {
        token: () => tokenRef.current,
        onUnauthenticated: (error) => forget(error),
        onExpired: (error) => {
          const now = stateRef.current;
          // Nothing on screen to keep (a reload's check) or a candidate's exam day: signed out as before.
          if (now.status !== 'signedIn' || now.principal.role === 'candidate') {
            forget(error);
            return Promise.resolve(false);
          }
          if (!pending.current) {
            let settle: (signedInAgain: boolean) => void = () => {};
            const promise = new Promise<boolean>((resolve) => (settle = resolve));
            pending.current = { promise, settle };
            setReauth({ username: now.principal.username });
          }
          return pending.current.promise;
        },
      }),
    [transport, forget],
  );

  const signedInAgain = useCallback(
    (result: SignInResult) => {
      const now = stateRef.current;
      // Someone else, or a password to replace first: that is a new sign-in on the sign-in screen, not this screen's.
      if (now.status !== 'signedIn' || result.principal.accountId !== now.principal.accountId || result.mustChangePassword) {
        void transport.invoke('auth/signOut', {}, result.token);
        forget();
        return;
      }
      tokenRef.current = result.token;
      tokenStore.write(result.token);
      setState({ status: 'signedIn', token: result.token, principal: result.principal });
      settleReauth(true);
    },
    [transport, forget, settleReauth],
  );

  const [checkRound, setCheckRound] = useState(0);
  useEffect(() => {
    const token = tokenRef.current;
    if (token === null) return;
    let live = true;
    setState({ status: 'checking' });
    client.call('auth/whoami', {}).then(
      (principal) => live && setState({ status: 'signedIn', token, principal }),
      (err: unknown) => {
        if (!live) return;
        const error = toUiError(err);
        // A sign-in that ended already reset the state through the client; anything else is worth a retry.
        if (!isSignedOut(error.code)) setState({ status: 'unverified', error });
      },
    );
    return () => {
      live = false;
    };
  }, [client, checkRound]);

  const session = useMemo<Session>(
    () => ({
      state,
      signedIn: (result: SignInResult) => {
        tokenRef.current = result.token;
        tokenStore.write(result.token);
        setState({ status: 'signedIn', token: result.token, principal: result.principal });
      },
      signOut: async () => {
        for (const guard of [...guards.current]) if (!(await guard())) return;
        try {
          await client.call('auth/signOut', {});
        } catch {
          // Signing out locally matters more than telling the server; the token expires there anyway.
        }
        forget();
      },
      recheck: () => setCheckRound((n) => n + 1),
      forget: () => forget(),
      guardSignOut: (guard) => {
        guards.current.add(guard);
        return () => guards.current.delete(guard);
      },
    }),
    [state, client, forget],
  );

  return (
    <ClientContext.Provider value={client}>
      <SessionContext.Provider value={session}>
        {children}
        {reauth && <ReauthDialog client={client} username={reauth.username} onSignedIn={signedInAgain} onSignOut={() => forget()} />}
      </SessionContext.Provider>
    </ClientContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside SessionProvider');
  return client;
}
