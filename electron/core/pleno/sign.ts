import { AppError } from '../../shared/errors';
import type { PlenoDetail } from '../../shared/pleno';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { verifyPassword } from '../auth/password';
import type { RateLimiter } from '../auth/rate-limit';
import type { Db } from '../db/open';
import { passwordHashFor } from '../db/queries/accounts';
import * as records from '../db/queries/pleno-records';
import { refuseIfBlocked, refuseIfChanged } from './decide';
import { plenoDetail, plenoOrThrow } from './plenos';

export type SignInput = { plenoId: string; skNumber: string; skDate: string; password: string };

/** What signing needs before any password is checked: a decided pleno, a chair with an account, an SK number not used. */
function readyToSign(db: Db, lspId: string, input: SignInput): { chairAccountId: string } {
  const p = plenoOrThrow(db, lspId, input.plenoId);
  if (p.status === 'signed') throw new AppError('PLENO_LOCKED', { status: p.status });
  if (p.status !== 'decided') throw new AppError('PLENO_NOT_DECIDED');
  const chair = records.plenoMembers(db, input.plenoId).find((m) => m.role === 'chair');
  // A disabled account signs nothing, as it signs in to nothing.
  const account = chair?.accountId ? records.accountOf(db, chair.accountId) : undefined;
  if (!chair?.accountId || !account || account.disabled) throw new AppError('PLENO_CHAIR_NO_ACCOUNT', { chair: chair?.name ?? '' });
  if (records.skTaken(db, lspId, input.skNumber, input.plenoId)) throw new AppError('PLENO_SK_TAKEN', { skNumber: input.skNumber });
  return { chairAccountId: chair.accountId };
}

/**
 * Signs a decided pleno with its SK number and date: the chair re-enters their own password (checked
 * against the chair's account, counted against that account's budget like a sign-in, a wrong one
 * audited). Signed, the pleno is locked; records that changed since the decision (a signature revoked)
 * refuse the signing as they refused the decision.
 */
export async function signPleno(
  deps: { db: Db; now: () => Date; limiter: RateLimiter },
  principal: Principal,
  lspId: string,
  input: SignInput,
): Promise<PlenoDetail> {
  const { db, now, limiter } = deps;
  const { chairAccountId } = readyToSign(db, lspId, input);
  const wait = limiter.hit(chairAccountId, now().getTime());
  if (wait > 0) throw new AppError('RATE_LIMITED', { count: wait });
  const hash = passwordHashFor(db, chairAccountId);
  if (!hash || !(await verifyPassword(input.password, hash))) {
    db.transaction(() =>
      appendAudit(db, principal, { action: 'pleno.signRefused', entity: 'pleno', entityId: input.plenoId, details: { chairAccountId } }, now()),
    )();
    throw new AppError('WRONG_PASSWORD');
  }
  return db.transaction(() => {
    const at = now();
    // Checked again in the write: the password check awaited, something may have changed meanwhile.
    readyToSign(db, lspId, input);
    refuseIfChanged(db, input.plenoId, refuseIfBlocked(db, input.plenoId));
    records.markSigned(db, { id: input.plenoId, skNumber: input.skNumber, skDate: input.skDate, at: at.toISOString(), by: principal.accountId });
    appendAudit(db, principal, { action: 'pleno.signed', entity: 'pleno', entityId: input.plenoId, details: { skNumber: input.skNumber, skDate: input.skDate, chairAccountId } }, at);
    return plenoDetail(db, lspId, input.plenoId);
  })();
}
