import type http from 'node:http';
import type { Socket } from 'node:net';
import { isLoopback } from './api-routes';

/**
 * Open connections one remote address may hold at once. A lab PC's browser holds a few (its calls on one or
 * two keep-alive connections, the event stream, at most six while a screen loads): one PC that opens
 * thousands, by accident or on purpose, would otherwise take file descriptors and memory the whole room
 * needs. High enough for a few dozen PCs behind one NAT router, as a workplace TUK's network may put them.
 */
export const CONNECTIONS_PER_ADDRESS = 256;

export type ConnectionCap = { max: number; includeLoopback: boolean };

/**
 * Closes, as it arrives, a connection from an address already holding `max`. Loopback is exempt unless asked:
 * it is this computer (its own window, the CLI, the benchmarks). The first refusal is logged, once until the
 * address is back under its cap, so a flood does not flood the log too.
 */
export function capConnectionsPerAddress(server: http.Server, cap: ConnectionCap, log: (line: string) => void = (line) => console.warn(line)): void {
  const open = new Map<string, number>();
  const logged = new Set<string>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    // No address: the peer has gone already.
    if (address === undefined) {
      socket.destroy();
      return;
    }
    if (!cap.includeLoopback && isLoopback(address)) return;
    const count = open.get(address) ?? 0;
    if (count >= cap.max) {
      socket.destroy();
      if (!logged.has(address)) {
        logged.add(address);
        log(`[ruang-uji] ${address} holds ${cap.max} connections to the room server; its further connections are closed`);
      }
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
      // Under its cap again: its next refusal is logged.
      logged.delete(address);
    });
  });
}
