import type { IpcRenderer } from 'electron';
import {
  EVENT_CHANNEL,
  INVOKE_CHANNEL,
  PRINT_PDF_CHANNEL,
  SUBSCRIBE_CHANNEL,
  UNSUBSCRIBE_CHANNEL,
  type BridgeListener,
  type EventEnvelope,
  type RuangUjiApi,
} from '../shared/ipc';


type IpcLike = Pick<IpcRenderer, 'invoke' | 'on'>;

/**
 * Builds the bridge over ipcRenderer without ever handing ipcRenderer (or the IPC event, whose
 * `sender` is ipcRenderer) to the page. One channel listener fans events out by subscription id.
 */
export function createBridge(ipc: IpcLike): RuangUjiApi {
  const listeners = new Map<string, BridgeListener>();
  let listening = false;
  let counter = 0;
  // A reload starts the counter again; the random prefix keeps ids from an earlier page apart.
  const prefix = Math.random().toString(36).slice(2, 10);

  const listen = () => {
    if (listening) return;
    listening = true;
    ipc.on(EVENT_CHANNEL, (_event, data: unknown) => {
      if (!isEnvelope(data)) return;
      listeners.get(data.subscriptionId)?.({ event: data.message.event, payload: data.message.payload });
    });
  };

  return {
    invoke: (method, args, token) => ipc.invoke(INVOKE_CHANNEL, method, args, token),
    printToPdf: (name) => ipc.invoke(PRINT_PDF_CHANNEL, String(name)),
    subscribe(token, listener) {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      listen();
      const id = `${prefix}-${++counter}`;
      listeners.set(id, listener);
      // The id is chosen here, before main answers, so no event can arrive for an id not yet known.
      void ipc.invoke(SUBSCRIBE_CHANNEL, id, token).then(
        (reply: unknown) => {
          if (!isOk(reply)) listeners.delete(id);
        },
        () => listeners.delete(id),
      );
      return () => {
        if (!listeners.delete(id)) return;
        void ipc.invoke(UNSUBSCRIBE_CHANNEL, id).catch(() => undefined);
      };
    },
  };
}

function isOk(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === true;
}

function isEnvelope(data: unknown): data is EventEnvelope {
  if (typeof data !== 'object' || data === null) return false;
  if (!('subscriptionId' in data) || typeof data.subscriptionId !== 'string') return false;
  if (!('message' in data) || typeof data.message !== 'object' || data.message === null) return false;
  return 'event' in data.message && typeof data.message.event === 'string';
}
