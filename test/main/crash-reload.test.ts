import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectron } from './fake-electron';
import { reloadAfterCrash } from '../../electron/main/crash-reload';
import { createMainWindow } from '../../electron/main/window';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import type { BrowserWindow } from 'electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const pageText = (dataUrl: string) => decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
const gone = (win: FakeBrowserWindow, reason: string) => win.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });

describe('a window whose page crashes', () => {
  beforeEach(resetElectron);

  it("reloads the page where a lab PC's kiosk window was left blank with nothing to press", () => {
    createMainWindow({ preload: undefined, url: 'http://192.168.1.10:4321/', devTools: false, kiosk: true });
    const [win] = FakeBrowserWindow.instances;
    gone(win, 'oom');
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(win.loadURL).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the page ended cleanly (the window closing)', () => {
    createMainWindow({ preload: '/repo/out/preload/index.cjs', url: 'app://ruang-uji/', devTools: false });
    const [win] = FakeBrowserWindow.instances;
    gone(win, 'clean-exit');
    expect(win.webContents.reload).not.toHaveBeenCalled();
  });

  it('past three crashes within a minute stops reloading and says so in both languages; a crash a minute later reloads again', () => {
    let now = 1_000_000;
    const win = new FakeBrowserWindow({});
    reloadAfterCrash(win as unknown as BrowserWindow, { maxReloads: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      gone(win, 'crashed');
      now += 10_000;
    }
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
    gone(win, 'crashed');
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
    const html = pageText(win.loadURL.mock.lastCall![0]);
    for (const t of [id.shell.crashed, en.shell.crashed]) {
      expect(html).toContain(t.title.replace(/'/g, '&#39;'));
      expect(html).toContain(t.text.replace(/'/g, '&#39;'));
    }
    expect(html).not.toContain('<script');
    // The earlier crashes have left the minute: this one is the first of a new run.
    now += 61_000;
    gone(win, 'crashed');
    expect(win.webContents.reload).toHaveBeenCalledTimes(4);
  });
});
