import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
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

/** Serves the built renderer over HTTP, precompressed where the build left a `.br` or `.gz` beside a file. */
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
  const sent = chooseEncoding(file, req);
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': sent.size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {}),
    // Caches must keep the encodings apart, also when this answer happened to be the plain file.
    ...(COMPRESSIBLE.has(path.extname(file).toLowerCase()) ? { Vary: 'Accept-Encoding' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(sent.file).pipe(res);
}

/** Text files the build precompresses (see `precompress` in electron.vite.config.ts). */
const COMPRESSIBLE: ReadonlySet<string> = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json']);
const CODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
type Coding = (typeof CODINGS)[number]['encoding'];
/** Between codings the client accepts equally (browsers send `gzip, deflate, br, zstd`), the smaller one. */
const PREFERRED: readonly string[] = ['br', 'gzip', 'identity'];

type Sent = { file: string; size: number; encoding: Coding | null };

/**
 * The best variant of `file` the request's Accept-Encoding allows: br, then gzip, then the plain file.
 * Only variants that exist are offered, so a missing `.br` falls back to `.gz` or the plain file; a
 * request that refuses every variant (`identity;q=0` alone) still gets the plain file, as RFC 9110
 * lets a server do rather than answering 406. A Range request gets the plain file whole (status 200):
 * ranges are not served here, and a range of compressed bytes would mean something else to the client.
 */
function chooseEncoding(file: string, req: IncomingMessage): Sent {
  const plain = (): Sent => ({ file, size: fs.statSync(file).size, encoding: null });
  if (!COMPRESSIBLE.has(path.extname(file).toLowerCase()) || req.headers.range !== undefined) return plain();
  const variants = new Map<string, Sent>();
  for (const { encoding, suffix } of CODINGS) {
    const size = fileSize(file + suffix);
    if (size !== null) variants.set(encoding, { file: file + suffix, size, encoding });
  }
  if (variants.size === 0) return plain();
  const [best] = new Negotiator(req).encodings([...variants.keys(), 'identity'], { preferred: PREFERRED });
  return (best !== undefined && variants.get(best)) || plain();
}

function fileSize(p: string): number | null {
  try {
    const stat = fs.statSync(p);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
