import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_ALIVE_MS } from '../../electron/server';
import { ESSAY_MAX_CHARS } from '../../electron/shared/cbt';
import { MAX_BODY_BYTES, PUBLIC_BODY_BYTES } from '../../electron/server/api-routes';
import { CONTENT_SECURITY_POLICY } from '../../electron/server/security';
import { signInAs, signInCandidate, staff, tempCore, tempDir } from '../support/core';
import { post, raw, tempServer } from '../support/http';
import { openStream } from '../support/sse';

/** A built-UI folder with a secret file beside it, which no request path may reach. */
function staticRoot(): string {
  const parent = tempDir('ru-static-');
  fs.writeFileSync(path.join(parent, 'secret.txt'), 'TOP-SECRET');
  const dir = path.join(parent, 'public');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Ruang Uji</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

describe('room server', () => {
  it('binds loopback by default and reports health', async () => {
    const server = await tempServer({ core: await tempCore() });
    expect(server.host).toBe('127.0.0.1');
    const res = await raw(server, { path: '/api/health' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, version: '0.1.0' });
  });

  it('answers contract methods over POST with the reply envelope and matching status codes', async () => {
    const core = await tempCore();
    const server = await tempServer({ core });
    const signIn = await post(server, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password });
    expect(signIn.status).toBe(200);
    const token: string = JSON.parse(signIn.body).result.token;

    const overview = await post(server, 'lsp/overview', {}, token);
    expect(overview.status).toBe(200);
    expect(JSON.parse(overview.body).result.schemes).toHaveLength(1);

    const cases: [string, unknown, string | undefined, number, string][] = [
      ['lsp/overview', {}, undefined, 401, 'UNAUTHENTICATED'],
      ['proctor/today', {}, token, 403, 'FORBIDDEN'],
      ['nothing/here', {}, token, 404, 'UNKNOWN_METHOD'],
      ['auth/signIn', { username: 'x' }, undefined, 400, 'BAD_ARGS'],
      ['auth/signIn', { username: 'admin', password: 'wrong-pass' }, undefined, 401, 'BAD_CREDENTIALS'],
    ];
    for (const [method, args, bearer, status, code] of cases) {
      const res = await post(server, method, args, bearer);
      expect([method, res.status, JSON.parse(res.body).error.code]).toEqual([method, status, code]);
    }
  });

  it('refuses bodies that are not JSON, malformed JSON, oversized bodies and GET on a method', async () => {
    const core = await tempCore();
    const server = await tempServer({ core });
    const form = await raw(server, { method: 'POST', path: '/api/app/info', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect([form.status, JSON.parse(form.body).error.code]).toEqual([400, 'BAD_REQUEST']);
    const broken = await raw(server, { method: 'POST', path: '/api/app/info', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect([broken.status, JSON.parse(broken.body).error.code]).toEqual([400, 'BAD_REQUEST']);
    const big = await raw(server, {
      method: 'POST',
      path: '/api/lsp/overview',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signInAs(core, 'admin')}` },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 0x20),
    });
    expect([big.status, JSON.parse(big.body).error]).toEqual([413, { code: 'PAYLOAD_TOO_LARGE', messageKey: 'errors.PAYLOAD_TOO_LARGE', params: { limit: MAX_BODY_BYTES } }]);
    const get = await raw(server, { path: '/api/app/info' });
    expect(get.status).toBe(400);
  });

  it('parses no large body for a caller without a sign-in: a public method takes PUBLIC_BODY_BYTES, any other is refused unread', async () => {
    const core = await tempCore();
    const server = await tempServer({ core });
    const json = { 'content-type': 'application/json' };
    // Tens of thousands of keys: what held the event loop ~100 ms a request before it was refused.
    const wide = JSON.stringify(Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i])));
    expect(Buffer.byteLength(wide)).toBeGreaterThan(PUBLIC_BODY_BYTES);
    for (const method of ['app/info', 'auth/signIn', 'auth/candidateSignIn', 'setup/status']) {
      const res = await raw(server, { method: 'POST', path: `/api/${method}`, headers: json, body: wide });
      expect([method, res.status, JSON.parse(res.body).error]).toEqual([method, 413, { code: 'PAYLOAD_TOO_LARGE', messageKey: 'errors.PAYLOAD_TOO_LARGE', params: { limit: PUBLIC_BODY_BYTES } }]);
    }
    // Not JSON at all, and never parsed: the sign-in is what is missing.
    const junk = Buffer.alloc(200_000, 0x7b);
    const unsigned = await raw(server, { method: 'POST', path: '/api/cbt/save', headers: json, body: junk });
    expect([unsigned.status, JSON.parse(unsigned.body).error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const unknown = await raw(server, { method: 'POST', path: '/api/nothing/here', headers: json, body: junk });
    expect([unknown.status, JSON.parse(unknown.body).error.code]).toEqual([404, 'UNKNOWN_METHOD']);
    const signedOut = await signInCandidate(core, 0);
    await post(server, 'auth/signOut', {}, signedOut);
    const stale = await raw(server, { method: 'POST', path: '/api/cbt/save', headers: { ...json, authorization: `Bearer ${signedOut}` }, body: junk });
    expect([stale.status, JSON.parse(stale.body).error.code]).toEqual([401, 'UNAUTHENTICATED']);

    // A signed-in candidate's longest essay (40 kB of UTF-8) is read and stored as before.
    const candidate = await signInCandidate(core, 1);
    const state = JSON.parse((await post(server, 'cbt/agree', { accept: true }, candidate)).body).result;
    const essay = state.items.find((i: { kind: string }) => i.kind === 'essay').itemId;
    const text = '😀'.repeat(ESSAY_MAX_CHARS / 2);
    const saved = await post(server, 'cbt/save', { itemId: essay, seq: 1, choice: null, text, doubtful: false }, candidate);
    expect([saved.status, JSON.parse(saved.body).result?.stored]).toEqual([200, true]);
  });

  it('keeps a lab PC\'s connection open between its saves for KEEP_ALIVE_MS, and says so, where Node\'s default closed it after 5 s', async () => {
    const server = await tempServer({ core: await tempCore() });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const health = () =>
      new Promise<{ keepAlive: string | string[] | undefined; reused: boolean }>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port: server.port, path: '/api/health', agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ keepAlive: res.headers['keep-alive'], reused: req.reusedSocket }));
        });
        req.on('error', reject);
      });
    expect(KEEP_ALIVE_MS).toBeGreaterThanOrEqual(60_000);
    expect(await health()).toEqual({ keepAlive: `timeout=${KEEP_ALIVE_MS / 1000}`, reused: false });
    expect(await health()).toEqual({ keepAlive: `timeout=${KEEP_ALIVE_MS / 1000}`, reused: true });
    agent.destroy();
  });

  it('answers a request target that is no URL with 400 and keeps serving (it used to crash the process)', async () => {
    const server = await tempServer({ core: await tempCore(), staticDir: staticRoot() });
    for (const target of ['//[', 'http://[::1', 'http://a:99999/api/health']) {
      const res = await raw(server, { path: target });
      expect([target, res.status, JSON.parse(res.body).error.code]).toEqual([target, 400, 'BAD_REQUEST']);
    }
    expect((await raw(server, { path: '/api/health' })).status).toBe(200);
  });

  it('sends the security headers and never CORS headers, for API and static files alike', async () => {
    const server = await tempServer({ core: await tempCore(), staticDir: staticRoot() });
    for (const res of [
      await raw(server, { path: '/api/health', headers: { origin: 'http://evil.example' } }),
      await raw(server, { method: 'OPTIONS', path: '/api/app/info', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } }),
      await raw(server, { path: '/' }),
    ]) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('serves the built UI with client-route fallback and refuses paths outside it', async () => {
    const server = await tempServer({ core: await tempCore(), staticDir: staticRoot() });
    const index = await raw(server, { path: '/' });
    expect([index.status, index.headers['content-type'], index.body]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>Ruang Uji</title>']);
    expect((await raw(server, { path: '/proctor/board' })).body).toContain('Ruang Uji');
    const asset = await raw(server, { path: '/assets/app.js' });
    expect([asset.status, asset.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    expect((await raw(server, { path: '/assets/missing.js' })).status).toBe(404);
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt']) {
      const res = await raw(server, { path: p });
      expect(res.body, p).not.toContain('TOP-SECRET');
    }
  });

  it('pushes events over SSE to the roles that may receive them, and refuses a stream without a token', async () => {
    const core = await tempCore();
    const server = await tempServer({ core });
    const proctor = await signInAs(core, 'proctor');
    const candidate = await signInCandidate(core, 1);

    const anonymous = await raw(server, { path: '/api/events' });
    expect([anonymous.status, JSON.parse(anonymous.body).error.code]).toEqual([401, 'UNAUTHENTICATED']);

    const proctorStream = openStream(server.port, proctor);
    const candidateStream = openStream(server.port, candidate);
    await Promise.all([proctorStream.ready, candidateStream.ready]);

    const accountId = core.db.prepare("SELECT id FROM account WHERE role = 'candidate' LIMIT 1").pluck().get() as string;
    const unlock = await post(server, 'accounts/unlock', { accountId, reason: 'uji notifikasi' }, proctor);
    expect(unlock.status).toBe(200);

    expect(await proctorStream.next()).toEqual({ event: 'accounts/changed', data: { accountId, locked: false } });
    await new Promise((r) => setTimeout(r, 100));
    expect(candidateStream.received()).toEqual([]);
    proctorStream.close();
    candidateStream.close();
  });
});
