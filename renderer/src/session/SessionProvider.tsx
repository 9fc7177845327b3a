import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SignInResult } from '../../../electron/shared/types';
import { createClient, type Client } from '../api/client';
import { isSignedOut, toUiError, type UiError } from '../api/client-errors';
import type { Transport } from '../api/transport';
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

  const forget = useCallback((notice: UiError | null = null) => {
    tokenRef.current = null;
    tokenStore.clear();
    setState({ status: 'signedOut', notice });
  }, []);

  const client = useMemo(
    () =>
      createClient(transport, {
        token: () => tokenRef.current,
        onUnauthenticated: (error) => forget(error),
      }),
    [transport, forget],
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
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
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
