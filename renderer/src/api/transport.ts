import { isUiError, clientError, type UiError } from './client-errors';

export type TransportReply = { ok: true; result: unknown } | { ok: false; error: UiError };

/** A server push as it arrives, before the client checks it against the contract's `events`. */
export type RawEvent = { event: string; payload: unknown };

/**
 * The one seam between the UI and the core: the Electron preload bridge and the room server's HTTP API
 * both fit it, so nothing above this file knows which one is in use.
 */
export type Transport = {
  readonly kind: 'ipc' | 'http';
  invoke(method: string, args: unknown, token: string | null): Promise<TransportReply>;
  subscribe(token: string, listener: (message: RawEvent) => void): () => void;
};

/** Bodies come from outside the type system (JSON, IPC), so the envelope is checked, not assumed. */
export function asReply(body: unknown): TransportReply {
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    if (body.ok === true && 'result' in body) return { ok: true, result: body.result };
    if (body.ok === false && 'error' in body && isUiError(body.error)) return { ok: false, error: body.error };
  }
  return { ok: false, error: clientError('BAD_RESPONSE') };
}
