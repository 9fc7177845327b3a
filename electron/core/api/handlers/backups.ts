import { me, type Handlers } from '../context';

/** Rolling backups of the exam day: where, how often, how many, and restoring one. */
export const backupHandlers = {
  'backups/status': (_args, call) => call.core.backups.status(),
  'backups/configure': (args, call) => call.core.backups.configure(me(call), args),
  'backups/takeNow': (_args, call) => call.core.backups.now(me(call)),
  'backups/restore': (args, call) => call.core.backups.restore(me(call), args.name, args.reason),
} satisfies Partial<Handlers>;
