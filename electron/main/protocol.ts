import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../server/security';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeFor } from '../server/static-files';

/**
 * Must run before app 'ready'. standard + secure give the renderer a real, secure origin (so CSP
 * 'self', module scripts and fetch behave as on https) instead of file://, whose origin is opaque
 * and whose pages can read any other file.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}

export type ProtocolHandler = (request: Request) => Promise<Response>;

/** Serves the built renderer; unknown paths without an extension get index.html (client routes). */
export function createAppProtocolHandler(rendererDir: string): ProtocolHandler {
  const root = path.resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, null, { Allow: 'GET, HEAD' });
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return reply(404);
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return reply(400);
    }
    // URL parsing already removed literal dot segments, so '..' here was smuggled in encoded; a
    // backslash is a separator on Windows and NUL truncates paths in native code.
    if (rel.split('/').includes('..') || rel.includes('\\') || rel.includes('\0')) return reply(400);
    const resolved = path.resolve(root, '.' + path.posix.normalize(rel));
    if (resolved !== root && !resolved.startsWith(root + path.sep)) return reply(403);

    let file = resolved;
    if (!(await isFile(file))) {
      if (path.extname(rel) !== '') return reply(404);
      file = path.join(root, 'index.html');
      if (!(await isFile(file))) return reply(503);
    }
    const body = request.method === 'HEAD' ? null : await fs.readFile(file);
    return reply(200, body, { 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' });
  };
}

function reply(status: number, body: Uint8Array | null = null, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, ...headers } });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
