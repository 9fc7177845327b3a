import os from 'node:os';
import type { Core, RoomControl } from '../core';
import { AppError } from '../shared/errors';
import type { NetworkInterface, RoomStatus } from '../shared/room';
import { startRoomServer, type RoomServer, type RoomServerOptions } from './index';

/** IPv4 addresses of this machine's network cards, loopback excluded: the choices offered to the proctor. */
export function lanInterfaces(): NetworkInterface[] {
  return Object.entries(os.networkInterfaces()).flatMap(([name, list]) =>
    (list ?? []).filter((i) => i.family === 'IPv4' && !i.internal).map((i) => ({ name, address: i.address })),
  );
}

/**
 * The LAN listener: one at a time, on an address the proctor picked from this machine's own
 * interfaces (never "all interfaces" by accident), serving exactly the same API and UI.
 */
export function lanControl(core: Core, base: Omit<RoomServerOptions, 'core' | 'host' | 'port'>, interfaces = lanInterfaces): RoomControl {
  let server: RoomServer | null = null;
  const status = (): RoomStatus => ({
    open: server !== null,
    url: server?.url ?? null,
    host: server?.host ?? null,
    port: server?.port ?? null,
    interfaces: interfaces(),
    available: true,
  });
  return {
    status,
    async open(host, port) {
      const allowed = interfaces().some((i) => i.address === host);
      if (!allowed) throw new AppError('ROOM_ADDRESS_UNKNOWN', { host });
      if (server) await server.close();
      server = null;
      try {
        server = await startRoomServer({ ...base, core, host, port });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' || code === 'EACCES') throw new AppError('ROOM_PORT_UNAVAILABLE', { port });
        throw err;
      }
      return status();
    },
    async close() {
      await server?.close();
      server = null;
      return status();
    },
  };
}
