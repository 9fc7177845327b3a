import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, FakeBrowserWindow, resetElectron } from './fake-electron';
import { createMainWindow } from '../../electron/main/window';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const PRELOAD = path.join('/repo', 'out', 'preload', 'index.cjs');

describe('createMainWindow', () => {
  beforeEach(resetElectron);

  it('isolates and sandboxes the renderer with exactly these webPreferences', () => {
    createMainWindow({ preload: PRELOAD, url: 'app://ruang-uji/', devTools: false });
    const [win] = FakeBrowserWindow.instances;
    expect(win.options.webPreferences).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('is titled, large enough for the exam screens, and hidden until ready to show', () => {
    createMainWindow({ preload: PRELOAD, url: 'app://ruang-uji/', devTools: false });
    const [win] = FakeBrowserWindow.instances;
    expect(win.options).toMatchObject({ title: 'Ruang Uji', show: false, minWidth: 1024, minHeight: 700 });
    expect(win.loadURL).toHaveBeenCalledWith('app://ruang-uji/');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('asks, in both languages, before a staff page with unsaved edits is closed or reloaded, and lets it go only on "leave"', () => {
    createMainWindow({ preload: PRELOAD, url: 'app://ruang-uji/', devTools: false });
    const [win] = FakeBrowserWindow.instances;
    const unload = (answer: number) => {
      electron.dialog.showMessageBoxSync.mockReturnValueOnce(answer);
      const event = { preventDefault: vi.fn() };
      win.webContents.emit('will-prevent-unload', event);
      return event.preventDefault;
    };
    // "Stay" (the default and the Escape answer): the page's refusal stands.
    expect(unload(1)).not.toHaveBeenCalled();
    const [shown, options] = electron.dialog.showMessageBoxSync.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(shown).toBe(win);
    expect(options).toMatchObject({
      message: 'Perubahan belum disimpan / Changes not saved',
      buttons: ['Tinggalkan tanpa menyimpan / Leave without saving', 'Tetap di formulir / Stay on the form'],
      defaultId: 1,
      cancelId: 1,
    });
    // "Leave": the refusal is overridden, so the close or reload goes ahead.
    expect(unload(0)).toHaveBeenCalledTimes(1);
  });

  it('leaves a lab PC\'s exam window (kiosk) to refuse an unload silently: its page holds answers not yet delivered', () => {
    createMainWindow({ preload: undefined, url: 'http://192.168.1.10:8080/', devTools: false, kiosk: true });
    const [win] = FakeBrowserWindow.instances;
    win.webContents.emit('will-prevent-unload', { preventDefault: vi.fn() });
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled();
  });

  it('passes the devTools choice through', () => {
    createMainWindow({ preload: PRELOAD, url: 'app://ruang-uji/', devTools: true });
    expect(FakeBrowserWindow.instances[0].options.webPreferences).toMatchObject({ devTools: true });
  });
});
