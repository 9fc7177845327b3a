import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electron, resetElectron } = await import('./fake-electron');
const { keepAwakeWhileRoomOpen } = await import('../../electron/main/keep-awake');

beforeEach(() => resetElectron());

describe('keeping the proctor computer awake', () => {
  it('holds one blocker against system sleep (the display may still sleep) from the room opening to its closing', () => {
    const roomOpen = keepAwakeWhileRoomOpen(electron.powerSaveBlocker);
    roomOpen(true);
    roomOpen(true);
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledTimes(1);
    expect([...electron.fake.blockers.values()]).toEqual(['prevent-app-suspension']);
    roomOpen(false);
    expect(electron.fake.blockers.size).toBe(0);
    roomOpen(false);
    expect(electron.powerSaveBlocker.stop).toHaveBeenCalledTimes(1);
  });

  it('starts a new blocker when the one it held was stopped elsewhere', () => {
    const roomOpen = keepAwakeWhileRoomOpen(electron.powerSaveBlocker);
    roomOpen(true);
    electron.fake.blockers.clear();
    roomOpen(true);
    expect(electron.fake.blockers.size).toBe(1);
  });
});
