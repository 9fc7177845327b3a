import { getSetting, type OsProtection } from '../core';
import { AppError } from '../shared/errors';
import { UPDATE_SOURCE_SETTING, type FromCore, type HostFailure, type HostStartOptions, type ToCore } from '../shared/core-channel';
import { startCoreHost, type CoreHost } from './core-host';
import { fileRelay } from './file-relay';

/** Either end of the process boundary: a utilityProcess parent port, or a Node fork's IPC channel. */
export type CoreChannel = {
  send: (message: FromCore) => void;
  onMessage: (listener: (message: ToCore) => void) => void;
};

export function hostFailure(err: unknown): HostFailure {
  if (err instanceof AppError) return { apiError: err.toApiError() };
  return { message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
}

/** safeStorage lives in the main process: each seal or unseal is a request to it, answered on the same channel. */
function remoteOsProtection(send: (message: FromCore) => void) {
  let nextId = 1;
  const pending = new Map<number, { resolve: (data: Buffer) => void; reject: (err: Error) => void }>();
  const ask = (op: 'encrypt' | 'decrypt', data: Buffer) =>
    new Promise<Buffer>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ type: 'os/request', id, op, data });
    });
  const protection: OsProtection = { encrypt: (plain) => ask('encrypt', plain), decrypt: (sealed) => ask('decrypt', sealed) };
  return {
    protection,
    answer(id: number, data: Uint8Array | null, failure: string | null): void {
      const waiter = pending.get(id);
      pending.delete(id);
      if (!waiter) return;
      if (data) waiter.resolve(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      else waiter.reject(new Error(failure ?? 'safeStorage failed'));
    },
  };
}

/**
 * The core process's side of the channel: waits for 'start', opens the core and the room server, then
 * answers calls, holds subscriptions and relays bundle files until 'shutdown' (or the channel closes).
 * `exit` ends the process; tests pass their own.
 */
export function serveCoreChannel(channel: CoreChannel, exit: (code: number) => void = (code) => process.exit(code)): { stop: () => Promise<void> } {
  const { send } = channel;
  const os = remoteOsProtection(send);
  let host: CoreHost | null = null;
  let files: ReturnType<typeof fileRelay> | null = null;
  const subscriptions = new Map<string, () => void>();
  // Messages that arrive while the core opens (the first calls race 'started') wait for it.
  let starting: Promise<void> | null = null;

  async function start(options: HostStartOptions): Promise<void> {
    try {
      host = await startCoreHost({
        core: {
          dataDir: options.dataDir,
          nativeBinding: options.nativeBinding,
          demoIfEmpty: options.demoIfEmpty,
          osProtection: options.osProtection ? os.protection : null,
          passwordCost: options.passwordCost,
        },
        staticDir: options.staticDir,
        loopbackRoom: options.loopbackRoom,
        onRoomChange: (status) => send({ type: 'room', status }),
      });
    } catch (err) {
      send({ type: 'startFailed', failure: hostFailure(err) });
      return;
    }
    files = fileRelay(host.core, send);
    if (options.reopenRoom) {
      // The proctor had the room open when the process died: lab PCs reconnect to the same address.
      await host.room.open(options.reopenRoom.host, options.reopenRoom.port).catch((err: unknown) => console.error('[ruang-uji] room not reopened', err));
    }
    send({ type: 'started', version: host.core.version, dataDir: host.core.dataDir, room: host.room.status() });
  }

  function subscribe(core: CoreHost['core'], id: number, subscriptionId: string, token: string | null): void {
    try {
      subscriptions.get(subscriptionId)?.();
      const unsubscribe = core.subscribe(
        token,
        (message) => send({ type: 'event', subscriptionId, message }),
        () => {
          subscriptions.delete(subscriptionId);
          send({ type: 'ended', subscriptionId });
        },
      );
      subscriptions.set(subscriptionId, unsubscribe);
      send({ type: 'reply', id, reply: { ok: true, result: { subscriptionId } } });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      send({ type: 'reply', id, reply: { ok: false, error: err.toApiError() } });
    }
  }

  async function stop(): Promise<void> {
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
    files?.closeAll();
    await host?.stop();
    host = null;
  }

  async function handle(message: ToCore): Promise<void> {
    if (message.type === 'start') {
      starting ??= start(message.options);
      return;
    }
    if (message.type === 'os/answer') {
      // Answered at once: the core's start-up itself may be waiting on it.
      os.answer(message.id, message.data, message.failure);
      return;
    }
    await starting;
    if (message.type === 'shutdown') {
      await stop();
      send({ type: 'stopped', id: message.id });
      exit(0);
      return;
    }
    const core = host?.core;
    if (!core || !files) {
      if ('id' in message) send({ type: 'reply', id: message.id, reply: { ok: false, error: new AppError('INTERNAL', { ref: 'starting' }).toApiError() } });
      return;
    }
    switch (message.type) {
      case 'call':
        send({ type: 'reply', id: message.id, reply: await core.dispatch(message.method, message.args, message.token) });
        return;
      case 'subscribe':
        subscribe(core, message.id, message.subscriptionId, message.token);
        return;
      case 'unsubscribe':
        subscriptions.get(message.subscriptionId)?.();
        subscriptions.delete(message.subscriptionId);
        return;
      case 'updateSource':
        send({ type: 'value', id: message.id, value: getSetting(core.db, UPDATE_SOURCE_SETTING) ?? null });
        return;
      case 'upload/start':
        files.uploadStart(message.id, message.token, message.declaredBytes);
        return;
      case 'upload/chunk':
        files.uploadChunk(message.id, message.data);
        return;
      case 'upload/end':
        files.uploadEnd(message.id);
        return;
      case 'upload/abort':
        files.uploadAbort(message.id);
        return;
      case 'download/open':
        files.downloadOpen(message.id, message.token, message.name, message.what);
        return;
      case 'download/pull':
        await files.downloadPull(message.id);
        return;
      case 'download/cancel':
        files.downloadCancel(message.id);
        return;
    }
  }

  channel.onMessage((message) => {
    handle(message).catch((err: unknown) => {
      console.error('[ruang-uji] core process', err);
      if ('id' in message && message.type !== 'os/answer') {
        send({ type: 'reply', id: message.id, reply: { ok: false, error: new AppError('INTERNAL', { ref: 'core-process' }).toApiError() } });
      }
    });
  });
  return { stop };
}
