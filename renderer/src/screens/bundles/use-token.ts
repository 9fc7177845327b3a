import { useSession } from '../../session/SessionProvider';

/** The bearer token for the /files routes; bundle screens only render while signed in. */
export function useToken(): string {
  const { state } = useSession();
  return state.status === 'signedIn' ? state.token : '';
}
