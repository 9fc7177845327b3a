import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import type { Core } from '../core';
import { exportedFile, storeUpload, TRANSFER_ROLES } from '../core/bundles/transfers';
import { AppError, type Reply } from '../shared/errors';
import { statusFor } from '../server/api-routes';
import { SECURITY_HEADERS } from '../server/security';
import { decodePathPart } from '../server/url-path';

/**
 * The room server's /files routes on app://, so the renderer's <input type="file"> (the native file
 * picker in Electron) and its downloads work the same in the desktop window as in browser mode.
 */
export function createFileTransferHandler(core: () => Core | null): (request: Request, pathname: string) => Promise<Response> {
  return async (request, pathname) => {
    const c = core();
    try {
      if (!c) throw new AppError('INTERNAL', { ref: 'starting' });
      const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(request.headers.get('authorization') ?? '');
      const principal = c.principalFor(match ? match[1] : null);
      if (!principal) throw new AppError('UNAUTHENTICATED');
      if (!TRANSFER_ROLES.includes(principal.role)) throw new AppError('FORBIDDEN', { role: principal.role, method: 'files' });
      if (pathname === '/files/upload') {
        if (request.method !== 'POST' || !request.body) throw new AppError('BAD_REQUEST', { details: 'POST a body' });
        if (!/^application\/octet-stream\b/i.test(request.headers.get('content-type') ?? '')) throw new AppError('BAD_REQUEST', { details: 'content-type' });
        const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
        return json({ ok: true, result: await storeUpload(c.dataDir, body) });
      }
      if (!pathname.startsWith('/files/exports/') || request.method !== 'GET') throw new AppError('NOT_FOUND', { what: 'file' });
      const name = decodePathPart(pathname.slice('/files/exports/'.length));
      const file = exportedFile(c.dataDir, name);
      if (!file) throw new AppError('NOT_FOUND', { what: 'file' });
      const stream = Readable.toWeb(fs.createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
      return new Response(stream, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return json({ ok: false, error: err.toApiError() });
    }
  };
}

function json(reply: Reply<unknown>): Response {
  return new Response(JSON.stringify(reply), {
    status: statusFor(reply),
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
