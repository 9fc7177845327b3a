import { describe, expect, it, vi } from 'vitest';
import type { IpcRenderer } from 'electron';
import { asElectron } from '../main/fake-electron';
import { createBridge } from '../../electron/preload/bridge';

type ChannelListener = (event: unknown, data: unknown) => void;

function fakeIpc() {
  const listeners = new Map<string, ChannelListener>();
  const invoke = vi.fn(async (channel: string, id?: unknown): Promise<unknown> =>
    channel === 'ruang-uji:subscribe' ? { ok: true, result: { subscriptionId: id } } : { ok: true, result: { unsubscribed: true } },
  );
  const on = vi.fn((channel: string, listener: ChannelListener) => listeners.set(channel, listener));
  const deliver = (data: unknown) => listeners.get('ruang-uji:event')?.({ sender: 'ipcRenderer itself' }, data);
  return { invoke, on, deliver, bridge: createBridge(asElectron<Pick<IpcRenderer, 'invoke' | 'on'>>({ invoke, on })) };
}

describe('createBridge', () => {
  it('delivers { event, payload } to the right subscriber until it unsubscribes', () => {
    const ipc = fakeIpc();
    const listener = vi.fn();
    const other = vi.fn();
    const unsubscribe = ipc.bridge.subscribe('tok', listener);
    ipc.bridge.subscribe('tok', other);
    const id = ipc.invoke.mock.calls[0][1];

    ipc.deliver({ subscriptionId: id, message: { event: 'accounts/changed', payload: { accountId: 'a1', locked: false } } });
    expect(listener).toHaveBeenCalledWith({ event: 'accounts/changed', payload: { accountId: 'a1', locked: false } });
    // Only the message: the IPC event, whose sender is ipcRenderer, never reaches the page.
    expect(listener.mock.calls[0]).toHaveLength(1);
    expect(other).not.toHaveBeenCalled();

    ipc.deliver({ nonsense: true });
    ipc.deliver(null);
    ipc.deliver({ subscriptionId: id, message: { payload: 1 } });
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    expect(ipc.invoke).toHaveBeenLastCalledWith('ruang-uji:unsubscribe', id);
    ipc.deliver({ subscriptionId: id, message: { event: 'accounts/changed', payload: {} } });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(ipc.invoke.mock.calls.filter(([c]) => c === 'ruang-uji:unsubscribe')).toHaveLength(1);
  });

  it('gives every subscription its own id', () => {
    const ipc = fakeIpc();
    ipc.bridge.subscribe('t', () => {});
    ipc.bridge.subscribe('t', () => {});
    const [a, b] = ipc.invoke.mock.calls.map((c) => c[1]);
    expect(a).not.toBe(b);
  });

  it('drops a subscription main refused', async () => {
    const ipc = fakeIpc();
    ipc.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.UNAUTHENTICATED', params: {} } });
    const listener = vi.fn();
    ipc.bridge.subscribe('expired', listener);
    const id = ipc.invoke.mock.calls[0][1];
    await Promise.resolve(ipc.invoke.mock.results[0].value);
    await new Promise((resolve) => setTimeout(resolve, 0));
    ipc.deliver({ subscriptionId: id, message: { event: 'accounts/changed', payload: {} } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('listens on the event channel once, however many subscriptions', () => {
    const ipc = fakeIpc();
    ipc.bridge.subscribe('t', () => {});
    ipc.bridge.subscribe('t', () => {});
    expect(ipc.on).toHaveBeenCalledTimes(1);
  });

  it('refuses a listener that is not a function', () => {
    const ipc = fakeIpc();
    expect(() => ipc.bridge.subscribe('t', asElectron<() => void>('nope'))).toThrow(TypeError);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });
});
