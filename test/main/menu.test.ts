import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, resetElectron } from './fake-electron';
import { applyApplicationMenu, menuTemplate } from '../../electron/main/menu';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

describe('application menu', () => {
  beforeEach(resetElectron);

  it('is removed on Windows and Linux', () => {
    applyApplicationMenu('win32');
    applyApplicationMenu('linux');
    expect(electron.Menu.setApplicationMenu.mock.calls).toEqual([[null], [null]]);
  });

  it('keeps only the app and Edit menus on macOS, with no View menu (and so no DevTools item)', () => {
    expect(menuTemplate('darwin')).toEqual([{ role: 'appMenu' }, { role: 'editMenu' }]);
    applyApplicationMenu('darwin');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template: [{ role: 'appMenu' }, { role: 'editMenu' }] });
  });
});
