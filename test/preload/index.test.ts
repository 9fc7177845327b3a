import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron } from '../main/fake-electron';
import type { RuangUjiApi } from '../../electron/shared/ipc';

vi.mock('electron', async () => (await import('../main/fake-electron')).electron);

// Loaded once, as Electron loads a preload; what it exposed is recorded before any test clears mocks.
await import('../../electron/preload/index');
const exposeCalls = [...electron.contextBridge.exposeInMainWorld.mock.calls];
const exposed = bridgeFrom(exposeCalls[0]?.[1]);

function bridgeFrom(value: unknown): RuangUjiApi {
  const looksRight =
    typeof value === 'object' && value !== null && 'invoke' in value && typeof value.invoke === 'function' && 'subscribe' in value && typeof value.subscribe === 'function';
  if (!looksRight) throw new Error('the preload exposed no bridge');
  // The check above covers the shape; the function signatures are what the tests below exercise.
  return value as RuangUjiApi;
}

describe('preload index', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockClear();
    electron.ipcRenderer.on.mockClear();
  });

  it('exposes exactly invoke, subscribe and printToPdf under window.api, and nothing else', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0][0]).toBe('api');
    expect(Object.keys(exposed).sort()).toEqual(['invoke', 'printToPdf', 'subscribe']);
    expect(Object.values(exposed).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer);
  });

  it('forwards printToPdf to ruang-uji:print-pdf with the file name only', async () => {
    const reply = { ok: true, result: { path: null } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(reply);
    expect(await exposed.printToPdf?.('ak05-sesi')).toBe(reply);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('ruang-uji:print-pdf', 'ak05-sesi');
  });

  it('forwards invoke to ipcRenderer.invoke on ruang-uji:invoke and returns its Reply', async () => {
    const reply = { ok: true, result: { name: 'Ruang Uji' } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(reply);
    expect(await exposed.invoke('app/info', {}, null)).toBe(reply);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('ruang-uji:invoke', 'app/info', {}, null);
    await exposed.invoke('candidate/home', { x: 1 }, 'tok');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('ruang-uji:invoke', 'candidate/home', { x: 1 }, 'tok');
  });

  it('subscribes through ruang-uji:subscribe and listens on ruang-uji:event', () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, result: {} });
    const unsubscribe = exposed.subscribe('tok', () => {});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('ruang-uji:subscribe', expect.any(String), 'tok');
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('ruang-uji:unsubscribe', expect.any(String));
  });
});
