import type { ApiError, Reply } from './errors';
import type { BridgeMessage } from './ipc';
import type { RoomStatus } from './room';

/**
 * The messages between the Electron main process and the core process (electron/host). They live in
 * shared so main can speak them without importing the core. Every message is structured-clone data:
 * the same objects cross an Electron utilityProcess port and a Node `child_process.fork` IPC channel.
 */

/** The setting where an admin points the updater at a folder or LAN URL. */
export const UPDATE_SOURCE_SETTING = 'update.source';

/** What the core process is told to open; the main process decides, the core process only obeys. */
export type HostStartOptions = {
  dataDir: string;
  nativeBinding?: string;
  demoIfEmpty: boolean;
  /** The main process offers safeStorage: the core asks it (os/request) to seal and unseal the data key. */
  osProtection: boolean;
  /** The built renderer served to lab PCs when the room is opened; null serves the API only. */
  staticDir: string | null;
  /** After a crash: the room the proctor had open, opened again on the same card and port. */
  reopenRoom?: { host: string; port: number } | null;
  /** Tests only: offer loopback as a "network card", so a test can open the room on 127.0.0.1. */
  loopbackRoom?: boolean;
  /** Tests only: a lower scrypt cost for the demo seeded into an empty folder. */
  passwordCost?: number;
};

/** A failure that crossed the channel: an AppError keeps its code, anything else only its text. */
export type HostFailure = { apiError: ApiError } | { message: string };

export type ToCore =
  | { type: 'start'; options: HostStartOptions }
  | { type: 'call'; id: number; method: string; args: unknown; token: string | null }
  | { type: 'subscribe'; id: number; subscriptionId: string; token: string | null }
  | { type: 'unsubscribe'; subscriptionId: string }
  /** The one setting main reads (for its updater), answered by the core process: main never opens the database. */
  | { type: 'updateSource'; id: number }
  | { type: 'os/answer'; id: number; data: Uint8Array | null; failure: string | null }
  | { type: 'upload/start'; id: number; token: string | null; declaredBytes: number | null }
  | { type: 'upload/chunk'; id: number; data: Uint8Array }
  | { type: 'upload/end'; id: number }
  | { type: 'upload/abort'; id: number }
  // what: a bundle or workbook under transfers/exports, or a candidate's photo by its hash (name).
  | { type: 'download/open'; id: number; token: string | null; name: string; what: 'export' | 'attachment' }
  | { type: 'download/pull'; id: number }
  | { type: 'download/cancel'; id: number }
  | { type: 'shutdown'; id: number };

export type FromCore =
  | { type: 'started'; version: string; dataDir: string; room: RoomStatus }
  | { type: 'startFailed'; failure: HostFailure }
  | { type: 'reply'; id: number; reply: Reply<unknown> }
  | { type: 'value'; id: number; value: string | null }
  | { type: 'event'; subscriptionId: string; message: BridgeMessage }
  /** The token behind a subscription ended (sign-out, expiry): the core stopped pushing to it. */
  | { type: 'ended'; subscriptionId: string }
  | { type: 'os/request'; id: number; op: 'encrypt' | 'decrypt'; data: Uint8Array }
  /** Sent whenever the room opens or closes, so main can reopen it after a crash. */
  | { type: 'room'; status: RoomStatus }
  /** Upload: the chunk is written, send the next one. Download: the next piece, null at the end. */
  | { type: 'upload/ack'; id: number }
  | { type: 'download/chunk'; id: number; data: Uint8Array | null }
  | { type: 'download/ready'; id: number; name: string; size: number; mediaType: string | null }
  | { type: 'stopped'; id: number };

export type FromCoreOf<T extends FromCore['type']> = Extract<FromCore, { type: T }>;

