import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../shared/errors';
import { ADDRESS_SIGN_INS_PER_MINUTE, RateLimiter, type Core } from '../core';
import { bothGates, handleMethodCall, sendError, sendJson, setupGate, signInGate } from './api-routes';
import { capConnectionsPerAddress, CONNECTIONS_PER_ADDRESS } from './connection-cap';
import { handleEventStream } from './events-stream';
import { handleFileRoute } from './file-routes';
import { applySecurityHeaders } from './security';
import { serveStatic } from './static-files';
import { requestPath } from './url-path';

export type RoomServerOptions = {
  core: Core;
  /** Defaults to loopback: exposing the room to the LAN is an explicit choice. */
  host?: string;
  port?: number;
  /** The built renderer (out/renderer); without it only the API is served. */
  staticDir?: string | null;
  /** Sign-in attempts per remote address per minute; loopback counts only when `includeLoopback`. */
  signInsPerAddress?: { perMinute: number; includeLoopback?: boolean };
  /** Open connections per remote address (connection-cap.ts); loopback counts only when `includeLoopback`. */
  connectionsPerAddress?: { max: number; includeLoopback?: boolean };
};

/**
 * How long a lab PC's connection is kept open between its calls. Node's default (5 s) closed it between
 * two multiple-choice saves a few seconds apart, so such a save opened a new connection, and in a sign-in
 * storm it waited to be accepted behind the 400 arriving PCs' connections: in the storm bench, saves on a
 * new connection were 63 of 7,571 but 31 of the 76 slowest. Held 120 s, the saves' new connections fell from
 * 60, 14 and 7 a storm to 13, 0 and 0. An idle connection costs a few kB; a room of 400 PCs holds ~1,000.
 */
export const KEEP_ALIVE_MS = 120_000;

export type RoomServer = { url: string; host: string; port: number; server: http.Server; close: () => Promise<void> };

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const { core } = options;
  const host = options.host ?? '127.0.0.1';
  const staticDir = options.staticDir ?? null;
  const limit = options.signInsPerAddress ?? { perMinute: ADDRESS_SIGN_INS_PER_MINUTE };
  const gate = bothGates(setupGate, signInGate(new RateLimiter(limit.perMinute, 60_000), { includeLoopback: limit.includeLoopback ?? false }));

  const server = http.createServer((req, res) => {
    applySecurityHeaders(res);
    const route = requestPath(req.url);
    if (route === null) {
      sendError(res, new AppError('BAD_REQUEST', { details: 'path' }).toApiError());
      return;
    }
    const done = (err: unknown) => {
      console.error('[ruang-uji] server error', err);
      if (!res.headersSent) sendError(res, new AppError('INTERNAL', { ref: 'http' }).toApiError());
      else res.end();
    };
    try {
      if (route === '/api/health') {
        sendJson(res, 200, { ok: true, version: core.version });
      } else if (route === '/api/events') {
        handleEventStream(core, req, res);
      } else if (route.startsWith('/files/')) {
        handleFileRoute(core, route, req, res).catch(done);
      } else if (route.startsWith('/api/')) {
        handleMethodCall(core, route.slice('/api/'.length), req, res, gate).catch(done);
      } else if (staticDir) {
        serveStatic(staticDir, req, res);
      } else {
        sendJson(res, 404, { ok: false });
      }
    } catch (err) {
      done(err);
    }
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  const cap = options.connectionsPerAddress ?? { max: CONNECTIONS_PER_ADDRESS };
  capConnectionsPerAddress(server, { max: cap.max, includeLoopback: cap.includeLoopback ?? false });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!isAddressInfo(address)) throw new Error('room server has no TCP address');
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    host: address.address,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function isAddressInfo(value: string | AddressInfo | null): value is AddressInfo {
  return typeof value === 'object' && value !== null;
}
