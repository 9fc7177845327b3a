import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestPath } from './url-path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The Content-Type for a built UI file; the Electron protocol handler serves the same files with it. */
export function contentTypeFor(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type UiFile = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 | 503 };

/**
 * Maps a URL path to a file of the built UI, for the room server and Electron's app:// protocol alike.
 * Unknown paths without an extension get index.html (client routes); nothing outside `root` is reachable.
 */
export function resolveUiFile(root: string, pathname: string): UiFile {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // URL parsing already removed literal dot segments, so '..' here was smuggled in encoded; a
  // backslash is a separator on Windows and NUL truncates paths in native code.
  if (rel.split('/').includes('..') || rel.includes('\\') || rel.includes('\0')) return { ok: false, status: 400 };
  const resolved = path.resolve(root, '.' + path.posix.normalize(rel));
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return { ok: false, status: 403 };
  if (isFile(resolved)) return { ok: true, file: resolved };
  if (path.extname(rel) !== '') return { ok: false, status: 404 };
  const index = path.join(root, 'index.html');
  return isFile(index) ? { ok: true, file: index } : { ok: false, status: 503 };
}

const FAILURE_TEXT: Record<number, string> = { 404: 'not found', 503: 'renderer not built: run `npm run build`' };

/** Serves the built renderer over HTTP. */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = requestPath(req.url);
  const found: UiFile = pathname === null ? { ok: false, status: 400 } : resolveUiFile(path.resolve(root), pathname);
  if (!found.ok) {
    res.writeHead(found.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(FAILURE_TEXT[found.status] ?? '');
    return;
  }
  const { file } = found;
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
