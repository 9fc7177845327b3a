import net from 'node:net';
import os from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { CONNECTIONS_PER_ADDRESS } from '../../electron/server/connection-cap';
import { tempCore } from '../support/core';
import { tempServer } from '../support/http';

type Client = { socket: net.Socket; closed: Promise<void> };

/** A raw TCP connection to the room server, open once connected. */
async function connect(port: number, host = '127.0.0.1'): Promise<Client> {
  const socket = net.connect(port, host);
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, closed };
}

/** What the server answers to a health check on this connection, or null once it closed it unanswered. */
function health(client: Client): Promise<string | null> {
  return new Promise((resolve) => {
    let reply = '';
    client.socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('utf8');
      if (reply.includes('"ok":true')) resolve(reply.split('\r\n')[0]);
    });
    void client.closed.then(() => resolve(null));
    client.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  });
}

describe('connections per remote address', () => {
  it('closes a connection beyond the cap as it arrives, serves the ones before it, and takes one again once another closed', async () => {
    const core = await tempCore();
    const server = await tempServer({ core, connectionsPerAddress: { max: 3, includeLoopback: true } });
    const log = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const held = [await connect(server.port), await connect(server.port), await connect(server.port)];
      const over = await connect(server.port);
      const again = await connect(server.port);
      await Promise.all([over.closed, again.closed]);
      expect(await health(over)).toBeNull();
      for (const client of held) expect(await health(client)).toBe('HTTP/1.1 200 OK');
      // Logged once for the address, not once per connection closed.
      expect(log.mock.calls.filter(([line]) => String(line).includes('holds 3 connections'))).toHaveLength(1);

      held[0].socket.destroy();
      // The server counts the connection gone when its side of it closes, a moment after this side's.
      const served: Client[] = [];
      const nextOne = async () => {
        const client = await connect(server.port);
        served.push(client);
        return health(client);
      };
      await expect.poll(nextOne).toBe('HTTP/1.1 200 OK');
      for (const client of [...held, ...served]) client.socket.destroy();
    } finally {
      log.mockRestore();
    }
  });

  it('leaves loopback alone by default: this computer is its own window, the CLI, the benchmarks', async () => {
    const core = await tempCore();
    const server = await tempServer({ core, connectionsPerAddress: { max: 2 } });
    const clients = await Promise.all(Array.from({ length: 5 }, () => connect(server.port)));
    for (const client of clients) expect(await health(client)).toBe('HTTP/1.1 200 OK');
    for (const client of clients) client.socket.destroy();
  });

  it('counts a LAN address by default, at a cap a few dozen PCs behind one router stay under', async () => {
    const lan = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []).find((i) => i.family === 'IPv4' && !i.internal)?.address;
    expect(lan, 'this test needs a LAN address (a non-internal IPv4) to connect from').toBeDefined();
    const core = await tempCore();
    const server = await tempServer({ core, host: lan });
    const log = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      // A few dozen browsers, each with its calls, its event stream and a screen loading (~7 at most).
      expect(CONNECTIONS_PER_ADDRESS).toBeGreaterThanOrEqual(36 * 7);
      const held = await Promise.all(Array.from({ length: CONNECTIONS_PER_ADDRESS }, () => connect(server.port, lan)));
      const over = await connect(server.port, lan);
      await over.closed;
      expect(await health(held[CONNECTIONS_PER_ADDRESS - 1])).toBe('HTTP/1.1 200 OK');
      expect(log).toHaveBeenCalledWith(`[ruang-uji] ${lan} holds ${CONNECTIONS_PER_ADDRESS} connections to the room server; its further connections are closed`);
      for (const client of held) client.socket.destroy();
    } finally {
      log.mockRestore();
    }
  });
});
