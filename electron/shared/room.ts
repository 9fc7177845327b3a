/** The room server as the proctor controls it: off (loopback only) until they open it on the LAN. */
export type NetworkInterface = { name: string; address: string };

export type RoomStatus = {
  open: boolean;
  /** The address lab PCs type (or scan) while the room is open. */
  url: string | null;
  host: string | null;
  port: number | null;
  interfaces: readonly NetworkInterface[];
  /** False where this installation cannot serve the LAN (no host process offers it). */
  available: boolean;
};

export const DEFAULT_ROOM_PORT = 4321;
