import { createCore, type Core, type CoreOptions, type RoomControl } from '../core';
import { startRoomServer, type RoomServer } from '../server';
import { lanControl, lanInterfaces } from '../server/lan';
import type { NetworkInterface, RoomStatus } from '../shared/room';

export type CoreHostOptions = {
  core: CoreOptions;
  /** The built renderer served to browsers and lab PCs; null serves the API only. */
  staticDir: string | null;
  /** `ruang-uji serve`: a listener from the start (loopback unless told otherwise). The desktop has none. */
  listen?: { host: string; port: number } | null;
  /** Tests only: loopback counts as a network card the proctor may open the room on. */
  loopbackRoom?: boolean;
  /** Told whenever the proctor opens or closes the room. */
  onRoomChange?: (status: RoomStatus) => void;
};

export type CoreHost = {
  core: Core;
  /** The listener `serve` opened at start, if any. */
  server: RoomServer | null;
  room: RoomControl;
  stop: () => Promise<void>;
};

const LOOPBACK: NetworkInterface = { name: 'loopback', address: '127.0.0.1' };

/**
 * The core with the room server beside it: what `ruang-uji serve` runs in its own process and what the
 * desktop app runs in its utilityProcess, so the proctor's "Server ruang" panel works the same in both.
 */
export async function startCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  // A host is what lab PCs and the console talk to: its start after a stop is a restart of the room server.
  const core = await createCore({ ...options.core, hostsExamDay: true });
  let server: RoomServer | null = null;
  try {
    if (options.listen) server = await startRoomServer({ core, host: options.listen.host, port: options.listen.port, staticDir: options.staticDir });
  } catch (err) {
    core.close();
    throw err;
  }
  const interfaces = options.loopbackRoom ? () => [LOOPBACK, ...lanInterfaces()] : lanInterfaces;
  const lan = lanControl(core, { staticDir: options.staticDir }, interfaces);
  const notify = options.onRoomChange ?? (() => {});
  // Wrapped so the host hears every change, whoever asked for it (the console, or a reopen after a crash).
  const room: RoomControl = {
    status: lan.status,
    open: async (host, port) => {
      const status = await lan.open(host, port);
      notify(status);
      return status;
    },
    close: async () => {
      const status = await lan.close();
      notify(status);
      return status;
    },
  };
  core.setRoomControl(room);
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await lan.close();
      await server?.close();
      core.close();
    })());
  return { core, server, room, stop };
}
