import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

describe('electron/main/index', () => {
  beforeEach(resetElectron);

  it('runs the app on load, and a second instance only quits', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../electron/main/index');
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });
});
