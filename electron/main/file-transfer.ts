import { AppError, type Reply } from '../shared/errors';
import { statusFor } from '../server/api-routes';
import { SECURITY_HEADERS } from '../server/security';
import { decodePathPart } from '../server/url-path';
import type { CoreLink } from './core-link';

/**
 * The room server's /files routes on app://, so the renderer's <input type="file"> (the native file
 * picker in Electron) and its downloads work the same in the desktop window as in browser mode. The
 * bytes stream through the core process, which checks the token and owns the data folder.
 */
export function createFileTransferHandler(core: () => Pick<CoreLink, 'upload' | 'download'> | null): (request: Request, pathname: string) => Promise<Response> {
  return async (request, pathname) => {
    const c = core();
    try {
      if (!c) throw new AppError('INTERNAL', { ref: 'starting' });
      const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(request.headers.get('authorization') ?? '');
      const token = match ? match[1] : null;
      if (pathname === '/files/upload') {
        if (request.method !== 'POST' || !request.body) throw new AppError('BAD_REQUEST', { details: 'POST a body' });
        if (!/^application\/octet-stream\b/i.test(request.headers.get('content-type') ?? '')) throw new AppError('BAD_REQUEST', { details: 'content-type' });
        const declared = Number(request.headers.get('content-length') ?? NaN);
        return json(await c.upload(token, request.body, Number.isFinite(declared) ? declared : null));
      }
      if (pathname.startsWith('/files/attachments/') && request.method === 'GET') return await attachment(c, token, decodePathPart(pathname.slice('/files/attachments/'.length)));
      if (!pathname.startsWith('/files/exports/') || request.method !== 'GET') throw new AppError('NOT_FOUND', { what: 'file' });
      const name = decodePathPart(pathname.slice('/files/exports/'.length));
      const reply = await c.download(token, name);
      if (!reply.ok) return json(reply);
      return new Response(reply.result.body, {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(reply.result.size),
          'Content-Disposition': `attachment; filename="${reply.result.name}"`,
          'Cache-Control': 'no-store',
        },
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return json({ ok: false, error: err.toApiError() });
    }
  };
}

/** A candidate's photo, with the headers the room server's route sends (server/file-routes.ts). */
async function attachment(c: Pick<CoreLink, 'download'>, token: string | null, sha256: string): Promise<Response> {
  const reply = await c.download(token, sha256, 'attachment');
  if (!reply.ok) return json(reply);
  return new Response(reply.result.body, {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': reply.result.mediaType ?? 'application/octet-stream',
      'Content-Length': String(reply.result.size),
      'Cache-Control': 'private, max-age=31536000, immutable',
    },
  });
}

function json(reply: Reply<unknown>): Response {
  return new Response(JSON.stringify(reply), {
    status: statusFor(reply),
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
