import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { attachmentForToken, exportedFile, MAX_UPLOAD_BYTES, storeUpload, TRANSFER_ROLES, type Core } from '../core';
import { AppError } from '../shared/errors';
import { bearerToken, sendError, sendJson } from './api-routes';
import { decodePathPart } from './url-path';

function authorize(core: Core, req: IncomingMessage): void {
  const principal = core.principalFor(bearerToken(req));
  if (!principal) throw new AppError('UNAUTHENTICATED');
  if (!TRANSFER_ROLES.includes(principal.role)) throw new AppError('FORBIDDEN', { role: principal.role, method: 'files' });
}

/** POST /files/upload (application/octet-stream) → { uploadId }, for bundles/preview and keys/testRestore. */
async function upload(core: Core, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') throw new AppError('BAD_REQUEST', { details: 'method must be POST' });
  // Like the JSON API, a fixed content type rules out cross-site form posts.
  if (!/^application\/octet-stream\b/i.test(req.headers['content-type'] ?? '')) throw new AppError('BAD_REQUEST', { details: 'content-type' });
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: MAX_UPLOAD_BYTES });
  sendJson(res, 200, { ok: true, result: await storeUpload(core.dataDir, req) });
}

/** GET /files/exports/<name>: a bundle or key backup this installation wrote, as a download. */
function download(core: Core, name: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET') throw new AppError('BAD_REQUEST', { details: 'method must be GET' });
  const file = exportedFile(core.dataDir, name);
  if (!file) throw new AppError('NOT_FOUND', { what: 'file' });
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': fs.statSync(file).size,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
  fs.createReadStream(file).pipe(res);
}

/**
 * GET /files/attachments/<sha256>: a candidate's photo for the LSP admin's screen, a question's image for
 * the admin, the session's assessors and the candidate whose paper holds it (core/attachments/access.ts).
 * The name is the content's hash, so the bytes behind it never change (immutable); private, since it is
 * personal data or an exam question.
 */
function attachment(core: Core, sha256: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET') throw new AppError('BAD_REQUEST', { details: 'method must be GET' });
  const photo = attachmentForToken({ db: core.db, dataDir: core.dataDir, clock: core.context.clock }, bearerToken(req), sha256);
  res.writeHead(200, {
    'Content-Type': photo.mediaType,
    'Content-Length': photo.size,
    'Cache-Control': 'private, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  });
  fs.createReadStream(photo.file).pipe(res);
}

/** Bundles travel as raw bodies beside (not inside) the JSON API, with the same bearer token. */
export async function handleFileRoute(core: Core, route: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    if (route.startsWith('/files/attachments/')) return attachment(core, decodePathPart(route.slice('/files/attachments/'.length)), req, res);
    authorize(core, req);
    if (route === '/files/upload') await upload(core, req, res);
    else if (route.startsWith('/files/exports/')) download(core, decodePathPart(route.slice('/files/exports/'.length)), req, res);
    else throw new AppError('NOT_FOUND', { what: 'route' });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    req.resume();
    sendError(res, err.toApiError());
  }
}
