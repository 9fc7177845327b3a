import crypto from 'node:crypto';
import { AppError, type ErrorReason } from '../../shared/errors';
import type { IssuedPasswords } from '../../shared/handover';
import type { Principal } from '../../shared/roles';
import type { SessionConflict } from '../../shared/scheduling';
import { appendAudit } from '../audit/log';
import { CANDIDATE_PASSWORD_COST, hashPassword } from '../auth/password';
import { insertAccount } from '../db/queries/accounts';
import type { Db } from '../db/open';
import * as q from '../db/queries/session-handover';
import { candidateAccountId } from '../ids';
import { exportState } from '../db/queries/scheduling-sessions';
import { passwordsPending } from './passwords-pending';
import { checkPlan, refusedOf } from './rules';
import { planOf, sessionRowOf } from './sessions';
import { writtenTestPreview } from './written-test';

/** Names a reason lists before "+N", as the password warning does. */
const NAMES_SHOWN = 10;

/**
 * What the exam day needs of the bundle beyond the rules: candidates to sit it, and written-test
 * questions for each of them (every session has a written test, by default all approved questions).
 * Passwords are not among them: a later bundle carries them (passwordsPending warns).
 */
function unsittable(db: Db, lspId: string, sessionId: string, scheme: { code: string; version: number }): ErrorReason[] {
  const test = writtenTestPreview(db, lspId, sessionId);
  const bankEmpty = test.units.every((u) => u.available === 0);
  const out: ErrorReason[] = [];
  if (test.candidates.length === 0) out.push({ code: 'SESSION_EXPORT_NO_CANDIDATES', params: {} });
  if (bankEmpty) out.push({ code: 'SESSION_EXPORT_NO_QUESTIONS', params: { scheme: scheme.code, version: scheme.version } });
  else {
    // A fixed list or a draw may still leave someone without a question.
    const none = test.candidates.filter((c) => c.multipleChoice + c.essay === 0);
    const shown = none.slice(0, NAMES_SHOWN).map((c) => `${c.name} (${c.participantNo})`);
    const names = shown.join(', ') + (none.length > shown.length ? ` +${none.length - shown.length}` : '');
    if (none.length) out.push({ code: 'SESSION_EXPORT_EMPTY_TEST', params: { count: none.length, names } });
  }
  return out;
}

/**
 * Before a session bundle leaves the LSP: a session planned here (changed_at set by sessions/create or
 * update) must obey every refusing rule as they stand today (a certificate may have lapsed since), else
 * SESSION_EXPORT_REFUSED with each of them as a reason, as is a session nobody could sit (no candidates, no
 * written-test questions); pending conflicts (a TUK verification still to record) go out with
 * the bundle and are returned as a warning. The demo's session and sessions that arrived in a bundle
 * were never planned under these rules and are not checked.
 */
export function exportCheck(db: Db, lspId: string, sessionId: string, now: Date): SessionConflict[] {
  const row = sessionRowOf(db, lspId, sessionId);
  const state = exportState(db, sessionId);
  if (state?.cancelled_at) {
    // Exported before: the bundle goes again, unchecked, to tell the TUK holding it that it is cancelled.
    // Never exported: no TUK holds it, and a called-off session is no exam for a TUK to run.
    if (state.exported_at) return [];
    throw new AppError('SESSION_EXPORT_CANCELLED', { session: row.code });
  }
  // Any session: candidates without a password could not sign in at the TUK (a warning).
  const passwords = passwordsPending(db, sessionId);
  const warnings = passwords ? [passwords] : [];
  if (row.changed_at === null) return warnings;
  const { conflicts, scheme } = checkPlan(db, lspId, planOf(db, row), { selfId: sessionId, now, asStored: true });
  // Each broken rule goes with its own params (whom it concerns), for the screen and the CLI to word.
  const refused: ErrorReason[] = [...refusedOf(conflicts).map((c) => ({ code: c.code, params: c.params })), ...unsittable(db, lspId, sessionId, scheme)];
  if (refused.length) throw new AppError('SESSION_EXPORT_REFUSED', { count: refused.length }, undefined, refused);
  return [...conflicts, ...warnings];
}

/**
 * Readable candidate passwords: 3 groups of 4 from 31 letters and digits none of which is mistaken for
 * another on a printed card (no 0/O, 1/I/L, no lower case at all), with the hyphens typed as printed:
 * 12 × log2(31) ≈ 59 bits, drawn without modulo bias (crypto.randomInt).
 */
export const PASSWORD_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function readablePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += PASSWORD_ALPHABET[crypto.randomInt(PASSWORD_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

export type PasswordPlan = { sessionId: string; code: string; seats: q.SeatAccountRow[] };

/** Who gets a password (the whole session, or the named candidates of it), checked before any hashing. */
export function passwordPlan(db: Db, lspId: string, sessionId: string, candidateIds: readonly string[] | undefined): PasswordPlan {
  const row = sessionRowOf(db, lspId, sessionId);
  // Cards for a session that will not be held would only be handed out by mistake.
  const cancelledAt = exportState(db, sessionId)?.cancelled_at;
  if (cancelledAt) throw new AppError('SESSION_CANCELLED', { session: row.code, cancelledAt });
  const all = q.seatAccounts(db, sessionId);
  const seated = new Map(all.map((s) => [s.candidate_id, s]));
  const wanted = candidateIds ? [...new Set(candidateIds)] : all.map((s) => s.candidate_id);
  const seats = wanted.map((id) => {
    const seat = seated.get(id);
    if (!seat) throw new AppError('SESSION_CANDIDATE_NOT_IN_SESSION', { candidate: id });
    // The participant number is the candidate's username: it may not already name someone else's account.
    if (seat.account_id && seat.account_candidate_id !== seat.candidate_id) throw new AppError('SESSION_CANDIDATE_USERNAME_TAKEN', { participantNo: seat.participant_no });
    return seat;
  });
  return { sessionId, code: row.code, seats };
}

/** The scrypt hashes at the candidates' cost, computed outside the transaction (they are async). */
export async function hashPasswords(plan: PasswordPlan): Promise<{ seat: q.SeatAccountRow; password: string; hash: string }[]> {
  const out = [];
  for (const seat of plan.seats) {
    const password = readablePassword();
    out.push({ seat, password, hash: await hashPassword(password, { N: CANDIDATE_PASSWORD_COST }) });
  }
  return out;
}

/**
 * Writes the hashes into the candidates' accounts (created on the first issue: username = participant
 * number), marks the session changed (the TUK needs the new hashes: export again), audits who got a new
 * password (never the password), and returns the clear passwords once. A re-issue replaces them.
 */
export function storePasswords(db: Db, principal: Principal, lspId: string, plan: PasswordPlan, hashed: Awaited<ReturnType<typeof hashPasswords>>, now: Date): IssuedPasswords {
  // Re-read inside the transaction: the plan was checked before the awaits of hashing.
  const fresh = passwordPlan(db, lspId, plan.sessionId, plan.seats.map((s) => s.candidate_id));
  const at = now.toISOString();
  const created: string[] = [];
  for (const { seat, hash } of hashed) {
    const current = fresh.seats.find((s) => s.candidate_id === seat.candidate_id)!;
    if (current.account_id) q.setCandidatePassword(db, current.account_id, hash, current.name, current.participant_no);
    else {
      insertAccount(db, {
        // The id a TUK gave the account if it issued a card before these passwords reached it (exam/issueCard).
        id: candidateAccountId(current.candidate_id),
        role: 'candidate',
        username: current.participant_no,
        displayName: current.name,
        passwordHash: hash,
        lspId: current.lsp_id,
        assessorId: null,
        candidateId: current.candidate_id,
        createdAt: at,
      });
      created.push(current.candidate_id);
    }
  }
  q.touchSession(db, plan.sessionId, now);
  appendAudit(
    db,
    principal,
    { action: 'session.issuePasswords', entity: 'session', entityId: plan.sessionId, details: { session: plan.code, candidates: hashed.map((h) => h.seat.candidate_id), accountsCreated: created } },
    now,
  );
  return {
    sessionId: plan.sessionId,
    issuedAt: at,
    passwords: hashed.map(({ seat, password }) => ({ candidateId: seat.candidate_id, participantNo: seat.participant_no, name: seat.name, password })),
  };
}
