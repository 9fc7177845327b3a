import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';

/** Decided at run time: the same build runs in the Electron window and in a lab PC's browser. */
export function pickTransport(win: Pick<Window, 'api'> = window): Transport {
  return win.api ? createIpcTransport(win.api) : createHttpTransport();
}
