import type { SessionConflict } from '../../shared/scheduling';
import type { Db } from '../db/open';
import type { IssuedPasswordsState } from '../../shared/handover';
import { lastPasswordsIssuedAt, lastPasswordsIssuedElsewhere, seatAccounts, type SeatAccountRow } from '../db/queries/session-handover';

/**
 * An account that is an APL.02 sign-in has no session password either (its username is not the participant
 * number), nor one made without a password: a TUK's card made it, and its results brought it here (bundles/card-accounts.ts).
 */
const hasPassword = (s: SeatAccountRow) =>
  s.account_id !== null && s.account_candidate_id === s.candidate_id && s.account_apl_application_id === null && s.account_no_password !== 1;

/**
 * What the LSP's hand-over panel shows after a reload: the clear passwords are gone then, but issuing again
 * still replaces them (and voids the printed cards), so the panel must know from here that they exist.
 */
export function passwordsIssued(db: Db, sessionId: string, seats: readonly SeatAccountRow[] = seatAccounts(db, sessionId)): IssuedPasswordsState {
  const count = seats.filter(hasPassword).length;
  if (count === 0) return { count, lastIssuedAt: null, forSession: null };
  const own = lastPasswordsIssuedAt(db, sessionId);
  if (own !== null) return { count, lastIssuedAt: own, forSession: null };
  // A re-sit: its candidates hold the passwords issued for an earlier session; the page said "issued" with no
  // date and warned that this session's printed cards would stop working, though none were printed for it.
  const earlier = lastPasswordsIssuedElsewhere(db, sessionId);
  return { count, lastIssuedAt: earlier?.at ?? null, forSession: earlier?.code ?? null };
}

/** The names a warning lists before "+N": enough to find them, short enough to read. */
const NAMES_SHOWN = 10;

/**
 * A pending conflict naming the session's candidates who have no password yet (no account of their own:
 * sessions/issuePasswords creates it): they could not sign in at the TUK. A warning, not a refusal: the
 * LSP may hand passwords over another way, and a later bundle carries them.
 */
export function passwordsPending(db: Db, sessionId: string, seats: readonly SeatAccountRow[] = seatAccounts(db, sessionId)): SessionConflict | null {
  const missing = seats.filter((s) => !hasPassword(s));
  if (missing.length === 0) return null;
  const shown = missing.slice(0, NAMES_SHOWN).map((s) => `${s.name} (${s.participant_no})`);
  const more = missing.length - shown.length;
  return {
    code: 'SCHEDULE_PASSWORDS_NOT_ISSUED',
    severity: 'pending',
    field: 'candidates',
    // `count`, so that the message takes its plural form ("1 candidate has", not "1 candidate(s) have").
    params: { count: missing.length, names: shown.join(', ') + (more > 0 ? ` +${more}` : '') },
  };
}
