import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core';
import { AppError } from '../shared/errors';
import { bearerToken, sendError } from './api-routes';

/** Keeps idle connections (and proxies between the lab and the proctor's PC) from timing out. */
export const HEARTBEAT_MS = 15_000;

/**
 * GET /api/events: server-sent events for the caller's role, authenticated by the bearer header. The
 * stream ends when its token does (sign-out, expiry, revocation): board rows name candidates, and a
 * signed-out screen must not keep receiving them.
 */
export function handleEventStream(core: Core, req: IncomingMessage, res: ServerResponse): void {
  let unsubscribe: (() => void) | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe?.();
  };
  try {
    unsubscribe = core.subscribe(
      bearerToken(req),
      (message) => {
        res.write(`event: ${message.event}\ndata: ${JSON.stringify(message.payload)}\n\n`);
      },
      () => {
        stop();
        res.end();
      },
    );
  } catch (err) {
    sendError(res, (err instanceof AppError ? err : new AppError('INTERNAL', { ref: 'sse' })).toApiError());
    return;
  }
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  req.on('close', stop);
}
