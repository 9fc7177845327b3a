import crypto from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Core } from '../core';
import { transferDir } from '../core/bundles/transfers';
import { AppError } from '../shared/errors';
import type { Role } from '../shared/roles';
import { bearerToken, sendError, sendJson } from './api-routes';

/** Bundles are files: in browser mode they travel as raw bodies, beside (not inside) the JSON API. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;
const FILE_ROLES: readonly Role[] = ['lsp_admin', 'proctor'];
const EXPORT_NAME = /^[A-Za-z0-9._-]{1,120}\.(uji|age)$/;

function authorize(core: Core, req: IncomingMessage): void {
  const principal = core.principalFor(bearerToken(req));
  if (!principal) throw new AppError('UNAUTHENTICATED');
  if (!FILE_ROLES.includes(principal.role)) throw new AppError('FORBIDDEN', { role: principal.role, method: 'files' });
}

/** POST /files/upload (application/octet-stream) → { uploadId }, for bundles/preview and keys/testRestore. */
async function upload(core: Core, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') throw new AppError('BAD_REQUEST', { details: 'method must be POST' });
  // Like the JSON API, a fixed content type rules out cross-site form posts.
  if (!/^application\/octet-stream\b/i.test(req.headers['content-type'] ?? '')) throw new AppError('BAD_REQUEST', { details: 'content-type' });
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: MAX_UPLOAD_BYTES });
  const uploadId = crypto.randomUUID();
  const dir = transferDir(core.dataDir, 'uploads');
  const partial = path.join(dir, `${uploadId}.partial`);
  let size = 0;
  try {
    await pipeline(
      req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: MAX_UPLOAD_BYTES });
          yield chunk;
        }
      },
      fs.createWriteStream(partial, { flags: 'wx' }),
    );
    fs.renameSync(partial, path.join(dir, `${uploadId}.uji`));
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  sendJson(res, 200, { ok: true, result: { uploadId, bytes: size } });
}

/** GET /files/exports/<name>: a bundle or key backup this installation wrote, as a download. */
function download(core: Core, name: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET') throw new AppError('BAD_REQUEST', { details: 'method must be GET' });
  if (!EXPORT_NAME.test(name)) throw new AppError('NOT_FOUND', { what: 'file' });
  const file = path.join(transferDir(core.dataDir, 'exports'), name);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', { what: 'file' });
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': fs.statSync(file).size,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
  fs.createReadStream(file).pipe(res);
}

export async function handleFileRoute(core: Core, route: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    authorize(core, req);
    if (route === '/files/upload') await upload(core, req, res);
    else if (route.startsWith('/files/exports/')) download(core, decodeURIComponent(route.slice('/files/exports/'.length)), req, res);
    else throw new AppError('NOT_FOUND', { what: 'route' });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    req.resume();
    sendError(res, err.toApiError());
  }
}
