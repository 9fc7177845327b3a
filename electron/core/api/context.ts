import { AppError } from '../../shared/errors';
import type { MethodName, ParsedArgsOf, ResultOf } from '../../shared/contract';
import type { Principal } from '../../shared/roles';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import type { BundleState } from '../bundles/state';
import type { EventBus } from '../events';
import type { KeyVault } from '../keys/vault';
import type { ExamDayLive } from '../exam-day/live';
import type { RateLimiter } from '../auth/rate-limit';
import type { RollingBackups } from '../backup/rolling';
import type { RoomControl } from '../room';
import type { GroupCommit } from '../db/group-commit';
import type { AuditAnchor } from '../audit/anchor';
import type { AuditIntegrityCheck } from '../audit/integrity';

export type CoreContext = {
  db: Db;
  clock: Clock;
  events: EventBus;
  examDay: ExamDayLive;
  signInLimiter: RateLimiter;
  backups: RollingBackups;
  /** Set by the core process's host (electron/host/core-host.ts), which opens the LAN listener. */
  room: RoomControl;
  /** Answer saves share commits when they arrive together (see db/group-commit.ts). */
  commits: GroupCommit;
  /** Signs the head of the audit chain (see audit/anchor.ts). */
  anchor: AuditAnchor;
  /** What this start found of the audit log, checked again after a restore (see audit/integrity.ts). */
  integrity: AuditIntegrityCheck;
  version: string;
  dataDir: string;
  /** Seals the installation's private keys; locked after a restart under password protection. */
  vault: KeyVault;
  bundles: BundleState;
  /** scrypt cost of new password hashes (tests lower it); undefined: the default. */
  passwordCost?: number;
};

export type CallContext = {
  core: CoreContext;
  /** Null only for public methods: the dispatcher refuses anything else without a principal. */
  principal: Principal | null;
  token: string | null;
  /** The exam session a candidate's sign-in belongs to (null for staff). */
  examSessionId: string | null;
  /** Where the call was made: a wrong password counts towards that door's lock only (db/queries/accounts.ts). */
  origin: CallOrigin;
};

/** This computer (its window, the CLI, 127.0.0.1 by a loopback name), or another one over the LAN. */
export type CallOrigin = 'here' | 'lan';

export type Handler<M extends MethodName> = (
  args: ParsedArgsOf<M>,
  call: CallContext,
) => ResultOf<M> | Promise<ResultOf<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

export function me(call: CallContext): Principal {
  if (!call.principal) throw new AppError('UNAUTHENTICATED');
  return call.principal;
}

/** Runs `fn` in one write transaction, with the time it runs at from the core's clock. */
export function write<T>(call: CallContext, fn: (now: Date) => T): T {
  return call.core.db.transaction(() => fn(call.core.clock.now()))();
}

/** What confirming a signed-in caller's password needs (auth/confirm-password.ts). */
export function passwordCheck({ core }: CallContext): { db: Db; now: () => Date; limiter: RateLimiter } {
  return { db: core.db, now: () => core.clock.now(), limiter: core.signInLimiter };
}
