import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, FakeWebContents, resetElectron } from './fake-electron';
import { tempDir } from '../support/core';
import { EXAM_CLIENT_FILE, examClient } from '../../electron/main/exam-client';
import { runApp } from '../../electron/main/lifecycle';

vi.mock('electron', async () => (await import('./fake-electron')).electron);
vi.mock('electron-updater', () => ({ default: { autoUpdater: {} } }));

describe('exam-client setting', () => {
  it('is off without a setting, from the environment or exam-client.json otherwise', () => {
    const dir = tempDir();
    expect(examClient({}, dir)).toBeNull();
    expect(examClient({ RUANG_UJI_EXAM_SERVER: 'http://192.168.1.10:4321/ujian' }, dir)).toEqual({
      url: 'http://192.168.1.10:4321/',
      origin: 'http://192.168.1.10:4321',
      kiosk: true,
    });
    fs.writeFileSync(path.join(dir, EXAM_CLIENT_FILE), JSON.stringify({ server: 'http://10.0.0.2:4400', kiosk: false }));
    expect(examClient({}, dir)).toMatchObject({ url: 'http://10.0.0.2:4400/', kiosk: false });
  });

  it('refuses a wrong setting instead of quietly starting as a full station', () => {
    const dir = tempDir();
    expect(() => examClient({ RUANG_UJI_EXAM_SERVER: 'file:///etc/passwd' }, dir)).toThrow(/http\(s\) address/);
    expect(() => examClient({ RUANG_UJI_EXAM_SERVER: 'http://user:pw@10.0.0.2/' }, dir)).toThrow(/http\(s\) address/);
    fs.writeFileSync(path.join(dir, EXAM_CLIENT_FILE), JSON.stringify({ serve: 'http://10.0.0.2/' }));
    expect(() => examClient({}, dir)).toThrow(/expected/);
  });
});

describe('the app in exam-client mode', () => {
  beforeEach(() => {
    resetElectron();
    vi.stubEnv('RUANG_UJI_EXAM_SERVER', 'http://192.168.1.10:4321/');
    vi.stubEnv('RUANG_UJI_DATA_DIR', tempDir('ru-client-'));
  });
  afterEach(() => {
    electron.app.emit('will-quit');
    vi.unstubAllEnvs();
  });

  it('opens the room server full screen, with no preload bridge, no IPC and no local database', async () => {
    const run = runApp();
    if (!run.primary) throw new Error('expected the primary instance');
    await run.ready;
    const [win] = FakeBrowserWindow.instances;
    expect(win.loadURL).toHaveBeenCalledWith('http://192.168.1.10:4321/');
    expect(win.options).toMatchObject({ kiosk: true });
    expect(win.options.webPreferences).toMatchObject({ preload: undefined, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(electron.fake.ipcHandlers.size).toBe(0);
    expect(run.core()).toBeNull();
    expect(fs.readdirSync(process.env.RUANG_UJI_DATA_DIR!)).toEqual([]);
    // The screen stays on while a candidate reads.
    expect([...electron.fake.blockers.values()]).toEqual(['prevent-display-sleep']);

    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    const home = { url: 'http://192.168.1.10:4321/ujian', preventDefault: vi.fn() };
    contents.emit('will-navigate', away);
    contents.emit('will-navigate', home);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('shows why, rather than the browser error page, when the room server is down at start, and opens the room once it is up', async () => {
    // A port nothing listens on yet: the server comes up on it during the test.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const room = `http://127.0.0.1:${port}/`;
    vi.stubEnv('RUANG_UJI_EXAM_SERVER', room);
    const run = runApp();
    if (!run.primary) throw new Error('expected the primary instance');
    await run.ready;
    const [win] = FakeBrowserWindow.instances;
    win.webContents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', room, true);
    expect(win.loadURL.mock.lastCall![0]).toMatch(/^data:text\/html/);
    const server = http.createServer((_req, res) => res.end('room'));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      await vi.waitFor(() => expect(win.loadURL).toHaveBeenLastCalledWith(room), { timeout: 10_000, interval: 100 });
    } finally {
      win.emit('closed');
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
