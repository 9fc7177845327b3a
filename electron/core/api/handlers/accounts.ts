import { AppError } from '../../../shared/errors';
import { assessorLink, requireFreeUsername, requireStrongPassword, staffAccount, staffView } from '../../accounts/staff';
import { appendAudit } from '../../audit/log';
import { hashPassword } from '../../auth/password';
import * as accounts from '../../db/queries/accounts';
import { revokeAllFor } from '../../db/queries/auth-sessions';
import * as sessions from '../../db/queries/sessions';
import { localDate } from '../../clock';
import { newId } from '../../ids';
import { touchSessionsOfAssessor } from '../../scheduling/assessor-account-change';
import { me, write, type Handlers } from '../context';

/*
 * Staff accounts, managed by the LSP admin (on a TUK station, its admin). Never deleted: the audit log
 * names them. A password an admin typed (new account, reset) must be changed at the next sign-in.
 */
export const accountHandlers = {
  'accounts/list': (_args, call) => accounts.listStaff(call.core.db).map((row) => staffView(call.core.db, row)),

  'accounts/create': async (args, call) => {
    const principal = me(call);
    const { db } = call.core;
    requireStrongPassword(args.password, args.username);
    const passwordHash = await hashPassword(args.password, { N: call.core.passwordCost });
    return write(call, (now) => {
      requireFreeUsername(db, args.username);
      const assessorId = assessorLink(db, args.role, args.assessorId, null);
      const id = newId();
      accounts.insertAccount(db, {
        id,
        role: args.role,
        username: args.username,
        displayName: args.displayName,
        passwordHash,
        lspId: principal.lspId,
        assessorId,
        candidateId: null,
        createdAt: now.toISOString(),
        mustChangePassword: 1,
      });
      appendAudit(db, principal, { action: 'account.create', entity: 'account', entityId: id, details: { username: args.username, role: args.role, assessorId } }, now);
      // Session bundles carry their assessors' accounts: one already sent lacks this one.
      touchSessionsOfAssessor(db, assessorId, now);
      return staffView(db, staffAccount(db, id));
    });
  },

  'accounts/update': (args, call) => {
    const principal = me(call);
    const { db } = call.core;
    return write(call, (now) => {
      const before = staffAccount(db, args.accountId);
      // The admin acting keeps their role, so the installation always has an admin who can sign in.
      if (args.accountId === principal.accountId && args.role !== 'lsp_admin') throw new AppError('ACCOUNT_SELF');
      const assessorId = assessorLink(db, args.role, args.assessorId ?? before.assessorId, args.accountId);
      accounts.updateAccount(db, { id: args.accountId, role: args.role, displayName: args.displayName, assessorId });
      // The sessions of the assessor it leaves and of the one it links: their bundles hold the account as it was.
      touchSessionsOfAssessor(db, before.assessorId, now);
      if (assessorId !== before.assessorId) touchSessionsOfAssessor(db, assessorId, now);
      appendAudit(db, principal, {
        action: 'account.update',
        entity: 'account',
        entityId: args.accountId,
        details: { before: { role: before.role, displayName: before.displayName, assessorId: before.assessorId }, after: { role: args.role, displayName: args.displayName, assessorId } },
      }, now);
      return staffView(db, staffAccount(db, args.accountId));
    });
  },

  'accounts/setDisabled': (args, call) => {
    const principal = me(call);
    const { db } = call.core;
    if (args.accountId === principal.accountId) throw new AppError('ACCOUNT_SELF');
    return write(call, (now) => {
      const target = staffAccount(db, args.accountId);
      accounts.setDisabled(db, args.accountId, args.disabled ? 1 : 0);
      touchSessionsOfAssessor(db, target.assessorId, now);
      // A disabled account's open sign-ins end now, not at their expiry.
      if (args.disabled) revokeAllFor(db, args.accountId, now.toISOString());
      appendAudit(db, principal, {
        action: args.disabled ? 'account.disable' : 'account.enable',
        entity: 'account',
        entityId: args.accountId,
        details: { reason: args.reason },
      }, now);
      return staffView(db, staffAccount(db, args.accountId));
    });
  },

  'accounts/resetPassword': async (args, call) => {
    const principal = me(call);
    const { db } = call.core;
    const target = staffAccount(db, args.accountId);
    requireStrongPassword(args.password, target.username);
    const passwordHash = await hashPassword(args.password, { N: call.core.passwordCost });
    return write(call, (now) => {
      accounts.setPassword(db, args.accountId, passwordHash, 1);
      revokeAllFor(db, args.accountId, now.toISOString());
      // The TUK holding a bundle has the old hash: the new password would not sign in there.
      touchSessionsOfAssessor(db, target.assessorId, now);
      appendAudit(db, principal, { action: 'account.resetPassword', entity: 'account', entityId: args.accountId }, now);
      return staffView(db, staffAccount(db, args.accountId));
    });
  },

  'accounts/unlock': ({ accountId, reason }, call) => {
    const principal = me(call);
    const { db, clock, events } = call.core;
    const account = accounts.findById(db, accountId);
    // A proctor runs the exam room: it may unlock candidates, and the assessors of today's sessions (an
    // assessor locked out on the exam day cannot wait for the LSP); other staff only the LSP admin.
    const proctorMay =
      account?.role === 'candidate' ||
      (account?.role === 'assessor' && account.assessorId !== null && sessions.assessorServesOn(db, account.assessorId, localDate(clock.now())));
    if (!account || (principal.role === 'proctor' && !proctorMay)) {
      throw new AppError('NOT_FOUND', { what: 'account' });
    }
    const wasLocked = account.lockedAt !== null || account.hereLockedAt !== null;
    db.transaction(() => {
      accounts.unlock(db, accountId);
      appendAudit(
        db,
        principal,
        { action: 'account.unlock', entity: 'account', entityId: accountId, details: { reason, wasLocked } },
        clock.now(),
      );
    })();
    events.emit('accounts/changed', { accountId, locked: false });
    return { accountId, unlocked: wasLocked };
  },
} satisfies Partial<Handlers>;
