import { me, type Handlers } from '../context';

/** Rolling backups of the exam day: where, how often, how many, and restoring one. */
export const backupHandlers = {
  'backups/status': (_args, call) => call.core.backups.status(),
  'backups/configure': (args, call) => call.core.backups.configure(me(call), args),
  'backups/takeNow': (_args, call) => {
    // The copy then carries a head signed just before it (the timer's copies carry the latest routine one).
    call.core.anchor.sign('backup');
    return call.core.backups.now(me(call));
  },
  'backups/takeInto': ({ folder }, call) => {
    call.core.anchor.sign('backup');
    return call.core.backups.into(me(call), folder);
  },
  'backups/restore': async (args, call) => {
    const { anchor } = call.core;
    // A restore rolls the audit chain back on purpose: the next head says so, instead of verify reading
    // it as rows removed. Nothing half-restored is signed meanwhile.
    anchor.suspend();
    try {
      const status = await call.core.backups.restore(me(call), args);
      anchor.restored();
      // Another log now: what the start found of the one replaced no longer holds.
      call.core.integrity.run();
      return status;
    } finally {
      anchor.resume();
    }
  },
} satisfies Partial<Handlers>;
