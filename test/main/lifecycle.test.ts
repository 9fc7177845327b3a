import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { electron, FakeBrowserWindow, FakeUtilityProcess, FakeWebContents, resetElectron } from './fake-electron';
import { staff, tempCore, tempDir } from '../support/core';
import { DB_FILE_NAME, openDatabase } from '../../electron/core/db/open';
import { setSetting } from '../../electron/core/db/queries/settings';
import { runApp, type AppRun } from '../../electron/main/lifecycle';
import type { CoreLink } from '../../electron/main/core-link';
import type { KeyStatus } from '../../electron/shared/types';
import { EVENT_CHANNEL, INVOKE_CHANNEL, SUBSCRIBE_CHANNEL } from '../../electron/shared/ipc';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const updater = vi.hoisted(() => ({
  loads: 0,
  autoUpdater: {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    allowDowngrade: true,
    disableDifferentialDownload: false,
    setFeedURL: (_options: unknown) => {},
    checkForUpdates: async () => null,
  },
}));
vi.mock('electron-updater', () => {
  updater.loads++;
  return { default: { autoUpdater: updater.autoUpdater } };
});

/** A data folder whose demo is already seeded at test cost, so the core process only opens it. */
async function seededDataDir(): Promise<string> {
  const dataDir = tempDir('ru-main-');
  (await tempCore({ dataDir })).close();
  return dataDir;
}

/** The vault as an admin sees it, asked through the core process. */
async function keyStatus(link: CoreLink): Promise<KeyStatus> {
  const signIn = await link.dispatch('auth/signIn', { username: staff.admin.username, password: staff.admin.password }, null);
  if (!signIn.ok) throw new Error(JSON.stringify(signIn.error));
  const reply = await link.dispatch('keys/status', {}, (signIn.result as { token: string }).token);
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.result as KeyStatus;
}

async function started(): Promise<Extract<AppRun, { primary: true }>> {
  const run = runApp();
  if (!run.primary) throw new Error('expected the primary instance');
  await run.ready;
  return run;
}

describe('runApp', () => {
  let dataDir: string;
  beforeEach(async () => {
    resetElectron();
    dataDir = await seededDataDir();
    vi.stubEnv('RUANG_UJI_DATA_DIR', dataDir);
    vi.stubEnv('RUANG_UJI_UPDATE_SOURCE', '');
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    electron.app.getAppPath.mockReturnValue('/repo');
  });
  afterEach(async () => {
    electron.app.emit('will-quit');
    await FakeUtilityProcess.allExited();
    vi.unstubAllEnvs();
  });

  it('quits at once when another instance holds the lock', () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    expect(runApp()).toEqual({ primary: false });
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.fake.ipcHandlers.size).toBe(0);
  });

  it('on ready: hardens the session, serves app://, starts the core process and one window', async () => {
    const run = await started();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    // Date and time inputs in Indonesian form (dd/mm/yyyy, 24 hours) whatever the operating system's locale.
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'id');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const permissions = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0][0];
    const answer = vi.fn();
    permissions({}, 'media', answer, {});
    expect(answer).toHaveBeenCalledWith(false);
    expect(electron.fake.protocolHandlers.has('app')).toBe(true);
    expect(electron.fake.ipcHandlers.has('ruang-uji:invoke')).toBe(true);

    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [win] = FakeBrowserWindow.instances;
    expect(win.options.webPreferences).toMatchObject({ preload: path.join('/repo', 'out', 'preload', 'index.cjs'), sandbox: true, contextIsolation: true });
    expect(win.loadURL).toHaveBeenCalledWith('app://ruang-uji/');
    expect(run.mainWindow()).toBe(win);

    // The core runs in a utilityProcess forked from the built entry; this process never opened the database.
    expect(electron.utilityProcess.fork).toHaveBeenCalledTimes(1);
    expect(electron.utilityProcess.fork.mock.calls[0][0]).toBe(path.join('/repo', 'out', 'main', 'host.js'));
    expect((await run.core()?.ready)?.dataDir).toBe(dataDir);
    expect(await run.core()?.dispatch('app/info', {}, null)).toMatchObject({ ok: true, result: { demo: true } });
  });

  it('creates the demo in an empty data folder', async () => {
    vi.stubEnv('RUANG_UJI_DATA_DIR', tempDir('ru-main-'));
    const run = await started();
    expect(await run.core()?.dispatch('app/info', {}, null)).toMatchObject({ ok: true, result: { demo: true } });
  }, 60_000);

  it('loads the electron-vite dev server only in an unpackaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await started();
    expect(FakeBrowserWindow.instances[0].loadURL).toHaveBeenCalledWith('http://localhost:5173');
    electron.app.emit('will-quit');

    resetElectron();
    electron.app.isPackaged = true;
    // Electron sets resourcesPath; plain Node has none.
    Object.defineProperty(process, 'resourcesPath', { value: tempDir('ru-main-'), configurable: true });
    onTestFinished(() => {
      Reflect.deleteProperty(process, 'resourcesPath');
    });
    await started();
    expect(FakeBrowserWindow.instances[0].loadURL).toHaveBeenCalledWith('app://ruang-uji/');
    expect(FakeBrowserWindow.instances[0].options.webPreferences).toMatchObject({ devTools: false });
  });

  it('hardens every webContents created later', async () => {
    await started();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'app://ruang-uji/' })).toEqual({ action: 'deny' });
  });

  it('brings the existing window forward when a second instance starts', async () => {
    await started();
    const [win] = FakeBrowserWindow.instances;
    win.isMinimized.mockReturnValue(true);
    electron.app.emit('second-instance', {}, [], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('quits when the last window closes, except on macOS', async () => {
    await started();
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      electron.app.emit('window-all-closed');
      expect(electron.app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'win32' });
      electron.app.emit('window-all-closed');
      expect(electron.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('stops the core process and drops the IPC handlers on quit', async () => {
    const run = await started();
    const [processOfCore] = FakeUtilityProcess.instances;
    const exited = new Promise<number | null>((resolve) => processOfCore.child.once('exit', resolve));
    electron.app.emit('will-quit');
    // A clean exit: the core process closed its database on 'shutdown' rather than being killed.
    expect(await exited).toBe(0);
    expect(run.core()).toBeNull();
    expect(electron.fake.ipcHandlers.size).toBe(0);
  });

  it('after the core process is killed with SIGKILL, pushes app/coreRestarted on the window’s live subscription', { timeout: 60_000 }, async () => {
    const run = await started();
    const [win] = FakeBrowserWindow.instances;
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const signIn = await electron.fake.ipcHandlers.get(INVOKE_CHANNEL)!(event, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password }, null);
    const { token } = (signIn as { ok: true; result: { token: string } }).result;
    expect(await electron.fake.ipcHandlers.get(SUBSCRIBE_CHANNEL)!(event, 'page-1', token)).toEqual({ ok: true, result: { subscriptionId: 'page-1' } });

    FakeUtilityProcess.instances[0].kill();
    const restarted = { subscriptionId: 'page-1', message: { event: 'app/coreRestarted', payload: {} } };
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, restarted), { timeout: 20_000 });
    expect(FakeUtilityProcess.instances).toHaveLength(2);
    // Said once, and the screens' reloads that follow it are answered by the new process.
    expect(win.webContents.send.mock.calls.filter(([, data]) => (data as typeof restarted).message.event === 'app/coreRestarted')).toHaveLength(1);
    expect(await run.core()?.dispatch('auth/whoami', {}, token)).toMatchObject({ ok: true, result: { role: 'proctor' } });
  });

  it('shows one translated error and exits when the database is from a newer version', async () => {
    const newer = tempDir('ru-main-');
    const db = openDatabase(path.join(newer, DB_FILE_NAME));
    db.pragma('user_version = 99');
    db.close();
    vi.stubEnv('RUANG_UJI_DATA_DIR', newer);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const run = await started();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Ruang Uji', expect.stringContaining('99'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(run.core()).toBeNull();
  });

  it('keeps the updater unloaded without an update source', async () => {
    const before = updater.loads;
    await started();
    expect(updater.loads).toBe(before);
  });

  it('starts the updater from the data folder’s update.source setting', async () => {
    const core = openDatabase(path.join(dataDir, DB_FILE_NAME));
    setSetting(core, 'update.source', 'http://192.168.1.10/ruang-uji/');
    core.close();
    vi.stubEnv('RUANG_UJI_UPDATE_SOURCE', undefined);
    const setFeedURL = vi.spyOn(updater.autoUpdater, 'setFeedURL');
    await started();
    expect(setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'http://192.168.1.10/ruang-uji/' });
    expect(updater.autoUpdater.autoDownload).toBe(false);
  });
  it('keeps the data key under safeStorage where the OS offers a keyring, and opens it at the next start', async () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(true);
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
    const keys = path.join(dataDir, 'keys');
    expect(fs.readdirSync(keys)).toEqual(['sealing.key']);
    const run = await started();
    // The first-run clear key moved under the OS's protection and is gone.
    expect(fs.readdirSync(keys)).toEqual(['data-key.os']);
    expect(await keyStatus(run.core()!)).toMatchObject({ protection: 'os', unlocked: true });
    electron.app.emit('will-quit');
    await FakeUtilityProcess.allExited();

    const again = await started();
    expect(await keyStatus(again.core()!)).toMatchObject({ protection: 'os', unlocked: true });
    expect(electron.safeStorage.decryptString).toHaveBeenCalled();
  });

  it('does not count safeStorage on a Linux desktop without a keyring as protection', async () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(true);
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const run = await started();
    expect(electron.safeStorage.encryptString).not.toHaveBeenCalled();
    // Nobody has signed in yet: the first-run key stays until a key holder wraps it under their password.
    expect(fs.readdirSync(path.join(dataDir, 'keys'))).toEqual(['sealing.key']);
    expect(await run.core()?.dispatch('app/info', {}, null)).toMatchObject({ ok: true });
  });
});
