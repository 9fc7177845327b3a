import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../server/security';
import { APP_HOST, APP_SCHEME } from './app-origin';
import type { CoreLink } from './core-link';
import { createFileTransferHandler } from './file-transfer';
import { contentTypeFor, resolveUiFile } from '../server/static-files';

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

export function registerAppProtocol(rendererDir: string, core: () => CoreLink | null = () => null): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, createFileTransferHandler(core)));
}

export type ProtocolHandler = (request: Request) => Promise<Response>;

/** Serves the built renderer; unknown paths without an extension get index.html (client routes). */
export function createAppProtocolHandler(rendererDir: string, files?: (request: Request, pathname: string) => Promise<Response>): ProtocolHandler {
  const root = path.resolve(rendererDir);
  return async (request) => {
    const url = new URL(request.url);
    // Bundle uploads and downloads (see file-transfer.ts); everything else is the built UI, read-only.
    if (files && url.host === APP_HOST && url.pathname.startsWith('/files/')) return files(request, url.pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, null, { Allow: 'GET, HEAD' });
    if (url.host !== APP_HOST) return reply(404);
    const found = resolveUiFile(root, url.pathname);
    if (!found.ok) return reply(found.status);
    const body = request.method === 'HEAD' ? null : await fs.readFile(found.file);
    return reply(200, body, { 'Content-Type': contentTypeFor(found.file), 'Cache-Control': 'no-cache' });
  };
}

function reply(status: number, body: Uint8Array | null = null, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, ...headers } });
}
