import { AppError } from '../../../shared/errors';
import { appendAudit } from '../../audit/log';
import * as accounts from '../../db/queries/accounts';
import { me, type Handlers } from '../context';

export const accountHandlers = {
  'accounts/unlock': ({ accountId, reason }, call) => {
    const principal = me(call);
    const { db, clock, events } = call.core;
    const account = accounts.findById(db, accountId);
    // A proctor runs the exam room: it may unlock candidates, not staff accounts.
    if (!account || (principal.role === 'proctor' && account.role !== 'candidate')) {
      throw new AppError('NOT_FOUND', { what: 'account' });
    }
    const wasLocked = account.lockedAt !== null;
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
