import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectron } from './fake-electron';
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

  it('passes the devTools choice through', () => {
    createMainWindow({ preload: PRELOAD, url: 'app://ruang-uji/', devTools: true });
    expect(FakeBrowserWindow.instances[0].options.webPreferences).toMatchObject({ devTools: true });
  });
});
