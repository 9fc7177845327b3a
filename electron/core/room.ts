import type { RoomStatus } from '../shared/room';

/**
 * What the core needs from the process that hosts it (electron/host/core-host.ts, under `serve` and in
 * the desktop app's utilityProcess) to open and close the LAN listener. The core never opens sockets itself.
 */
export type RoomControl = {
  status: () => RoomStatus;
  open: (host: string, port: number) => Promise<RoomStatus>;
  close: () => Promise<RoomStatus>;
};

export const NO_ROOM: RoomControl = {
  status: () => ({ open: false, url: null, host: null, port: null, interfaces: [], available: false }),
  open: async () => NO_ROOM.status(),
  close: async () => NO_ROOM.status(),
};
