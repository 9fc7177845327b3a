import { clientError } from './client-errors';
import { openEventStream } from './event-stream';
import { asReply, type Transport } from './transport';

export type HttpTransportOptions = {
  /** Empty means the page's own origin: the room server serves both the UI and the API. */
  baseUrl?: string;
  fetch?: typeof fetch;
};

/** The room server's API: POST /api/<area>/<verb> with the argument object as JSON, the Reply envelope back. */
export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const baseUrl = options.baseUrl ?? '';
  // Looked up per call so a test (or a polyfill) that replaces fetch later is still honoured.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  // The open event streams' wake-ups: any answer from the server means a stream waiting to reconnect can go now.
  const wakers = new Set<() => void>();
  const reached = () => {
    for (const wake of [...wakers]) wake();
  };

  return {
    kind: 'http',
    async invoke(method, args, token) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(args ?? {}),
          cache: 'no-store',
        });
      } catch {
        return { ok: false, error: clientError('NETWORK') };
      }
      if (response.status < 500) reached();
      // The server answers with the envelope on 4xx/5xx too, so the status code itself is not consulted.
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return { ok: false, error: clientError(response.status >= 500 ? 'NETWORK' : 'BAD_RESPONSE') };
      }
      return asReply(body);
    },
    subscribe(token, listener) {
      return openEventStream({
        url: `${baseUrl}/api/events`,
        token,
        fetch: doFetch,
        onEvent: listener,
        onReachable: (wake) => {
          wakers.add(wake);
          return () => wakers.delete(wake);
        },
      });
    },
  };
}
