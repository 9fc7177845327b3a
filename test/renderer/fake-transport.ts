import type { MethodName } from '../../electron/shared/contract';
import { apiError, type ErrorCode } from '../../electron/shared/errors';
import type { RawEvent, Transport, TransportReply } from '../../renderer/src/api/transport';

export type Call = { method: string; args: unknown; token: string | null };
type Handler = (args: unknown, token: string | null) => TransportReply | Promise<TransportReply>;

/** A stand-in for window.api / the room server: records calls and answers from a table. */
export function fakeTransport(handlers: Partial<Record<MethodName, Handler>>) {
  const calls: Call[] = [];
  const listeners = new Set<(message: RawEvent) => void>();
  const transport: Transport = {
    kind: 'ipc',
    async invoke(method, args, token) {
      calls.push({ method, args, token });
      const handler = handlers[method as MethodName];
      return handler ? handler(args, token) : fail('UNKNOWN_METHOD', { method });
    },
    subscribe(_token, listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    transport,
    calls,
    push: (message: RawEvent) => listeners.forEach((listener) => listener(message)),
    subscriberCount: () => listeners.size,
  };
}

export function ok(result: unknown): TransportReply {
  return { ok: true, result };
}

export function fail(code: ErrorCode, params: Record<string, string | number> = {}): TransportReply {
  return { ok: false, error: apiError(code, params) };
}
