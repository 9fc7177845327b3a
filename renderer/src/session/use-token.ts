import { useSession } from './SessionProvider';

/** The bearer token for the /files routes; the screens that fetch them render only while signed in. */
export function useToken(): string {
  const { state } = useSession();
  return state.status === 'signedIn' ? state.token : '';
}
