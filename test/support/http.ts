import http from 'node:http';
import { onTestFinished } from 'vitest';
import { startRoomServer, type RoomServer, type RoomServerOptions } from '../../electron/server';

export async function tempServer(options: RoomServerOptions): Promise<RoomServer> {
  const server = await startRoomServer({ port: 0, ...options });
  onTestFinished(() => server.close());
  return server;
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A raw request, so tests can send what fetch would normalise away (odd paths, bodies, headers). */
export function raw(
  server: RoomServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

export async function post(server: RoomServer, method: string, args: unknown, token?: string): Promise<RawResponse> {
  return raw(server, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(args),
  });
}
