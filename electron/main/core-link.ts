import { AppError, isApiError, type Reply } from '../shared/errors';
import type { FromCore, HostStartOptions, ToCore } from '../shared/core-channel';
import type { BridgeMessage } from '../shared/ipc';

/** A running core process as main sees it: Electron's UtilityProcess, or a Node fork in tests. */
export type CoreProcess = {
  send: (message: ToCore) => void;
  onMessage: (listener: (message: FromCore) => void) => void;
  onExit: (listener: (code: number | null) => void) => void;
  kill: () => void;
};

export type SpawnCore = () => CoreProcess;

/** safeStorage as main offers it: synchronous, in this process, never written anywhere by main. */
export type OsSeal = { encrypt: (plain: Buffer) => Buffer; decrypt: (sealed: Buffer) => Buffer };

export type CoreLinkOptions = {
  spawn: SpawnCore;
  start: Omit<HostStartOptions, 'osProtection' | 'reopenRoom'>;
  os: OsSeal | null;
  /** After a crash, once the new core process answers again (the window is told). */
  onRestarted?: () => void;
  /** Whether the LAN room is open, each time that changes (a crash keeps it open: the room is reopened). */
  onRoom?: (open: boolean) => void;
  log?: (message: string, error?: unknown) => void;
};

export type Listener = (message: BridgeMessage) => void;
export type Download = { name: string; size: number; mediaType: string | null; body: ReadableStream<Uint8Array> };

type Waiter = (message: Extract<FromCore, { id: number }>) => void;
type Subscription = { token: string | null; listener: Listener; onEnd: () => void };

const CRASH_WINDOW_MS = 60_000;

function asBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** Where the room listens, when it is open: what a restart reopens. */
function openRoomOf(status: { open: boolean; host: string | null; port: number | null }): { host: string; port: number } | null {
  return status.open && status.host && status.port ? { host: status.host, port: status.port } : null;
}

function lostReply(): Reply<never> {
  // Not acknowledged, so not saved as far as the caller knows: the renderer's outbox sends it again.
  return { ok: false, error: new AppError('INTERNAL', { ref: 'core-restarted' }).toApiError() };
}

/**
 * Main's end of the core process: every renderer call, subscription, bundle file and safeStorage
 * request goes through here. When the process dies it is started again, open subscriptions are made
 * again, the room the proctor had open is reopened, and calls in flight get an error (never a false
 * acknowledgement), which the renderer retries.
 */
export function createCoreLink(options: CoreLinkOptions) {
  const log = options.log ?? ((message, error) => console.error(`[ruang-uji] ${message}`, error ?? ''));
  let child: CoreProcess | null = null;
  let nextId = 1;
  let closing = false;
  let everStarted = false;
  let restarts = 0;
  let crashes: number[] = [];
  let room: { host: string; port: number } | null = null;
  const setRoom = (next: { host: string; port: number } | null) => {
    const wasOpen = room !== null;
    room = next;
    if (wasOpen !== (room !== null)) options.onRoom?.(room !== null);
  };
  const waiters = new Map<number, Waiter>();
  const subscriptions = new Map<string, Subscription>();
  let readyResolve: (info: { version: string; dataDir: string }) => void = () => {};
  let readyReject: (err: Error) => void = () => {};
  const ready = new Promise<{ version: string; dataDir: string }>((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });

  function send(message: ToCore): void {
    // Between a crash and the restart: the next process answers it (its start-up comes first).
    if (child) child.send(message);
    else outbox.push(message);
  }
  const outbox: ToCore[] = [];

  function request(build: (id: number) => ToCore, waiter: Waiter): number {
    const id = nextId++;
    waiters.set(id, waiter);
    send(build(id));
    return id;
  }

  function replyOf<T>(build: (id: number) => ToCore): Promise<Reply<T>> {
    return new Promise((resolve) => {
      request(build, (message) => {
        if (message.type !== 'reply') return;
        waiters.delete(message.id);
        resolve(message.reply as Reply<T>);
      });
    });
  }

  function answerOs(id: number, op: 'encrypt' | 'decrypt', data: Uint8Array): void {
    try {
      if (!options.os) throw new Error('no OS protection here');
      const out = op === 'encrypt' ? options.os.encrypt(asBuffer(data)) : options.os.decrypt(asBuffer(data));
      child?.send({ type: 'os/answer', id, data: out, failure: null });
    } catch (err) {
      child?.send({ type: 'os/answer', id, data: null, failure: err instanceof Error ? err.message : String(err) });
    }
  }

  function onMessage(message: FromCore): void {
    switch (message.type) {
      case 'started':
        // A room that could not be reopened is kept, to be tried again at the next start.
        setRoom(openRoomOf(message.room) ?? room);
        if (!everStarted) {
          everStarted = true;
          readyResolve({ version: message.version, dataDir: message.dataDir });
        } else {
          options.onRestarted?.();
        }
        return;
      case 'startFailed': {
        const { failure } = message;
        // The whole refusal, fields and reasons too: they say what the message alone does not (each broken rule).
        const error =
          'apiError' in failure && isApiError(failure.apiError)
            ? new AppError(failure.apiError.code, failure.apiError.params, failure.apiError.fields, failure.apiError.reasons)
            : new Error('message' in failure ? failure.message : 'core process failed');
        if (!everStarted) {
          closing = true;
          readyReject(error);
          child?.kill();
        } else {
          log('core process could not start again', error);
        }
        return;
      }
      case 'room':
        setRoom(openRoomOf(message.status));
        return;
      case 'event':
        subscriptions.get(message.subscriptionId)?.listener(message.message);
        return;
      case 'ended': {
        const sub = subscriptions.get(message.subscriptionId);
        subscriptions.delete(message.subscriptionId);
        sub?.onEnd();
        return;
      }
      case 'os/request':
        answerOs(message.id, message.op, message.data);
        return;
      default:
        waiters.get(message.id)?.(message);
    }
  }

  function launch(): void {
    const started = options.spawn();
    child = started;
    started.onMessage(onMessage);
    started.onExit((code) => {
      if (child !== started) return;
      child = null;
      onExit(code);
    });
    started.send({ type: 'start', options: { ...options.start, osProtection: options.os !== null, reopenRoom: room } });
    // Subscriptions the window holds carry over to the new process, under the same ids.
    for (const [subscriptionId, sub] of subscriptions) {
      const id = nextId++;
      waiters.set(id, (message) => {
        if (message.type !== 'reply') return;
        waiters.delete(id);
        if (!message.reply.ok && subscriptions.get(subscriptionId) === sub) {
          subscriptions.delete(subscriptionId);
          sub.onEnd();
        }
      });
      started.send({ type: 'subscribe', id, subscriptionId, token: sub.token });
    }
    for (const message of outbox.splice(0)) started.send(message);
  }

  function onExit(code: number | null): void {
    // Whatever was in flight died with the process: each gets an error, none a false acknowledgement.
    for (const [id, waiter] of [...waiters]) waiter({ type: 'reply', id, reply: lostReply() });
    waiters.clear();
    if (closing) return;
    if (!everStarted) {
      closing = true;
      readyReject(new Error(`core process exited with code ${code} before it started`));
      return;
    }
    log(`core process exited (code ${code}); starting it again`);
    const now = Date.now();
    crashes = [...crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    // A process that keeps dying is not restarted in a tight loop.
    const delay = crashes.length <= 1 ? 0 : Math.min(5_000, 250 * 2 ** crashes.length);
    restarts++;
    setTimeout(() => {
      if (!closing) launch();
    }, delay).unref?.();
  }

  launch();

  let nextSub = 1;
  return {
    ready,
    get restarts() {
      return restarts;
    },
    dispatch: (method: string, args: unknown, token: string | null) => replyOf<unknown>((id) => ({ type: 'call', id, method, args, token })),

    /** Resolves to the unsubscribe function, or the core's refusal (a bad token) as a Reply. */
    async subscribe(token: string | null, listener: Listener, onEnd: () => void = () => {}): Promise<Reply<() => void>> {
      const subscriptionId = `m${nextSub++}`;
      const sub: Subscription = { token, listener, onEnd };
      subscriptions.set(subscriptionId, sub);
      const reply = await replyOf<unknown>((id) => ({ type: 'subscribe', id, subscriptionId, token }));
      if (!reply.ok) {
        subscriptions.delete(subscriptionId);
        return reply;
      }
      return {
        ok: true,
        result: () => {
          if (subscriptions.get(subscriptionId) !== sub) return;
          subscriptions.delete(subscriptionId);
          send({ type: 'unsubscribe', subscriptionId });
        },
      };
    },

    updateSource: () =>
      new Promise<string | null>((resolve) => {
        request((id) => ({ type: 'updateSource', id }), (message) => {
          waiters.delete(message.id);
          resolve(message.type === 'value' ? message.value : null);
        });
      }),

    /** One chunk in flight at a time: the core acknowledges each once written, so memory stays flat. */
    upload(token: string | null, body: AsyncIterable<Uint8Array>, declaredBytes: number | null): Promise<Reply<{ uploadId: string; bytes: number }>> {
      return new Promise((resolve) => {
        const iterator = body[Symbol.asyncIterator]();
        let done = false;
        const finish = (reply: Reply<{ uploadId: string; bytes: number }>) => {
          done = true;
          waiters.delete(id);
          void iterator.return?.();
          resolve(reply);
        };
        const id = request((id) => ({ type: 'upload/start', id, token, declaredBytes }), (message) => {
          if (message.type === 'reply') finish(message.reply as Reply<{ uploadId: string; bytes: number }>);
          else if (message.type === 'upload/ack' && !done) {
            iterator.next().then(
              (next) => send(next.done ? { type: 'upload/end', id } : { type: 'upload/chunk', id, data: next.value }),
              () => send({ type: 'upload/abort', id }),
            );
          }
        });
      });
    },

    /** The file as a stream pulled piece by piece from the core process. */
    download(token: string | null, name: string, what: 'export' | 'attachment' = 'export'): Promise<Reply<Download>> {
      return new Promise((resolve) => {
        let pull: { resolve: () => void; controller: ReadableStreamDefaultController<Uint8Array> } | null = null;
        let broken = false;
        const id = request((id) => ({ type: 'download/open', id, token, name, what }), (message) => {
          if (message.type === 'download/ready') {
            const body = new ReadableStream<Uint8Array>({
              pull: (controller) =>
                new Promise<void>((done) => {
                  if (broken) {
                    controller.error(new Error('download failed'));
                    done();
                    return;
                  }
                  pull = { resolve: done, controller };
                  send({ type: 'download/pull', id });
                }),
              cancel: () => {
                waiters.delete(id);
                send({ type: 'download/cancel', id });
              },
            });
            resolve({ ok: true, result: { name: message.name, size: message.size, mediaType: message.mediaType, body } });
          } else if (message.type === 'download/chunk' && pull) {
            const { controller, resolve: done } = pull;
            pull = null;
            if (message.data) controller.enqueue(message.data);
            else {
              waiters.delete(id);
              controller.close();
            }
            done();
          } else if (message.type === 'reply') {
            waiters.delete(id);
            if (pull) {
              // Failed half-way (or the process died): the response errors rather than ending short.
              pull.controller.error(new Error('download failed'));
              pull.resolve();
              pull = null;
            } else {
              // Before 'ready' this is the refusal; after it, the next pull fails.
              broken = true;
              resolve(message.reply as Reply<never>);
            }
          }
        });
      });
    },

    /** The room as the core process last reported it (reopened after a crash). */
    openRoom: () => room,

    /** For tests: the running process, e.g. to kill it. */
    current: () => child,

    /** Stops the core process cleanly (it closes the database); no restart after this. */
    close(timeoutMs = 5_000): Promise<void> {
      if (closing && !child) return Promise.resolve();
      closing = true;
      // The room goes with the process.
      setRoom(null);
      const running = child;
      if (!running) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          running.kill();
          resolve();
        }, timeoutMs);
        running.onExit(() => {
          clearTimeout(timer);
          resolve();
        });
        running.send({ type: 'shutdown', id: nextId++ });
      });
    },
  };
}

export type CoreLink = ReturnType<typeof createCoreLink>;
