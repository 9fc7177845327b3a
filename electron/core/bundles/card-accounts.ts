import { NO_PASSWORD } from '../auth/password';
import type { Db } from '../db/open';
import { findById, type NewAccount } from '../db/queries/accounts';
import { seatedCandidate } from '../db/queries/bundles';
import { candidateAccountId } from '../ids';
import type { Row } from './rows';

/**
 * The account a results row names as its author (FR.AK.03's saved_by) when this installation lacks it: a
 * candidate the LSP had issued no password when it sent the session got a card at the TUK, which made
 * their account there (exam/issueCard), and the LSP never had it, so the candidate's feedback was refused
 * here on the foreign key. Only the id travels, and only this one is made: exactly the id this installation
 * would give that candidate's account itself (candidateAccountId), for a candidate seated in the session
 * the bundle answers (`owner`), from the candidate record held here (username, name, LSP), with no password
 * (NO_PASSWORD): nothing in the bundle becomes a way to sign in here, and the LSP's own password issue
 * later lands on this account (scheduling/handover.ts). An account already here is never touched; one of
 * another id holding the candidate or the participant number leaves the row refused, as before.
 */
export function cardAccountToMake(db: Db, row: Row, rule: { column: string; enteredBy: string }, owner: string | null, at: string): (NewAccount & { candidateId: string }) | null {
  const id = row[rule.column];
  const candidateId = row.candidate_id;
  // A row the assessor entered for the candidate names the assessor, whom the LSP sent: no account to make.
  if (row[rule.enteredBy] !== 'candidate') return null;
  if (owner === null || row.session_id !== owner || typeof id !== 'string' || typeof candidateId !== 'string') return null;
  if (id !== candidateAccountId(candidateId) || findById(db, id)) return null;
  const seated = seatedCandidate(db, owner, candidateId);
  if (!seated) return null;
  return {
    id,
    role: 'candidate',
    username: seated.participantNo,
    displayName: seated.name,
    passwordHash: NO_PASSWORD,
    lspId: seated.lspId,
    assessorId: null,
    candidateId,
    createdAt: at,
  };
}
