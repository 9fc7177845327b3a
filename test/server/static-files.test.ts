import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RoomServer } from '../../electron/server';
import { tempCore, tempDir } from '../support/core';
import { tempServer } from '../support/http';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** Bytes as they came over the wire: node's http does not decode Content-Encoding, so what was sent is what is checked. */
function get(server: RoomServer, pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

// Text that compresses well, as a built chunk does; the siblings are made as the build makes them.
const APP_JS = Buffer.from(Array.from({ length: 400 }, (_, i) => `export const screen${i} = () => "layar ${i}";`).join('\n'));
const INDEX_HTML = Buffer.from(`<!doctype html><html lang="id"><head><title>Ruang Uji</title></head><body>${'<div></div>'.repeat(200)}</body></html>`);
const ONLY_GZ_JS = Buffer.from('console.log("hanya gzip");\n'.repeat(100));
const PLAIN_CSS = Buffer.from('body { margin: 0 }\n'.repeat(50));
const FONT = Buffer.from('wOF2 not really a font, already compressed');

function builtUi(): string {
  const dir = path.join(tempDir('ru-precompressed-'), 'renderer');
  const assets = path.join(dir, 'assets');
  fs.mkdirSync(assets, { recursive: true });
  const write = (rel: string, body: Buffer, siblings: ('br' | 'gz')[]) => {
    const file = path.join(dir, rel);
    fs.writeFileSync(file, body);
    if (siblings.includes('br')) fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body));
    if (siblings.includes('gz')) fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body));
  };
  write('index.html', INDEX_HTML, ['br', 'gz']);
  write('assets/app.js', APP_JS, ['br', 'gz']);
  write('assets/only-gz.js', ONLY_GZ_JS, ['gz']);
  write('assets/plain.css', PLAIN_CSS, []);
  // A sibling beside a type the build never compresses must be ignored, whatever the client accepts.
  write('assets/font.woff2', FONT, ['br']);
  return dir;
}

const BROWSER = 'gzip, deflate, br, zstd';

function decoded(reply: Reply): Buffer {
  switch (reply.headers['content-encoding']) {
    case 'br':
      return zlib.brotliDecompressSync(reply.body);
    case 'gzip':
      return zlib.gunzipSync(reply.body);
    case undefined:
      return reply.body;
    default:
      throw new Error(`unexpected encoding ${reply.headers['content-encoding']}`);
  }
}

async function server(): Promise<RoomServer> {
  return tempServer({ core: await tempCore(), staticDir: builtUi() });
}

describe('precompressed UI files', () => {
  it('sends brotli to a browser, gzip to a client without br, the plain file otherwise; each decodes to the original', async () => {
    const room = await server();
    const cases: [string, string | undefined, string | undefined][] = [
      // Accept-Encoding as sent, the Content-Encoding expected (undefined: the plain file).
      [BROWSER, 'br', 'Chromium lists gzip first; between equal q-values the server prefers the smaller br'],
      ['br', 'br', 'br only'],
      ['gzip', 'gzip', 'gzip only'],
      ['gzip, deflate', 'gzip', 'no br'],
      ['identity', undefined, 'identity only'],
      ['', undefined, 'an empty header asks for no coding'],
      ['br;q=0.5, gzip;q=0.8', 'gzip', 'the client’s q-values win over the server’s preference'],
      ['*', 'br', 'anything goes'],
      ['deflate, zstd', undefined, 'nothing we have'],
    ];
    for (const [accept, expected, why] of cases) {
      const reply = await get(room, '/assets/app.js', { 'accept-encoding': accept });
      expect([reply.status, reply.headers['content-encoding']], why).toEqual([200, expected]);
      expect(reply.headers['content-type'], why).toBe('text/javascript; charset=utf-8');
      expect(reply.headers.vary, why).toBe('Accept-Encoding');
      expect(reply.headers['cache-control'], why).toBe('public, max-age=31536000, immutable');
      expect(Number(reply.headers['content-length']), why).toBe(reply.body.length);
      expect(decoded(reply).equals(APP_JS), why).toBe(true);
      if (expected) expect(reply.body.length, why).toBeLessThan(APP_JS.length / 3);
    }
    // Without any Accept-Encoding header at all, too, the plain file.
    const none = await get(room, '/assets/app.js');
    expect([none.headers['content-encoding'], none.body.equals(APP_JS)]).toEqual([undefined, true]);
  });

  it('honours q=0 refusals, and sends the plain file when every variant is refused rather than failing', async () => {
    const room = await server();
    const cases: [string, string | undefined][] = [
      ['br;q=0, gzip', 'gzip'],
      ['gzip, br;q=0', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['*;q=0, gzip', 'gzip'],
      ['identity;q=0, br', 'br'],
      // Nothing is acceptable: RFC 9110 lets the server ignore the header; the page must still load.
      ['identity;q=0, *;q=0', undefined],
      ['*;q=0', undefined],
    ];
    for (const [accept, expected] of cases) {
      const reply = await get(room, '/assets/app.js', { 'accept-encoding': accept });
      expect([accept, reply.status, reply.headers['content-encoding']]).toEqual([accept, 200, expected]);
      expect(decoded(reply).equals(APP_JS), accept).toBe(true);
    }
  });

  it('falls back to .gz when a file has no .br, and to the plain file when it has neither', async () => {
    const room = await server();
    const onlyGz = await get(room, '/assets/only-gz.js', { 'accept-encoding': BROWSER });
    expect([onlyGz.headers['content-encoding'], decoded(onlyGz).equals(ONLY_GZ_JS)]).toEqual(['gzip', true]);
    const brOnly = await get(room, '/assets/only-gz.js', { 'accept-encoding': 'br' });
    expect([brOnly.headers['content-encoding'], brOnly.body.equals(ONLY_GZ_JS)]).toEqual([undefined, true]);
    const plain = await get(room, '/assets/plain.css', { 'accept-encoding': BROWSER });
    expect([plain.headers['content-encoding'], plain.headers.vary, plain.body.equals(PLAIN_CSS)]).toEqual([undefined, 'Accept-Encoding', true]);
    expect(Number(plain.headers['content-length'])).toBe(PLAIN_CSS.length);
  });

  it('never compresses a type the build does not compress, even with a sibling beside it', async () => {
    const room = await server();
    const font = await get(room, '/assets/font.woff2', { 'accept-encoding': BROWSER });
    expect([font.headers['content-type'], font.headers['content-encoding'], font.headers.vary]).toEqual(['font/woff2', undefined, undefined]);
    expect(font.body.equals(FONT)).toBe(true);
  });

  it('serves index.html precompressed, also for a client route, with no-cache', async () => {
    const room = await server();
    for (const route of ['/', '/index.html', '/proctor/board']) {
      const reply = await get(room, route, { 'accept-encoding': BROWSER });
      expect([route, reply.status, reply.headers['content-encoding'], reply.headers['cache-control']]).toEqual([route, 200, 'br', 'no-cache']);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(decoded(reply).equals(INDEX_HTML), route).toBe(true);
    }
  });

  it('answers HEAD with the headers GET would send for that encoding, and no body', async () => {
    const room = await server();
    for (const accept of [BROWSER, 'gzip', 'identity']) {
      const head = await get(room, '/assets/app.js', { 'accept-encoding': accept }, 'HEAD');
      const full = await get(room, '/assets/app.js', { 'accept-encoding': accept });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      for (const h of ['content-encoding', 'content-length', 'content-type', 'vary', 'cache-control']) {
        expect([accept, h, head.headers[h]]).toEqual([accept, h, full.headers[h]]);
      }
      expect(Number(head.headers['content-length'])).toBe(full.body.length);
    }
  });

  it('answers a Range request with the whole plain file: ranges are not served, least of all over compressed bytes', async () => {
    const room = await server();
    const reply = await get(room, '/assets/app.js', { 'accept-encoding': BROWSER, range: 'bytes=0-9' });
    expect([reply.status, reply.headers['content-encoding'], reply.headers['accept-ranges'], reply.headers['content-range']]).toEqual([
      200,
      undefined,
      undefined,
      undefined,
    ]);
    expect(reply.body.equals(APP_JS)).toBe(true);
  });

  it('serves the .br file itself, when asked for by name, as bytes and not as an encoding', async () => {
    const room = await server();
    const reply = await get(room, '/assets/app.js.br', { 'accept-encoding': BROWSER });
    expect([reply.status, reply.headers['content-encoding'], reply.headers['content-type']]).toEqual([200, undefined, 'application/octet-stream']);
    expect(zlib.brotliDecompressSync(reply.body).equals(APP_JS)).toBe(true);
  });
});
