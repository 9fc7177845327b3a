import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, type Reply } from '../../electron/shared/errors';
import type { RuangUjiApi } from '../../electron/shared/ipc';
import { createClient } from '../../renderer/src/api/client';
import { CallError } from '../../renderer/src/api/client-errors';
import { openEventStream } from '../../renderer/src/api/event-stream';
import { createHttpTransport } from '../../renderer/src/api/http-transport';
import { pickTransport } from '../../renderer/src/api/pick-transport';
import type { RawEvent } from '../../renderer/src/api/transport';
import { fakeTransport, ok } from './fake-transport';

afterEach(() => {
  vi.unstubAllGlobals();
});

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function fakeBridge(reply: Reply<unknown>) {
  const unsubscribe = vi.fn();
  const bridge = {
    invoke: vi.fn<RuangUjiApi['invoke']>(async () => reply),
    subscribe: vi.fn<RuangUjiApi['subscribe']>(() => unsubscribe),
  } satisfies RuangUjiApi;
  return { bridge, unsubscribe };
}

describe('transport choice', () => {
  it('uses window.api when the Electron preload bridge is there', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const { bridge } = fakeBridge({ ok: true, result: { signedOut: true } });
    // Stubbed on the global, which is `window` here, the way the preload script exposes it.
    vi.stubGlobal('api', bridge);
    const transport = pickTransport();
    expect(transport.kind).toBe('ipc');
    const reply = await transport.invoke('auth/signOut', {}, 'tok_1234567890abcdef');
    expect(reply).toEqual({ ok: true, result: { signedOut: true } });
    expect(bridge.invoke).toHaveBeenCalledWith('auth/signOut', {}, 'tok_1234567890abcdef');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('forwards subscriptions to window.api', () => {
    const { bridge, unsubscribe } = fakeBridge({ ok: true, result: null });
    const transport = pickTransport({ api: bridge });
    const stop = transport.subscribe('tok_1234567890abcdef', () => {});
    expect(bridge.subscribe).toHaveBeenCalledWith('tok_1234567890abcdef', expect.any(Function));
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('maps a rejected IPC call to NETWORK', async () => {
    const bridge: RuangUjiApi = { invoke: () => Promise.reject(new Error('gone')), subscribe: () => () => {} };
    const reply = await pickTransport({ api: bridge }).invoke('app/info', {}, null);
    expect(reply).toEqual({ ok: false, error: { code: 'NETWORK', messageKey: 'errors.NETWORK', params: {} } });
  });

  it('uses fetch to the same origin without window.api', async () => {
    const fetchSpy = vi.fn(async () => jsonResponse({ ok: true, result: { name: 'Ruang Uji' } }));
    vi.stubGlobal('fetch', fetchSpy);
    const transport = pickTransport();
    expect(transport.kind).toBe('http');
    const reply = await transport.invoke('auth/signIn', { username: 'admin', password: 'p' }, null);
    expect(reply).toEqual({ ok: true, result: { name: 'Ruang Uji' } });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/signIn');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ username: 'admin', password: 'p' });
    const headers = new Headers(init.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.has('Authorization')).toBe(false);
  });
});

describe('HTTP transport', () => {
  it('sends the bearer token when signed in', async () => {
    const fetchSpy = vi.fn(async () => jsonResponse({ ok: true, result: {} }));
    await createHttpTransport({ fetch: fetchSpy }).invoke('lsp/overview', {}, 'tok_1234567890abcdef');
    const init = (fetchSpy.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer tok_1234567890abcdef');
  });

  it('returns the error envelope of a 4xx reply as it is', async () => {
    const fetchSpy = vi.fn(async () => jsonResponse({ ok: false, error: apiError('BAD_CREDENTIALS') }, 401));
    const reply = await createHttpTransport({ fetch: fetchSpy }).invoke('auth/signIn', { username: 'a', password: 'b' }, null);
    expect(reply).toEqual({ ok: false, error: apiError('BAD_CREDENTIALS') });
  });

  it('turns a failed fetch into NETWORK and an unreadable body into BAD_RESPONSE', async () => {
    const down = createHttpTransport({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(await down.invoke('app/info', {}, null)).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
    const html = createHttpTransport({ fetch: async () => new Response('<html>', { status: 200 }) });
    expect(await html.invoke('app/info', {}, null)).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } });
    const proxy = createHttpTransport({ fetch: async () => new Response('Bad Gateway', { status: 502 }) });
    expect(await proxy.invoke('app/info', {}, null)).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
    const odd = createHttpTransport({ fetch: async () => jsonResponse({ ok: false, error: { code: 'NOPE' } }) });
    expect(await odd.invoke('app/info', {}, null)).toMatchObject({ ok: false, error: { code: 'BAD_RESPONSE' } });
  });
});

function chunkedStream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('event stream over fetch', () => {
  it('reads GET /api/events with the bearer header and delivers parsed events across split chunks', async () => {
    const events: RawEvent[] = [];
    const fetchSpy = vi.fn(async () =>
      new Response(chunkedStream([': connected\n\nevent: accounts/cha', 'nged\ndata: {"accountId":"a1",', '"locked":true}\n', '\n']), {
        status: 200,
        headers: { 'Content-Type': 'text/event-stream' },
      }),
    );
    const timers: (() => void)[] = [];
    const stop = openEventStream({
      url: '/api/events',
      token: 'tok_1234567890abcdef',
      fetch: fetchSpy,
      onEvent: (event) => events.push(event),
      setTimer: (run) => timers.push(run),
      clearTimer: () => {},
    });
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toEqual({ event: 'accounts/changed', payload: { accountId: 'a1', locked: true } });
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/events');
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer tok_1234567890abcdef');

    // The stream ended: a reconnect is scheduled, and runs when its timer fires.
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    timers[0]();
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(2));
    stop();
  });

  it('backs off after failures and stops on 401', async () => {
    const delays: number[] = [];
    const timers: (() => void)[] = [];
    let calls = 0;
    const fetchSpy = vi.fn(async () => {
      calls++;
      if (calls < 3) throw new TypeError('Failed to fetch');
      return jsonResponse({ ok: false, error: apiError('UNAUTHENTICATED') }, 401);
    });
    openEventStream({
      url: '/api/events',
      token: 'tok_1234567890abcdef',
      fetch: fetchSpy,
      onEvent: () => {},
      backoffMs: [100, 1000],
      setTimer: (run, ms) => {
        delays.push(ms);
        timers.push(run);
      },
      clearTimer: () => {},
    });
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    timers[0]();
    await vi.waitFor(() => expect(timers).toHaveLength(2));
    timers[1]();
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(3));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(timers).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(100);
    expect(delays[0]).toBeLessThan(1000);
    expect(delays[1]).toBeGreaterThanOrEqual(1000);
  });

  it('reconnects at once when a call gets through again, not at the end of its backoff', async () => {
    // The room server was down long enough for the backoff to reach 10-30 s: pushes (a pause, an
    // extension) missed that long after it is back, while calls (the heartbeat, saves) already work.
    let up = false;
    const streams: number[] = [];
    const fetchSpy = vi.fn(async (input: RequestInfo | URL) => {
      if (!up) throw new TypeError('Failed to fetch');
      if (String(input).endsWith('/api/events')) {
        streams.push(Date.now());
        return new Response(new ReadableStream(), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
      }
      return jsonResponse({ ok: true, result: null });
    });
    const transport = createHttpTransport({ fetch: fetchSpy });
    const stop = transport.subscribe('tok_1234567890abcdef', () => {});
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(1));
    up = true;
    const back = Date.now();
    expect((await transport.invoke('cbt/heartbeat', { focusLost: 0 }, 'tok_1234567890abcdef')).ok).toBe(true);
    // The first backoff is a second: well before it, the stream is open again.
    await vi.waitFor(() => expect(streams).toHaveLength(1), { timeout: 500 });
    expect(streams[0] - back).toBeLessThan(500);
    stop();
  });
  it('is not woken by a call when the server itself ended the stream, as it does at sign-out', async () => {
    // The sign-out ends the token's stream and answers the sign-out call at about the same moment: a wake-up
    // then reconnected at once with the dead token (a 401 in the console after every sign-out).
    const streams: string[] = [];
    const timers: (() => void)[] = [];
    const fetchSpy = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input).endsWith('/api/events')) {
        streams.push('open');
        return new Response(chunkedStream([': connected\n\n']), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
      }
      return jsonResponse({ ok: true, result: null });
    });
    let wake: () => void = () => {};
    const stop = openEventStream({
      url: '/api/events',
      token: 'tok_1234567890abcdef',
      fetch: fetchSpy,
      onEvent: () => {},
      setTimer: (run) => timers.push(run),
      clearTimer: () => {},
      onReachable: (w) => {
        wake = w;
        return () => {};
      },
    });
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    wake();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(streams).toHaveLength(1);
    stop();
  });
});

describe('typed client', () => {
  it('resolves with the result and throws a CallError carrying the ApiError', async () => {
    const fake = fakeTransport({ 'app/info': () => ok({ name: 'Ruang Uji' }) });
    const client = createClient(fake.transport, { token: () => null, onUnauthenticated: () => {} });
    await expect(client.call('app/info', {})).resolves.toEqual({ name: 'Ruang Uji' });
    const err = await client.call('lsp/overview', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CallError);
    expect((err as CallError).error).toEqual(apiError('UNKNOWN_METHOD', { method: 'lsp/overview' }));
  });

  it('reports UNAUTHENTICATED for a signed-in call so the session can end', async () => {
    const fake = fakeTransport({ 'lsp/overview': () => ({ ok: false, error: apiError('UNAUTHENTICATED') }) });
    const onUnauthenticated = vi.fn();
    const client = createClient(fake.transport, { token: () => 'tok_1234567890abcdef', onUnauthenticated });
    await expect(client.call('lsp/overview', {})).rejects.toBeInstanceOf(CallError);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('asks the session for the password when a sign-in ran out, then makes the refused call again on the new token and moves the stream to it', async () => {
    let token = 'tok_old';
    const fake = fakeTransport({
      'lsp/overview': (_args, sent) => (sent === 'tok_new' ? ok({ fine: true }) : { ok: false, error: apiError('SESSION_EXPIRED') }),
    });
    const subscribe = vi.spyOn(fake.transport, 'subscribe');
    const onUnauthenticated = vi.fn();
    const onExpired = vi.fn(async () => {
      token = 'tok_new';
      return true;
    });
    const client = createClient(fake.transport, { token: () => token, onUnauthenticated, onExpired });
    client.subscribe(() => {});
    await expect(client.call('lsp/overview', {})).resolves.toEqual({ fine: true });
    expect(fake.calls.map((c) => c.token)).toEqual(['tok_old', 'tok_new']);
    expect(subscribe.mock.calls.map(([sent]) => sent)).toEqual(['tok_old', 'tok_new']);
    expect(fake.subscriberCount()).toBe(1);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('gives up on a run-out sign-in the person chose to leave, and never asks again for signing out', async () => {
    const fake = fakeTransport({
      'lsp/overview': () => ({ ok: false, error: apiError('SESSION_EXPIRED') }),
      'auth/signOut': () => ({ ok: false, error: apiError('SESSION_EXPIRED') }),
    });
    const onExpired = vi.fn(async () => false);
    const client = createClient(fake.transport, { token: () => 'tok_old', onUnauthenticated: () => {}, onExpired });
    const err = await client.call('lsp/overview', {}).catch((e: unknown) => e);
    expect((err as CallError).error.code).toBe('SESSION_EXPIRED');
    await expect(client.call('auth/signOut', {})).rejects.toBeInstanceOf(CallError);
    expect(onExpired).toHaveBeenCalledTimes(1);
    expect(fake.calls.map((c) => c.method)).toEqual(['lsp/overview', 'auth/signOut']);
  });

  it('shares one stream between listeners and drops pushes that do not match the contract', () => {
    const fake = fakeTransport({});
    const client = createClient(fake.transport, { token: () => 'tok_1234567890abcdef', onUnauthenticated: () => {} });
    const a = vi.fn();
    const b = vi.fn();
    const stopA = client.subscribe(a);
    const stopB = client.subscribe(b);
    expect(fake.subscriberCount()).toBe(1);
    fake.push({ event: 'accounts/changed', payload: { accountId: 'x', locked: false } });
    fake.push({ event: 'accounts/changed', payload: { accountId: 7 } });
    fake.push({ event: 'unknown/event', payload: {} });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledWith({ event: 'accounts/changed', payload: { accountId: 'x', locked: false } });
    stopA();
    expect(fake.subscriberCount()).toBe(1);
    stopB();
    expect(fake.subscriberCount()).toBe(0);
  });

  it('does not open a stream without a token', () => {
    const fake = fakeTransport({});
    const client = createClient(fake.transport, { token: () => null, onUnauthenticated: () => {} });
    client.subscribe(() => {});
    expect(fake.subscriberCount()).toBe(0);
  });
});
