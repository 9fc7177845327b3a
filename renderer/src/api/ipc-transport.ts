import { clientError } from './client-errors';
import { asReply, type Transport } from './transport';
import type { RuangUjiApi } from '../../../electron/shared/ipc';

/** The Electron preload bridge: the same contract over ipcRenderer, so the envelope is identical. */
export function createIpcTransport(bridge: RuangUjiApi): Transport {
  return {
    kind: 'ipc',
    async invoke(method, args, token) {
      try {
        return asReply(await bridge.invoke(method, args, token));
      } catch {
        // The bridge only rejects when the main process is gone or restarting: to the user, a lost link.
        return { ok: false, error: clientError('NETWORK') };
      }
    },
    subscribe(token, listener) {
      return bridge.subscribe(token, listener);
    },
  };
}
