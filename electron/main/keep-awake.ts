import type { PowerSaveBlocker } from 'electron';

/**
 * While the LAN room is open this computer serves every lab PC: a proctor's laptop that went to sleep
 * after its idle minutes (the board moving on screen is not input) would stop the exam in every room.
 * So the system is kept from sleeping while the room is open; the display may still turn off.
 */
export function keepAwakeWhileRoomOpen(blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>): (open: boolean) => void {
  let id: number | null = null;
  return (open) => {
    if (open && (id === null || !blocker.isStarted(id))) id = blocker.start('prevent-app-suspension');
    if (!open && id !== null) {
      if (blocker.isStarted(id)) blocker.stop(id);
      id = null;
    }
  };
}
