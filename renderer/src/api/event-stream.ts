import { SseParser } from './sse-parser';
import type { RawEvent } from './transport';

export type EventStreamOptions = {
  url: string;
  token: string;
  fetch: typeof fetch;
  onEvent: (message: RawEvent) => void;
  /** Delays before each reconnect attempt; the last one repeats. */
  backoffMs?: readonly number[];
  /** Injectable so tests do not wait on real timers. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /**
   * Told when another request to the same server got an answer: a reconnect waiting out its backoff runs
   * now. Returns how to stop listening.
   */
  onReachable?: (wake: () => void) => () => void;
};

const DEFAULT_BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

/**
 * Reads GET /api/events with fetch because EventSource cannot send the Authorization header. The LAN in a
 * venue drops and comes back, so the stream reconnects with growing delays until it is closed.
 */
export function openEventStream(options: EventStreamOptions): () => void {
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let stopped = false;
  let attempt = 0;
  let timer: unknown = null;
  let controller: AbortController | null = null;
  /**
   * Whether the last attempt failed to reach the server (a refused connection, a 5xx, a read cut off), as
   * opposed to a stream the server ended: it ends a signed-out token's stream, and the sign-out's own
   * answer must not wake a reconnect with that token (a 401 in the console after every sign-out).
   */
  let unreachable = false;

  const connect = async (): Promise<void> => {
    controller = new AbortController();
    unreachable = false;
    try {
      const response = await options.fetch(options.url, {
        method: 'GET',
        headers: { Accept: 'text/event-stream', Authorization: `Bearer ${options.token}` },
        cache: 'no-store',
        signal: controller.signal,
      });
      // A token the server refuses stays refused; the next call the UI makes will sign the user out.
      if (response.status === 401 || response.status === 403) return;
      if (!response.ok || !response.body) throw new Error(`event stream status ${response.status}`);
      attempt = 0;
      await pump(response.body, options.onEvent);
    } catch {
      // Falls through to the reconnect below; a dropped LAN is the normal case here, not an error to show.
      unreachable = true;
    }
    if (stopped) return;
    const delay = backoff[Math.min(attempt, backoff.length - 1)];
    attempt++;
    // Jitter keeps many lab PCs from reconnecting in the same instant after the room server restarts.
    timer = setTimer(() => {
      timer = null;
      void connect();
    }, delay + Math.floor(Math.random() * 250));
  };

  // After an outage the backoff had grown to 10-30 s: the heartbeat and the saves got through at once, but
  // pushes (a pause, an extension, the end of the test) waited that long (walk-through, server stopped 30 s).
  const stopWaking = options.onReachable?.(() => {
    if (stopped || timer === null || !unreachable) return;
    clearTimer(timer);
    timer = null;
    attempt = 0;
    void connect();
  });

  void connect();
  return () => {
    stopped = true;
    stopWaking?.();
    if (timer !== null) clearTimer(timer);
    controller?.abort();
  };
}

async function pump(body: ReadableStream<Uint8Array>, onEvent: (message: RawEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    for (const message of parser.push(decoder.decode(value, { stream: true }))) {
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch {
        continue;
      }
      onEvent({ event: message.event, payload });
    }
  }
}
