import { appendAudit } from '../../audit/log';
import { me, type CallContext, type Handlers } from '../context';

function audited(call: CallContext, action: string, details: Record<string, unknown>): void {
  const { db, clock } = call.core;
  db.transaction(() => appendAudit(db, me(call), { action, details }, clock.now()))();
}

/** Opening the room to the LAN is the proctor's explicit, audited act. */
export const roomHandlers = {
  'room/status': (_args, call) => call.core.room.status(),
  'room/open': async (args, call) => {
    const status = await call.core.room.open(args.host, args.port);
    audited(call, 'room.opened', { host: status.host, port: status.port });
    return status;
  },
  'room/close': async (_args, call) => {
    const status = await call.core.room.close();
    audited(call, 'room.closed', {});
    return status;
  },
} satisfies Partial<Handlers>;
