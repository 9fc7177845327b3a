import path from 'node:path';
import type { Principal } from '../shared/roles';
import { AppError } from '../shared/errors';
import type { EventMessage } from '../shared/contract';
import { createDispatcher, type Dispatch, type DispatchLog } from './api/dispatcher';
import type { CoreContext } from './api/context';
import { handlers } from './api/handlers';
import { deleteExpiredSessions, resolveToken } from './auth/sessions';
import { liftLapsedLocks, LOCK_SWEEP_MS } from './auth/lock-lapse';
import { ENDS_SIGN_INS, STREAM_SWEEP_MS, tokenLifetime } from './auth/stream-lifetime';
import { systemClock, type Clock } from './clock';
import { DB_FILE_NAME, openDatabase, type Db } from './db/open';
import { countCatalogue } from './db/queries/bundles';
import { seedDemo } from './demo/seed';
import { seedTukStation } from './demo/tuk-station';
import { newBundleState } from './bundles/state';
import { clearScratch } from './bundles/transfers';
import { EventBus } from './events';
import { ensureInstallationKeys } from './keys/installation';
import { KeyVault, type OsProtection } from './keys/vault';
import { ExamDayLive } from './exam-day/live';
import { RollingBackups } from './backup/rolling';
import { NO_ROOM, type RoomControl } from './room';
import { GroupCommit } from './db/group-commit';
import { AuditAnchor } from './audit/anchor';
import { AuditIntegrityCheck } from './audit/integrity';
import type { AuditIntegrity } from '../shared/types';
import { lastLink as lastAuditLink } from './db/queries/audit';
import { ACCOUNT_SIGN_INS_PER_MINUTE, RateLimiter } from './auth/rate-limit';
import { recordRestarts, sessionsLeftRunning } from './exam-day/restarts';
import { APP_VERSION } from './version';

const SESSION_CLEANUP_MS = 60 * 60 * 1000;

export type CoreOptions = {
  dataDir: string;
  clock?: Clock;
  nativeBinding?: string;
  /** Create the embedded demo when the database is empty (the default for `start` and `serve`). */
  demoIfEmpty?: boolean;
  /** Instead: a demo TUK computer holding only the proctor's account, waiting for a session bundle. */
  tukStationIfEmpty?: boolean;
  /** Lower scrypt cost for test fixtures only. */
  passwordCost?: number;
  log?: DispatchLog;
  /** The OS's protection for the data key (Electron safeStorage); without it, key holders' passwords. */
  osProtection?: OsProtection | null;
  /**
   * This process runs the exam day (`serve`, the desktop's core process), not a one-off CLI command: on
   * start it records in the berita acara of every session still running that the room server restarted.
   */
  hostsExamDay?: boolean;
  /** age scrypt work factor for passphrase bundles (tests only; default 18). */
  bundleScryptLogN?: number;
  /** Told what the audit log check at start found broken, and when its background walk of the whole log ends (`serve` prints it). */
  onAuditIntegrity?: (state: AuditIntegrity) => void;
};

export type Core = {
  db: Db;
  dataDir: string;
  context: CoreContext;
  dbFile: string;
  version: string;
  dispatch: Dispatch;
  /**
   * Subscribes a signed-in caller to pushes; throws UNAUTHENTICATED for a bad token. The subscription
   * ends, and `onEnd` runs, when the token does (sign-out, expiry, revocation).
   */
  subscribe: (token: string | null, listener: (message: EventMessage) => void, onEnd?: () => void) => () => void;
  principalFor: (token: string | null) => Principal | null;
  /** Presence and batched board pushes of the exam day. */
  examDay: ExamDayLive;
  backups: RollingBackups;
  /** The host process offers the LAN listener through this (see electron/server/lan.ts). */
  setRoomControl: (control: RoomControl) => void;
  close: () => void;
};

export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const dbFile = path.join(options.dataDir, DB_FILE_NAME);
  const db = openDatabase(dbFile, { nativeBinding: options.nativeBinding });
  let vault: KeyVault;
  // Rows up to here were written before this process: the anchor signs them only with a note saying so.
  const auditStartSeq = lastAuditLink(db)?.seq ?? 0;
  // Read before this start writes anything, so the last activity is the one before the restart.
  const leftRunning = options.hostsExamDay ? sessionsLeftRunning(db) : [];
  try {
    // "Empty" counts accounts too: a TUK station has a proctor but no LSP until its first session bundle.
    const empty = countCatalogue(db) === 0;
    if (options.tukStationIfEmpty && empty) await seedTukStation(db, clock, { passwordCost: options.passwordCost });
    else if (options.demoIfEmpty && empty) await seedDemo(db, clock, { passwordCost: options.passwordCost });
    vault = await KeyVault.openProtected({ db, keysDir: path.join(options.dataDir, 'keys'), os: options.osProtection, wrapCost: options.passwordCost });
    await ensureInstallationKeys(db, vault, clock.now());
    deleteExpiredSessions(db, clock);
    // Plaintext left by an import or export that was interrupted by a crash.
    clearScratch(options.dataDir);
    recordRestarts(db, leftRunning, clock.now());
  } catch (err) {
    db.close();
    throw err;
  }
  const events = new EventBus();
  const examDay = new ExamDayLive(db, clock, events);
  const signInLimiter = new RateLimiter(ACCOUNT_SIGN_INS_PER_MINUTE, 60_000);
  // Before the anchor signs the end of the log as it is now: what was done to the file while the app was stopped is seen first.
  const integrity = new AuditIntegrityCheck(db, options.dataDir, clock, options.onAuditIntegrity);
  integrity.run();
  const anchor = new AuditAnchor({ db, vault, dataDir: options.dataDir, clock, startSeq: auditStartSeq, log: (message, error) => console.error(`[ruang-uji] ${message}`, error) });
  anchor.start();
  const backups = new RollingBackups(db, dbFile, clock, options.nativeBinding, (copy) => anchor.signEveryBatchWhile(copy));
  // A batch of answer saves gets its head signed inside its own commit when one is due: no extra fsync on the hot path.
  const commits = new GroupCommit(db, () => anchor.signInBatch());
  examDay.heardLog.joinCommit((write) => commits.run(write));
  examDay.heldRefusals.joinCommit((write) => commits.run(write));
  const context: CoreContext = {
    db,
    clock,
    events,
    examDay,
    signInLimiter,
    backups,
    room: NO_ROOM,
    commits,
    anchor,
    integrity,
    version: APP_VERSION,
    dataDir: options.dataDir,
    vault,
    bundles: newBundleState(options.bundleScryptLogN),
    passwordCost: options.passwordCost,
  };
  const dispatchCall = createDispatcher(context, handlers, options.log);
  // Refused calls count too: a failed sign-in can lock an account, which ends its sign-ins.
  const dispatch: Dispatch = async (method, args, token, origin) => {
    const reply = await dispatchCall(method, args, token, origin);
    if (ENDS_SIGN_INS.has(method)) events.sweep();
    return reply;
  };
  const streamSweep = setInterval(() => events.sweep(), STREAM_SWEEP_MS);
  // An installation may run for weeks: expired sign-ins go hourly as well as at start.
  const sessionCleanup = setInterval(() => deleteExpiredSessions(db, clock), SESSION_CLEANUP_MS);
  sessionCleanup.unref();
  // A lock lifts by itself (auth/lock-lapse.ts): the proctor's board and the accounts screen hear it when it does.
  const lockSweep = setInterval(() => {
    for (const accountId of db.transaction(() => liftLapsedLocks(db, clock.now()))()) events.emit('accounts/changed', { accountId, locked: false });
  }, LOCK_SWEEP_MS);
  lockSweep.unref();
  streamSweep.unref();
  return {
    db,
    dataDir: options.dataDir,
    context,
    dbFile,
    version: APP_VERSION,
    dispatch,
    subscribe(token, listener, onEnd) {
      const principal = resolveToken(db, clock, token);
      if (!principal || !token) throw new AppError('UNAUTHENTICATED');
      return events.subscribe(principal, listener, tokenLifetime(db, clock, token, principal, onEnd));
    },
    principalFor: (token) => resolveToken(db, clock, token),
    examDay,
    backups,
    setRoomControl: (control) => {
      context.room = control;
    },
    close: () => {
      clearInterval(streamSweep);
      clearInterval(sessionCleanup);
      clearInterval(lockSweep);
      examDay.close();
      backups.close();
      integrity.stop();
      anchor.close();
      db.close();
    },
  };
}

/*
 * The public entry: server, main, host and cli import from electron/core only this file
 * (test/layers.test.ts). Everything else in the core is internal, reached through `dispatch`.
 */
export { defaultDataDir } from './paths';
export { DB_FILE_NAME } from './db/open';
export { devNativeBindingPath } from './db/native-binding';
export type { OsProtection } from './keys/vault';
export type { RoomControl } from './room';
export { ADDRESS_SIGN_INS_PER_MINUTE, RateLimiter } from './auth/rate-limit';
// Bundle files cross the transports as uploads and downloads under transfers/ (server routes, app://, CLI).
export { discardUpload, exportedFile, MAX_UPLOAD_BYTES, storeUpload, TRANSFER_ROLES } from './bundles/transfers';
// Stored attachments (a candidate's photo, a question's images) are shown from their own route, beside the bundles' files.
export { attachmentForToken } from './attachments/access';
export { listBackups } from './backup/files';
export { importBackupBundle } from './bundles/bootstrap';
export { publicKeysOfInstallation } from './keys/public';
export { recoverAdmin } from './keys/recover-admin';
export { verifyAuditReadOnly, writtenWhileLocked } from './audit/verify-file';
// The CLI speaks the installation's language, started core or not.
export { installationLanguage, installationLanguageOf } from './setup/language-file';
// The core process answers main's one question about settings (the update source) with it.
export { getSetting } from './db/queries/settings';
