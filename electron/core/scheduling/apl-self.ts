import crypto from 'node:crypto';
import { APL_SELF_DAYS, APL_USERNAME_PREFIX, type AplAccessState, type AplSelf, type IssuedAplAccess } from '../../shared/apl-self';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { SelfAnswerInput } from '../../shared/scheduling';
import type { SignInResult } from '../../shared/types';
import { appendAudit } from '../audit/log';
import { CANDIDATE_PASSWORD_COST, hashPassword } from '../auth/password';
import { authenticate, type SignInDeps } from '../auth/sign-in';
import { createSession, principalOf } from '../auth/sessions';
import * as access from '../db/queries/apl-access';
import { insertAccount, resetFailures } from '../db/queries/accounts';
import { revokeAllFor } from '../db/queries/auth-sessions';
import { applicationOf, selfAssessmentOf } from '../db/queries/scheduling-apl';
import type { Db } from '../db/open';
import { candidateAccountId } from '../ids';
import { aplContext, aplDetail, refuseUsed, type AplScope } from './apl';
import { saveSelfAssessment } from './apl-forms';
import { PASSWORD_ALPHABET, readablePassword } from './handover';

type Key = { candidateId: string; schemeId: string };
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The username of an application's APL.02 sign-in: `apl-` and six letters or digits from the
 * password alphabet, derived from the application's id, so issuing again keeps the name the
 * candidate may already have written down; a later letter is added in the unlikely case it is taken.
 */
export function aplUsername(db: Db, applicationId: string, accountId: string | null): string {
  const digest = crypto.createHash('sha256').update(applicationId).digest();
  const letters = [...digest].map((b) => PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length].toLowerCase()).join('');
  for (let n = 6; n <= letters.length; n++) {
    const name = APL_USERNAME_PREFIX + letters.slice(0, n);
    if (!access.usernameTaken(db, name, accountId)) return name;
  }
  throw new AppError('INTERNAL', { ref: 'apl-username' });
}

/** The admin's view of an application's APL.02 sign-in, without the password. */
export function selfAccessState(db: Db, scope: AplScope, key: Key): AplAccessState {
  const { application } = aplContext(db, scope, key.candidateId, key.schemeId);
  const row = application ? access.aplAccessOfApplication(db, application.id) : undefined;
  return row ? { username: row.username, expiresAt: row.until, submittedAt: row.submitted_at } : null;
}

/**
 * Refused before any hashing: an APL.02 sign-in is for the current application (FR.APL.01 saved), and not
 * for one a session already used (its FR.APL.02 is that session's record).
 */
export function checkSelfAccess(db: Db, scope: AplScope, key: Key, now: Date): void {
  const { application } = aplContext(db, scope, key.candidateId, key.schemeId);
  if (!application) throw new AppError('APL_SELF_NEEDS_APL01');
  refuseUsed(db, application, now);
}

export const hashSelfPassword = async (): Promise<{ password: string; hash: string }> => {
  const password = readablePassword();
  return { password, hash: await hashPassword(password, { N: CANDIDATE_PASSWORD_COST }) };
};

/**
 * Makes the candidate's one account the APL.02 sign-in of this application for APL_SELF_DAYS days:
 * created on the first issue, otherwise renamed and given the new password (a session's password
 * issued earlier stops working until sessions/issuePasswords issues it again, which passwordsPending
 * warns of). Any sign-in of the account ends. Audited without the password, which is returned once.
 */
export function storeSelfAccess(db: Db, principal: Principal, scope: AplScope, key: Key, hashed: { password: string; hash: string }, now: Date): IssuedAplAccess {
  const { candidate, scheme, application } = aplContext(db, scope, key.candidateId, key.schemeId);
  if (!application) throw new AppError('APL_SELF_NEEDS_APL01');
  refuseUsed(db, application, now);
  const at = now.toISOString();
  const until = new Date(now.getTime() + APL_SELF_DAYS * DAY_MS).toISOString();
  const existing = access.candidateAccount(db, candidate.id);
  const username = aplUsername(db, application.id, existing?.id ?? null);
  let accountId = existing?.id;
  if (accountId) {
    access.setAplAccess(db, { accountId, username, displayName: candidate.name, passwordHash: hashed.hash, applicationId: application.id, until });
    revokeAllFor(db, accountId, at);
  } else {
    accountId = candidateAccountId(candidate.id);
    insertAccount(db, {
      id: accountId,
      role: 'candidate',
      username,
      displayName: candidate.name,
      passwordHash: hashed.hash,
      lspId: candidate.lsp_id,
      assessorId: null,
      candidateId: candidate.id,
      createdAt: at,
    });
    access.setAplAccessOnNew(db, accountId, application.id, until);
  }
  appendAudit(
    db,
    principal,
    {
      action: 'apl02.issueAccess',
      entity: 'apl_application',
      entityId: application.id,
      details: { candidateId: candidate.id, schemeId: scheme.id, accountId, username, until, replaced: existing ? existing.username : null },
    },
    now,
  );
  return {
    username,
    password: hashed.password,
    candidateName: candidate.name,
    schemeCode: scheme.code,
    schemeTitleId: scheme.title_id,
    schemeTitleEn: scheme.title_en,
    issuedAt: at,
    expiresAt: until,
  };
}

type SelfContext = { access: access.AplAccessRow; scope: AplScope; key: Key };

/**
 * An APL.02 sign-in ends when the assessor reviews the form or its days pass (a submitted form still reads),
 * and when a newer round of the candidate's applications was started: it reaches their current one only.
 */
function refuseEnded(db: Db, row: access.AplAccessRow, applicationId: string, now: Date): void {
  const application = access.applicationById(db, applicationId);
  const current = application ? applicationOf(db, application.lsp_id, application.candidate_id, application.scheme_id) : undefined;
  if (current && current.id !== applicationId) throw new AppError('APL_SELF_SUPERSEDED');
  // The instant, not its UTC day: the text shows the day it ends where the candidate is (readableParams).
  if (row.until <= now.toISOString()) throw new AppError('APL_SELF_EXPIRED', { date: row.until });
  if (selfAssessmentOf(db, applicationId)?.reviewed_at) throw new AppError('APL_SELF_REVIEWED');
}

/**
 * The one application a candidate's sign-in reaches, from the account itself, never from arguments:
 * a session's sign-in (no apl_application_id) reaches none, and the form closes once reviewed or expired.
 */
function selfContext(db: Db, principal: Principal, now: Date): SelfContext {
  const row = principal.candidateId ? access.aplAccessOf(db, principal.accountId) : undefined;
  const application = row ? access.applicationById(db, row.application_id) : undefined;
  if (!row || !application || application.candidate_id !== principal.candidateId) throw new AppError('APL_SELF_NO_ACCESS');
  refuseEnded(db, row, application.id, now);
  return { access: row, scope: { lspId: application.lsp_id, assessor: null }, key: { candidateId: application.candidate_id, schemeId: application.scheme_id } };
}

function selfView(db: Db, ctx: SelfContext, now: Date): AplSelf {
  const detail = aplDetail(db, ctx.scope, ctx.key.candidateId, ctx.key.schemeId, now);
  const a = detail.apl02;
  return {
    candidateName: detail.candidate.name,
    scheme: { code: detail.scheme.code, version: detail.scheme.version, titleId: detail.scheme.titleId, titleEn: detail.scheme.titleEn },
    rows: a.rows,
    complete: a.complete,
    savedAt: a.savedAt,
    enteredBy: a.enteredBy,
    status: a.review ? 'reviewed' : ctx.access.submitted_at ? 'submitted' : 'open',
    expiresAt: ctx.access.until,
  };
}

export const mySelfAssessment = (db: Db, principal: Principal, now: Date): AplSelf => selfView(db, selfContext(db, principal, now), now);

/** The candidate's own answers: entered_by 'candidate', saved_by their account; refused once submitted. */
export function saveMySelfAssessment(db: Db, principal: Principal, answers: SelfAnswerInput[], now: Date): AplSelf {
  const ctx = selfContext(db, principal, now);
  if (ctx.access.submitted_at) throw new AppError('APL_SELF_SUBMITTED');
  saveSelfAssessment(db, principal, ctx.scope, { ...ctx.key, answers }, 'candidate', now);
  return selfView(db, ctx, now);
}

/** Locks the form for the assessor: every element must be answered (the review needs them all). */
export function submitMySelfAssessment(db: Db, principal: Principal, now: Date): AplSelf {
  const ctx = selfContext(db, principal, now);
  const view = selfView(db, ctx, now);
  if (ctx.access.submitted_at) return view;
  const missing = view.rows.filter((r) => r.answer === null).length;
  if (missing > 0) throw new AppError('APL02_INCOMPLETE', { count: missing });
  const at = now.toISOString();
  access.markAplSubmitted(db, principal.accountId, at);
  appendAudit(db, principal, { action: 'apl02.submit', entity: 'apl_application', entityId: ctx.access.application_id, details: { ...ctx.key } }, now);
  return selfView(db, { ...ctx, access: { ...ctx.access, submitted_at: at } }, now);
}

/**
 * Signs in with an APL.02 sign-in: the password first (rate-limited and counted like any sign-in),
 * then only an account with an open APL.02 sign-in; a session's sign-in is refused here as a wrong
 * password would be, so this form tells a stranger nothing about other accounts.
 */
export async function aplSignIn(deps: SignInDeps, username: string, password: string): Promise<SignInResult> {
  const { db, clock } = deps;
  const account = await authenticate(deps, username, password, ['candidate']);
  const row = access.aplAccessOf(db, account.id);
  if (!row) throw new AppError('BAD_CREDENTIALS');
  return db.transaction(() => {
    const now = clock.now();
    refuseEnded(db, row, row.application_id, now);
    resetFailures(db, account.id);
    const session = createSession(db, clock, account);
    const principal = principalOf(account);
    appendAudit(db, principal, { action: 'auth.signIn', entity: 'account', entityId: account.id, details: { aplApplicationId: row.application_id } }, now);
    return { ...session, principal: { ...principal } };
  })();
}
