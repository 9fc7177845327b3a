import {
  eventMessageSchema,
  type ArgsOf,
  type EventMessage,
  type MethodName,
  type ResultOf,
} from '../../../electron/shared/contract';
import { CallError, isSignedOut, type UiError } from './client-errors';
import { noteKeysLocked } from './keys-locked';
import type { RawEvent, Transport } from './transport';

export type Client = {
  readonly transport: Transport;
  /** Resolves with the method's result or throws a CallError carrying the translatable error. */
  call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
  /** Listens to server pushes for the signed-in user; one stream is shared by all listeners. */
  subscribe(listener: (message: EventMessage) => void): () => void;
};

export type ClientSession = {
  token: () => string | null;
  /**
   * Called when the core no longer accepts the token (expired, signed out elsewhere, or the proctor's
   * reset login moved it to another PC: LOGIN_MOVED), with the core's error to show on the sign-in.
   */
  onUnauthenticated: (error: UiError) => void;
  /**
   * Called when the sign-in only ran out (SESSION_EXPIRED): resolves true once the same person signed in
   * again (token() gives the new token, and the refused call is made again), false when they signed out.
   * Without it an expiry signs out like any other end.
   */
  onExpired?: (error: UiError) => Promise<boolean>;
};

export function createClient(transport: Transport, session: ClientSession): Client {
  const listeners = new Set<(message: EventMessage) => void>();
  let closeStream: (() => void) | null = null;
  let streamToken: string | null = null;

  const dispatchEvent = (raw: RawEvent) => {
    const message = toEventMessage(raw);
    if (!message) return;
    for (const listener of [...listeners]) listener(message);
  };

  const stopStream = () => {
    closeStream?.();
    closeStream = null;
    streamToken = null;
  };

  /** After signing in again: the pushes the screens listen to come on the new token. */
  const reopenStream = () => {
    const token = session.token();
    if (listeners.size === 0 || token === null || streamToken === token) return;
    stopStream();
    closeStream = transport.subscribe(token, dispatchEvent);
    streamToken = token;
  };

  const call: Client['call'] = async (method, args) => {
    const token = session.token();
    const reply = await transport.invoke(method, args, token);
    if (reply.ok) {
      // The contract types the result; the core is the only producer, so it is taken as declared.
      return reply.result as ResultOf<typeof method>;
    }
    // Signing out needs no sign-in to carry on; everything else is made again once the password is given.
    if (reply.error.code === 'SESSION_EXPIRED' && token !== null && method !== 'auth/signOut' && session.onExpired) {
      if (await session.onExpired(reply.error)) {
        reopenStream();
        return call(method, args);
      }
      stopStream();
      throw new CallError(reply.error);
    }
    if (isSignedOut(reply.error.code) && token !== null) {
      stopStream();
      session.onUnauthenticated(reply.error);
    }
    if (reply.error.code === 'KEYS_LOCKED') noteKeysLocked();
    throw new CallError(reply.error);
  };

  return {
    transport,
    call,
    subscribe(listener) {
      const token = session.token();
      if (token === null) return () => {};
      if (streamToken !== token) {
        stopStream();
        closeStream = transport.subscribe(token, dispatchEvent);
        streamToken = token;
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stopStream();
      };
    },
  };
}

/** Pushes are checked against the contract's schemas, so a listener never sees a payload of the wrong shape. */
export function toEventMessage(raw: RawEvent): EventMessage | null {
  const parsed = eventMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
